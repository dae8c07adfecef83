import { z } from 'zod';
import { AssessmentError } from '../../core/errors.js';
import type { RuleSetId } from '../../schemas/assessment.js';
import { toInputIssues } from '../../schemas/issues.js';
import { ResultRowSchema } from '../../schemas/result-row.js';
import { isActive, type ProfileLike, resolveRulesProfile } from '../profile-switches.js';
import { checkDecision } from './decision.js';
import { checkHeadCap } from './head-cap.js';
import { checkQuota } from './quota.js';
import { crossRule } from './table.js';
import type { Violation } from './violation.js';

export interface CheckOptions {
  readonly profile?: ProfileLike;
  /** The rule set of rows that do not name one (for the quota rates). */
  readonly ruleSet?: RuleSetId;
}

/**
 * Cross-subject checks over a set of decided results: X-QUOTA, X-HEAD-CAP (when the profile keeps
 * it on) and X-DECISION. Invalid rows throw AssessmentError with located issues (`[index].field`).
 */
export function checkResults(rows: unknown, options: CheckOptions = {}): Violation[] {
  const parsed = z.array(ResultRowSchema).safeParse(rows);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'result rows');
  const profile = resolveRulesProfile(options.profile);
  const data = parsed.data;
  const headCap = isActive(crossRule('X-HEAD-CAP'), 'individual', profile)
    ? checkHeadCap(data, profile)
    : [];
  return [...checkQuota(data, profile, options.ruleSet), ...headCap, ...checkDecision(data)];
}
