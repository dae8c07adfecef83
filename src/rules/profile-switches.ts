import { AssessmentError, type InputIssue } from '../core/errors.js';
import { isDeepFrozen } from '../core/freeze.js';
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
import type { RuleStatus, SwitchedBy } from './types.js';

interface Switchable {
  readonly id: string;
  readonly status: RuleStatus;
  readonly assumedFor?: readonly SubjectKind[];
  readonly partlyAssumed?: unknown;
  readonly switchedBy?: SwitchedBy;
  /** Cross rules name their assumed part in `statusNote`. */
  readonly statusNote?: unknown;
  readonly defaultOff?: true;
}

function allRules(): Switchable[] {
  return [...Object.values(ruleSets).flatMap((s) => s?.rules ?? []), ...crossRules];
}

/** Whether an assumed part exists, i.e. whether a profile may switch the rule. */
export function isSwitchable(rule: Switchable): boolean {
  return (
    rule.status === 'assumed' ||
    (rule.assumedFor?.length ?? 0) > 0 ||
    rule.partlyAssumed !== undefined ||
    rule.statusNote !== undefined
  );
}

/**
 * Whether a rule is on for a subject kind under a profile. Confirmed rules are always on; an
 * assumed rule is on unless the profile switches it off (or, for a `defaultOff` rule, unless the
 * profile switches it on); a rule assumed only for some kinds is switched off for those kinds
 * only; a partly assumed rule stays on (its assumed part is read with `assumedPartOn`).
 */
export function isActive(rule: Switchable, kind: SubjectKind, profile: RulesProfile): boolean {
  if (!isSwitchable(rule)) return true;
  const set = profile.rules[rule.id];
  if (rule.defaultOff && set === undefined) return false;
  if (set !== false || rule.partlyAssumed !== undefined || rule.statusNote !== undefined)
    return true;
  return rule.assumedFor ? !rule.assumedFor.includes(kind) : false;
}

/** Whether the assumed part of a partly assumed rule is on (default on). */
export function assumedPartOn(ruleId: string, profile: RulesProfile): boolean {
  return profile.rules[ruleId] !== false;
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
    } else if (rule.switchedBy && 'parameter' in rule.switchedBy) {
      const key = rule.switchedBy.parameter;
      issues.push({
        path: ['rules', id],
        code: 'parameter_rule',
        message: text(
          `Quy tắc "${id}" không bật/tắt được; đặt cách đọc của nó trong parameters["${key}"].`,
          `Rule "${id}" cannot be switched on or off; set its reading in parameters["${key}"].`,
        ),
      });
    } else if (rule.switchedBy) {
      const how = rule.switchedBy.data;
      issues.push({
        path: ['rules', id],
        code: 'data_rule',
        message: text(
          `Phần giả định của "${id}" không bật/tắt được: ${how.vi}.`,
          `The assumed part of "${id}" cannot be switched: ${how.en}.`,
        ),
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

/** The keys of a profile that classification reads; everything else in a profile is ignored here. */
const RULES_PROFILE_KEYS = Object.keys(RulesProfileSchema.shape) as Array<
  keyof typeof RulesProfileSchema.shape
>;

/**
 * Reads and checks the classification part of a profile passed in an `options` object.
 * Throws AssessmentError located at `options.profile.…`.
 *
 * The profile is read on every call, so editing a profile object between two calls is seen and
 * `classify` stays pure. Only the check is memoised, keyed by the JSON of the keys it reads (a
 * few hundred bytes) — or by identity for a profile frozen all the way down (`deepFreeze`: the
 * shipped profiles, the one a cycle's reviews share), which cannot change between two calls
 * (issue 10: writing that JSON on every PROPOSE_LEVEL of a province was 1.5% of the cycle).
 */
export function resolveRulesProfile(profile: unknown): RulesProfile {
  if (profile === undefined) return DEFAULT_PROFILE;
  const at = (i: InputIssue): InputIssue => ({ ...i, path: ['options', 'profile', ...i.path] });
  if (profile === null || typeof profile !== 'object' || Array.isArray(profile))
    throw new AssessmentError([
      {
        path: ['options', 'profile'],
        code: 'invalid_type',
        message: text('Hồ sơ cấu hình phải là một đối tượng.', 'A profile must be an object.'),
      },
    ]);
  const frozen = isDeepFrozen(profile);
  const known = frozen ? BY_IDENTITY.get(profile) : undefined;
  if (known) return known;
  const resolved = resolveByJson(profile as Record<string, unknown>, at);
  if (frozen) BY_IDENTITY.set(profile, resolved);
  return resolved;
}

/** Resolved profiles of deep-frozen profile objects, by identity. */
const BY_IDENTITY = new WeakMap<object, RulesProfile>();

function resolveByJson(
  source: Record<string, unknown>,
  at: (i: InputIssue) => InputIssue,
): RulesProfile {
  const picked: Record<string, unknown> = {};
  for (const key of RULES_PROFILE_KEYS) if (source[key] !== undefined) picked[key] = source[key];
  let key: string;
  try {
    key = JSON.stringify(picked);
  } catch {
    key = '';
  }
  const cached = key ? RESOLVED.get(key) : undefined;
  if (cached) return cached;
  const parsed = RulesProfileSchema.safeParse(picked);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error).map(at));
  const switches = checkRuleSwitches(parsed.data.rules);
  if (switches.length > 0) throw new AssessmentError(switches.map(at));
  if (key) {
    if (RESOLVED.size >= 64) RESOLVED.clear();
    RESOLVED.set(key, parsed.data);
  }
  return parsed.data;
}

const RESOLVED = new Map<string, RulesProfile>();
