import { AssessmentError, type InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import type { SubjectKind } from '../schemas/assessment.js';
import { toInputIssues } from '../schemas/issues.js';
import {
  type RulesProfile,
  type RulesProfileInput,
  RulesProfileSchema,
} from '../schemas/profile.js';
import { crossRules } from './cross/table.js';
import { ruleSets } from './registry.js';
import type { RuleStatus } from './types.js';

interface Switchable {
  readonly id: string;
  readonly status: RuleStatus;
  readonly assumedFor?: readonly SubjectKind[];
}

function allRules(): Switchable[] {
  return [...Object.values(ruleSets).flatMap((s) => s?.rules ?? []), ...crossRules];
}

/** Whether an assumed part exists, i.e. whether a profile may switch the rule. */
export function isSwitchable(rule: Switchable): boolean {
  return rule.status === 'assumed' || (rule.assumedFor?.length ?? 0) > 0;
}

/**
 * Whether a rule is on for a subject kind under a profile. Confirmed rules are always on; an
 * assumed rule is on unless the profile switches it off; a rule assumed only for some kinds is
 * switched off for those kinds only.
 */
export function isActive(rule: Switchable, kind: SubjectKind, profile: RulesProfile): boolean {
  if (!isSwitchable(rule) || profile.rules[rule.id] !== false) return true;
  return rule.assumedFor ? !rule.assumedFor.includes(kind) : false;
}

/** Located issues for a profile's `rules` switches: unknown ids and confirmed rules are refused. */
export function checkRuleSwitches(switches: Record<string, boolean>): InputIssue[] {
  const byId = new Map(allRules().map((r) => [r.id, r]));
  const issues: InputIssue[] = [];
  for (const id of Object.keys(switches)) {
    const rule = byId.get(id);
    if (!rule) {
      issues.push({
        path: ['rules', id],
        code: 'unknown_rule',
        message: text(`Không có quy tắc "${id}".`, `No rule "${id}".`),
      });
    } else if (!isSwitchable(rule)) {
      issues.push({
        path: ['rules', id],
        code: 'confirmed_rule',
        message: text(
          `Quy tắc "${id}" đã được xác nhận từ văn bản, không thể bật/tắt.`,
          `Rule "${id}" is confirmed by the regulation text and cannot be switched.`,
        ),
      });
    }
  }
  return issues;
}

/** A profile as a caller may pass it: its classification settings are read, the rest ignored. */
export type ProfileLike = RulesProfileInput & Record<string, unknown>;

const DEFAULT_PROFILE: RulesProfile = RulesProfileSchema.parse({});

/**
 * Reads and checks the classification part of a profile passed in an `options` object.
 * Throws AssessmentError located at `options.profile.…`.
 */
export function resolveRulesProfile(profile: ProfileLike | undefined): RulesProfile {
  if (!profile) return DEFAULT_PROFILE;
  // One check per profile object: a host classifying a whole cycle passes the same object each time.
  const cached = RESOLVED.get(profile);
  if (cached) return cached;
  const { rules, headCapSeverity, quota } = profile;
  const parsed = RulesProfileSchema.safeParse({ rules, headCapSeverity, quota });
  const at = (i: InputIssue): InputIssue => ({ ...i, path: ['options', 'profile', ...i.path] });
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error).map(at));
  const switches = checkRuleSwitches(parsed.data.rules);
  if (switches.length > 0) throw new AssessmentError(switches.map(at));
  RESOLVED.set(profile, parsed.data);
  return parsed.data;
}

const RESOLVED = new WeakMap<object, RulesProfile>();
