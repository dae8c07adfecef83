import { z } from 'zod';
import { AssessmentError } from '../core/errors.js';
import { addIssue } from '../schemas/common.js';
import { CycleDefinitionSchema } from '../schemas/cycle-definition.js';
import { toInputIssues } from '../schemas/issues.js';
import { Id, Instant, Prose } from '../schemas/review-boundary.js';
import { REVIEW_EVENT_TYPES, ReviewEventSchemas } from '../schemas/review-events.js';
import { PARTICIPANT_ROLES } from '../schemas/review-input.js';
import { TextSchema } from '../schemas/text.js';

/**
 * A demo script (kịch bản): a cycle definition and what happens in it, as data — the dated events
 * of each subject's review (the assessment each appraisal records included), the cycle's own events
 * (dossiers, summary, finalization) and the instants the scheduler's clock ticks at. The player
 * (`playScript`) sends them in time order to a cycle; nothing in the player knows the demo.
 *
 * An event names the role it is sent as (`as`), not a person: the player takes the first person
 * the definition names for that role in the subject's `participants` (for `organizer`, the
 * definition's `organizerPersons`), so the data cannot claim a person the definition does not
 * name. `expect: 'refused'` marks an event the script sends to show a refusal (an incomplete
 * dossier, a finalization while a quota error stands): the player reports any event whose outcome
 * differs from what the script expects.
 */
export const DEMO_SCRIPT_FORMAT = 'kiemdiem/demo-script@1';

export const EXPECTED_OUTCOMES = ['accepted', 'refused'] as const;

/** A review event without its sender and instant (the step gives them). */
const ReviewStepEventSchema = z.looseObject({ type: z.enum(REVIEW_EVENT_TYPES) });

export const ReviewStepSchema = z
  .strictObject({
    at: Instant,
    as: z.enum(PARTICIPANT_ROLES),
    event: ReviewStepEventSchema,
    expect: z.enum(EXPECTED_OUTCOMES).default('accepted'),
  })
  .superRefine((step, ctx) => {
    const { type, ...payload } = step.event;
    const schema = ReviewEventSchemas[type];
    const by = { id: 'demo', roles: [step.as] };
    const checked = schema.safeParse({ ...payload, type, by, at: step.at });
    if (checked.success) return;
    for (const issue of toInputIssues(checked.error)) {
      if (issue.path[0] === 'by' || issue.path[0] === 'at') continue;
      addIssue(ctx, ['event', ...issue.path], issue.code, issue.message.vi, issue.message.en);
    }
  });
export type ReviewStepInput = z.input<typeof ReviewStepSchema>;
export type ReviewStep = z.output<typeof ReviewStepSchema>;

/** An authority's recorded override of a quota verdict for one subject (FINALIZE). */
export const QuotaOverrideSchema = z.strictObject({ subjectId: Id, by: Id, reason: Prose });
export type QuotaOverride = z.output<typeof QuotaOverrideSchema>;

/** The cycle's own events; the sender is the unit's dossier sender or the organizer. */
export const CycleStepEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('SUBMIT_DOSSIER'), unitId: Id, items: z.array(Id) }),
  z.strictObject({ type: z.literal('COMPILE_SUMMARY') }),
  z.strictObject({
    type: z.literal('FINALIZE'),
    overrides: z.array(QuotaOverrideSchema).optional(),
  }),
]);
export type CycleStepEvent = z.output<typeof CycleStepEventSchema>;

export const CycleStepSchema = z.strictObject({
  at: Instant,
  event: CycleStepEventSchema,
  expect: z.enum(EXPECTED_OUTCOMES).default('accepted'),
});
export type CycleStepInput = z.input<typeof CycleStepSchema>;
export type CycleStep = z.output<typeof CycleStepSchema>;

/** A named situation of a real cycle (a returned explanation, a late dossier…) and where it is. */
export const SituationSchema = z.strictObject({
  id: Id,
  label: TextSchema,
  subjects: z.array(Id).default([]),
  units: z.array(Id).default([]),
});
export type Situation = z.output<typeof SituationSchema>;

export const DemoScriptSchema = z
  .strictObject({
    format: z.literal(DEMO_SCRIPT_FORMAT),
    title: TextSchema,
    definition: CycleDefinitionSchema,
    /** The simulated clock: the cycle opens at `from`, the run ends at `to`. */
    clock: z.strictObject({ from: Instant, to: Instant, ticks: z.array(Instant).default([]) }),
    situations: z.array(SituationSchema).default([]),
    /** Each subject's review events, in order (keys: subject ids). */
    reviews: z.record(Id, z.array(ReviewStepSchema)),
    cycle: z.array(CycleStepSchema),
  })
  .superRefine((s, ctx) => {
    const subjects = new Set(s.definition.subjects.map((x) => x.id));
    const units = new Set(s.definition.units.map((u) => u.id));
    for (const id of Object.keys(s.reviews))
      if (!subjects.has(id))
        addIssue(
          ctx,
          ['reviews', id],
          'unknown_subject',
          `Không có đối tượng "${id}".`,
          `No subject "${id}".`,
        );
    s.cycle.forEach((step, i) => {
      if (step.event.type === 'SUBMIT_DOSSIER' && !units.has(step.event.unitId))
        addIssue(
          ctx,
          ['cycle', i, 'event', 'unitId'],
          'unknown_unit',
          `Không có đơn vị "${step.event.unitId}".`,
          `No unit "${step.event.unitId}".`,
        );
    });
  });
export type DemoScriptInput = z.input<typeof DemoScriptSchema>;
export type DemoScript = z.output<typeof DemoScriptSchema>;

/** A script from untrusted JSON: located, bilingual issues (AssessmentError) when invalid. */
export function parseDemoScript(value: unknown): DemoScript {
  const parsed = DemoScriptSchema.safeParse(value);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'demo script');
  return parsed.data;
}
