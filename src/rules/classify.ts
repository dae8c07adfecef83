import { z } from 'zod';
import { AssessmentError, type InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import {
  type Assessment,
  AssessmentSchema,
  RULE_SET_IDS,
  type RuleSetId,
} from '../schemas/assessment.js';
import { IsoDate } from '../schemas/common.js';
import { fastAssessment } from '../schemas/fast/assessment.js';
import { DOUBT } from '../schemas/fast/compile.js';
import { toInputIssues } from '../schemas/issues.js';
import type { RulesProfile } from '../schemas/profile.js';
import { evaluate, type ReasonWords } from './engine.js';
import { type ProfileLike, resolveRulesProfile } from './profile-switches.js';
import { regimeUnconfirmed, ruleSetIdFor, ruleSets } from './registry.js';
import type { Classification, InputRule, Reason, RuleSet } from './types.js';

export interface ClassifyOptions {
  /** Use this rule set instead of the assessment's own or the year's default. */
  readonly ruleSet?: RuleSetId;
  /** A profile (its classification settings are read; any other fields are ignored here). */
  readonly profile?: ProfileLike;
  /** Review date `YYYY-MM-DD` for the 6-month exclusion; default 31 December of the review year. */
  readonly reviewDate?: string;
}

/** The options of `classify`, checked like any input (a typo in a rule set id is an error). */
const ClassifyOptionsSchema = z.strictObject({
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  profile: z.unknown().optional(),
  reviewDate: IsoDate.optional(),
});

type ParsedOptions = z.output<typeof ClassifyOptionsSchema>;
const NO_OPTIONS: { readonly success: true; readonly data: ParsedOptions } = {
  success: true,
  data: {},
};

/** A plain object with no own keys: what the schema parses to `{}` without looking further. */
function isEmptyPlain(options: object): boolean {
  if (Object.getPrototypeOf(options) !== Object.prototype) return false;
  for (const key in options) if (Object.hasOwn(options, key)) return false;
  return true;
}

function fail(issues: InputIssue[]): never {
  throw new AssessmentError(issues);
}

function pickRuleSet(
  id: RuleSetId | undefined,
  a: Assessment,
  profile: RulesProfile,
  path: string[],
): RuleSet {
  const chosen = id ?? ruleSetIdFor(a.year, a.regime, a.employment, profile);
  const set = chosen && ruleSets[chosen];
  if (set) return set;
  return fail([
    {
      path,
      code: 'rule_set_unavailable',
      message: chosen
        ? text(
            `Bộ quy tắc "${chosen}" chưa có trong phiên bản này.`,
            `Rule set "${chosen}" is not available in this version.`,
          )
        : text(
            `Không có bộ quy tắc cho năm ${a.year} (${a.regime}).`,
            `No rule set for ${a.regime} review year ${a.year}.`,
          ),
    },
  ]);
}

/** Issues of the subject against the chosen rule set: regime, employment, role, required input. */
export function checkAgainst(set: RuleSet, a: Assessment, profile: RulesProfile): InputIssue[] {
  const issues: InputIssue[] = [];
  if (set.regime !== a.regime)
    issues.push({
      path: ['regime'],
      code: 'regime_mismatch',
      message: text(
        `Bộ quy tắc ${set.id} dành cho chế độ "${set.regime}", không phải "${a.regime}".`,
        `Rule set ${set.id} is for the "${set.regime}" regime, not "${a.regime}".`,
      ),
    });
  else if (set.employments && a.employment && !set.employments.includes(a.employment))
    issues.push({
      path: ['employment'],
      code: 'employment_unsupported',
      message: text(
        `Bộ quy tắc ${set.id} không áp dụng cho "${a.employment}" (chỉ ${set.employments.join(', ')}).`,
        `Rule set ${set.id} does not apply to "${a.employment}" (only ${set.employments.join(', ')}).`,
      ),
    });
  if (!set.roles.includes(a.role))
    issues.push({
      path: ['role'],
      code: 'role_unsupported',
      message: text(
        `Bộ quy tắc ${set.id} không áp dụng cho vai trò "${a.role}".`,
        `Rule set ${set.id} does not apply to role "${a.role}".`,
      ),
    });
  if (a.periods !== undefined && !set.scorePeriods)
    issues.push({
      path: ['periods'],
      code: 'periods_unsupported',
      message: text(
        `Bộ quy tắc ${set.id} không chấm điểm theo kỳ ("periods" chỉ dùng cho nd335-2025, nd233-2026).`,
        `Rule set ${set.id} does not score periods ("periods" is for nd335-2025 and nd233-2026 only).`,
      ),
    });
  const required = set.requires(a, profile);
  if (required.length > 0) issues.push(...required);
  for (const r of inputRows(set)) issues.push(...r.check(a, profile, r.id));
  return issues;
}

/** The `input` rows of a rule set, found once per set (not by a walk of its table per subject). */
function inputRows(set: RuleSet): readonly InputRule[] {
  let rows = INPUT_ROWS.get(set);
  if (!rows) {
    rows = set.rules.filter((r): r is InputRule => r.kind === 'input');
    INPUT_ROWS.set(set, rows);
  }
  return rows;
}
const INPUT_ROWS = new WeakMap<RuleSet, readonly InputRule[]>();

const REGIME_UNCONFIRMED: Reason = {
  rule: 'REGIME_UNCONFIRMED',
  effect: 'note',
  citation: 'RULES.md §7; NĐ 233/2026/NĐ-CP (chưa có văn bản / text not available)',
  message: text(
    'Viên chức từ năm 2026: NĐ 233/2026/NĐ-CP chưa được bật trong hồ sơ cấu hình, vẫn xếp loại theo NĐ 90/2020/NĐ-CP.',
    'Public employee from 2026: NĐ 233/2026/NĐ-CP is not enabled by the profile, so NĐ 90/2020/NĐ-CP still rates them.',
  ),
};

/**
 * The assessment as `AssessmentSchema` parses it: through the fast path derived from the schema
 * when it can confirm the input (issue 9: zod was half of `classify`), else through zod itself,
 * which gives the issues. The same output either way (test/schemas/fast-parse.test.ts).
 */
function parseAssessment(input: unknown): Assessment {
  const fast = fastAssessment(input);
  if (fast !== DOUBT) return fast;
  const parsed = AssessmentSchema.safeParse(input);
  if (!parsed.success) fail(toInputIssues(parsed.error));
  return parsed.data;
}

/**
 * Classifies one assessment (CONTRACT.md § classify): pure, synchronous, deterministic. Invalid
 * input — the assessment or the options — throws {@link AssessmentError} with located, bilingual
 * issues; it never returns a level for invalid input.
 */
export function classify(assessment: unknown, options: ClassifyOptions = {}): Classification {
  return classifyWith(assessment, options, 'on-read');
}

/**
 * `classify`, choosing when the reasons are written (`ReasonWords`): the CLI and the review
 * machine, which write every reason out, take them `'now'`. Not part of the public surface.
 */
export function classifyWith(
  assessment: unknown,
  options: ClassifyOptions,
  words: ReasonWords,
): Classification {
  // The default `{}` needs no parse (issue 9: the options schema cost a tenth of a classify).
  const opts =
    typeof options === 'object' && options !== null && isEmptyPlain(options)
      ? NO_OPTIONS
      : ClassifyOptionsSchema.safeParse(options);
  if (!opts.success)
    fail(toInputIssues(opts.error).map((i) => ({ ...i, path: ['options', ...i.path] })));
  const a = parseAssessment(assessment);
  const { ruleSet: optionSet, reviewDate } = opts.data;
  const profile = resolveRulesProfile(opts.data.profile);
  const explicit = optionSet ?? a.ruleSet;
  const ruleSet = pickRuleSet(
    explicit,
    a,
    profile,
    optionSet ? ['options', 'ruleSet'] : a.ruleSet ? ['ruleSet'] : ['year'],
  );
  const issues = checkAgainst(ruleSet, a, profile);
  if (issues.length > 0) fail(issues);
  const result = evaluate(ruleSet, a, profile, reviewDate, words);
  if (!explicit && regimeUnconfirmed(a.year, a.regime, a.employment, profile))
    return { ...result, reasons: [...result.reasons, REGIME_UNCONFIRMED] };
  return result;
}
