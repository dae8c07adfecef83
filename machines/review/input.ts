import type { InputIssue } from '../../src/core/errors.js';
import { text } from '../../src/core/text.js';
import { checkRuleSwitches } from '../../src/rules/profile-switches.js';
import { ruleSetIdFor, ruleSets } from '../../src/rules/registry.js';
import type { RuleSetId } from '../../src/schemas/assessment.js';
import { DOUBT } from '../../src/schemas/fast/compile.js';
import { fastReviewInput } from '../../src/schemas/fast/events.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import {
  type ReviewInput,
  type ReviewInputInput,
  ReviewInputSchema,
} from '../../src/schemas/review-input.js';
import { ReviewInputError } from '../errors.js';
import { trackDeadline } from './deadlines.js';
import { intern } from './intern.js';
import type { ReviewContext } from './types.js';

/**
 * The self-review form of each rule set by subject (DOMAIN.md § Forms); the same table is the
 * `meta.forms` of the `selfReview` state (a test keeps them equal). A host's own forms (the seed's
 * 02-A … 02-D) come in `subject.form`.
 */
export const SELF_REVIEW_FORMS: Partial<Record<RuleSetId, Readonly<Record<string, string>>>> = {
  'qd124-2023': { collective: '01', leader: '02B', member: '02A' },
  'qd366-2025': { collective: '01-HD KĐ.ĐG 2025', leader: '2A', member: '2B', outside: '2C' },
  // NĐ 335: the period sheet "Phiếu theo dõi, đánh giá công chức" (Mẫu số 01 Phụ lục II as agency
  // apps print it; the official annex was not available) — the form id of profile generic-nd335.
  'nd335-2025': { leader: 'phieu-theo-doi', member: 'phieu-theo-doi' },
  'nd233-2026': { leader: 'phieu-theo-doi', member: 'phieu-theo-doi' },
};

/**
 * The rule set a review classifies with: the cycle's, else the default for the year, the subject's
 * regime and employment, and the profile's nd233 switch (RULES.md §7).
 */
export function ruleSetOf(input: ReviewInput): RuleSetId | undefined {
  const s = input.subject;
  return (
    input.cycle.ruleSet ??
    ruleSetIdFor(
      input.cycle.year,
      s.regime,
      s.employment,
      input.classification.profile ?? undefined,
    )
  );
}

/**
 * Validates the input of a review: the zod schema (through its fast path, `src/schemas/fast/`),
 * then what needs the rules (the rule set is
 * shipped, the profile's switches name real rules). Throws {@link ReviewInputError}.
 */
export function parseReviewInput(raw: ReviewInputInput | unknown): ReviewInput {
  let input = fastReviewInput(raw); // zod's output, or DOUBT: then zod decides
  if (input === DOUBT) {
    const parsed = ReviewInputSchema.safeParse(raw);
    if (!parsed.success) throw new ReviewInputError(toInputIssues(parsed.error));
    input = parsed.data;
  }
  const issues: InputIssue[] = [];
  const id = ruleSetOf(input);
  if (!id || !ruleSets[id]) {
    const which = `${input.subject.regime} ${input.cycle.year}${id ? ` (${id})` : ''}`;
    issues.push({
      path: ['cycle', 'ruleSet'],
      code: 'rule_set_unavailable',
      message: text(`Chưa có bộ quy tắc cho ${which}.`, `No rule set available for ${which}.`),
    });
  }
  const switches = input.classification.profile?.rules ?? {};
  if (Object.keys(switches).length > 0)
    for (const i of checkRuleSwitches(switches))
      issues.push({ ...i, path: ['classification', 'profile', ...i.path] });
  if (issues.length > 0) throw new ReviewInputError(issues);
  return input;
}

/**
 * Inputs `createReviewActor` has just validated, by the input object, for the machine's context
 * factory, which XState calls synchronously inside `createActor`: the input is parsed once. Each
 * is taken (and forgotten) by the first factory call, so a later `createActor` with the same,
 * perhaps changed, object validates it again.
 */
const handedOver = new WeakMap<object, ReviewInput>();

/** Validates an input and hands the result to the context factory of the actor created next. */
export function parseForActor(raw: ReviewInputInput): ReviewInput {
  const input = parseReviewInput(raw);
  if (raw !== null && typeof raw === 'object') handedOver.set(raw, input);
  return input;
}

/** Forgets an input handed over and not taken (a machine whose factory validates itself). */
export function forgetParsedInput(raw: ReviewInputInput): void {
  if (raw !== null && typeof raw === 'object') handedOver.delete(raw);
}

/** The input the context factory starts from: the one just handed over, else validated now. */
export function takeParsedInput(raw: ReviewInputInput): ReviewInput {
  const input = raw !== null && typeof raw === 'object' ? handedOver.get(raw) : undefined;
  if (!input) return parseReviewInput(raw);
  handedOver.delete(raw);
  return input;
}

/** The context a review starts with. */
export function initialContext(input: ReviewInput): ReviewContext {
  const ruleSet = ruleSetOf(input) as RuleSetId;
  const s = input.subject;
  const form =
    s.form ?? SELF_REVIEW_FORMS[ruleSet]?.[s.kind === 'collective' ? 'collective' : s.role] ?? null;
  return {
    subject: s,
    cycle: intern(input.cycle),
    ruleSet,
    profile: input.classification.profile ? intern(input.classification.profile) : null,
    payloads: input.audit.payloads,
    form,
    stage: 'preparing',
    visited: ['preparing'],
    now: input.cycle.openedAt,
    participants: input.participants ?? null,
    deadlines: input.deadlines.map(trackDeadline),
    suggestions: [],
    explanation: null,
    selfReview: null,
    meeting: null,
    classification: null,
    proposal: null,
    decision: null,
    decisions: [],
    published: null,
    complaint: null,
    reopenings: [],
    closed: null,
    outcome: null,
    audit: { seq: 0, head: '' },
  };
}
