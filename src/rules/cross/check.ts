import { z } from 'zod';
import { AssessmentError } from '../../core/errors.js';
import { RULE_SET_IDS, type RuleSetId } from '../../schemas/assessment.js';
import { toInputIssues } from '../../schemas/issues.js';
import { ResultRowSchema } from '../../schemas/result-row.js';
import { isActive, type ProfileLike, resolveRulesProfile } from '../profile-switches.js';
import { ruleSets } from '../registry.js';
import { checkDecision } from './decision.js';
import { checkHeadCap } from './head-cap.js';
import { checkQuota } from './quota.js';
import { checkRowSet } from './rows.js';
import { crossRule } from './table.js';
import type { Violation } from './violation.js';

export interface CheckOptions {
  readonly profile?: ProfileLike;
  /** The rule set of rows that do not name one (for the quota rates). */
  readonly ruleSet?: RuleSetId;
}

const CheckOptionsSchema = z.strictObject({
  profile: z.unknown().optional(),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
});

/**
 * Cross-subject checks over a set of decided results: X-QUOTA and X-QUOTA-CIVIL, X-HEAD-CAP (and
 * N233-HEAD-CAP) when the profile keeps them on, and X-DECISION. Invalid rows or options throw
 * AssessmentError with located issues (`[index].field`, `options.…`): duplicate ids under one rule
 * set and groups that mix rule sets are invalid, never compared.
 */
export function checkResults(rows: unknown, options: CheckOptions = {}): Violation[] {
  const opts = CheckOptionsSchema.safeParse(options);
  if (!opts.success)
    throw new AssessmentError(
      toInputIssues(opts.error).map((i) => ({ ...i, path: ['options', ...i.path] })),
      'options',
    );
  const parsed = z.array(ResultRowSchema).safeParse(rows);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'result rows');
  const profile = resolveRulesProfile(opts.data.profile);
  const data = parsed.data;
  const issues = checkRowSet(data, opts.data.ruleSet);
  if (issues.length > 0) throw new AssessmentError(issues, 'result rows');
  const n233 = ruleSets['nd233-2026']?.rules.find((r) => r.id === 'N233-HEAD-CAP');
  const headCap = checkHeadCap(data, profile, (rule) =>
    rule === 'X-HEAD-CAP'
      ? isActive(crossRule('X-HEAD-CAP'), 'individual', profile)
      : n233 !== undefined && isActive(n233, 'individual', profile),
  );
  return [...checkQuota(data, profile, opts.data.ruleSet), ...headCap, ...checkDecision(data)];
}
