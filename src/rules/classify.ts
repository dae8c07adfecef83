import { AssessmentError, type InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import { AssessmentSchema, type RuleSetId } from '../schemas/assessment.js';
import { IsoDate } from '../schemas/common.js';
import { toInputIssues } from '../schemas/issues.js';
import { evaluate } from './engine.js';
import { type ProfileLike, resolveRulesProfile } from './profile-switches.js';
import { ruleSetIdFor, ruleSets } from './registry.js';
import type { Classification, RuleSet } from './types.js';

export interface ClassifyOptions {
  /** Use this rule set instead of the assessment's own or the year's default. */
  readonly ruleSet?: RuleSetId;
  /** A profile (its classification settings are read; any other fields are ignored here). */
  readonly profile?: ProfileLike;
  /** Review date `YYYY-MM-DD` for the 6-month exclusion; default 31 December of the review year. */
  readonly reviewDate?: string;
}

function fail(issues: InputIssue[]): never {
  throw new AssessmentError(issues);
}

function pickRuleSet(
  id: RuleSetId | undefined,
  year: number,
  regime: 'party' | 'civil-service',
  path: string[],
): RuleSet {
  const chosen = id ?? ruleSetIdFor(year, regime);
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
            `Không có bộ quy tắc cho năm ${year} (${regime}).`,
            `No rule set for ${regime} review year ${year}.`,
          ),
    },
  ]);
}

/**
 * Classifies one assessment (CONTRACT.md § classify): pure, synchronous, deterministic. Invalid
 * input throws {@link AssessmentError} with located, bilingual issues; it never returns a level
 * for invalid input.
 */
export function classify(assessment: unknown, options: ClassifyOptions = {}): Classification {
  const parsed = AssessmentSchema.safeParse(assessment);
  if (!parsed.success) fail(toInputIssues(parsed.error));
  const a = parsed.data;
  const profile = resolveRulesProfile(options.profile);
  if (options.reviewDate !== undefined) {
    const d = IsoDate.safeParse(options.reviewDate);
    if (!d.success)
      fail(toInputIssues(d.error).map((i) => ({ ...i, path: ['options', 'reviewDate'] })));
  }
  const ruleSet = pickRuleSet(
    options.ruleSet ?? a.ruleSet,
    a.year,
    a.regime,
    options.ruleSet ? ['options', 'ruleSet'] : a.ruleSet ? ['ruleSet'] : ['year'],
  );
  const issues: InputIssue[] = [];
  if (ruleSet.regime !== a.regime)
    issues.push({
      path: ['regime'],
      code: 'regime_mismatch',
      message: text(
        `Bộ quy tắc ${ruleSet.id} dành cho chế độ "${ruleSet.regime}", không phải "${a.regime}".`,
        `Rule set ${ruleSet.id} is for the "${ruleSet.regime}" regime, not "${a.regime}".`,
      ),
    });
  if (!ruleSet.roles.includes(a.role))
    issues.push({
      path: ['role'],
      code: 'role_unsupported',
      message: text(
        `Bộ quy tắc ${ruleSet.id} không áp dụng cho vai trò "${a.role}".`,
        `Rule set ${ruleSet.id} does not apply to role "${a.role}".`,
      ),
    });
  issues.push(...ruleSet.requires(a));
  if (issues.length > 0) fail(issues);
  return evaluate(ruleSet, a, profile, options.reviewDate);
}
