import { z } from 'zod';
import { addIssue, IsoDate } from './common.js';
import { Id, Instant, Prose } from './review-boundary.js';
import { ReviewEventSchemas, SenderSchema } from './review-events.js';

/** The events a host sends to a cycle (CONTRACT.md § Machines), and the scheduler's TICK. */
export const CYCLE_EVENT_TYPES = [
  'OPEN_CYCLE',
  'SUBMIT_DOSSIER',
  'COMPILE_SUMMARY',
  'FINALIZE',
  'TICK',
] as const;
export type CycleEventType = (typeof CYCLE_EVENT_TYPES)[number];

/** The states of a cycle. */
export const CYCLE_STATES = ['draft', 'open', 'compiled', 'finalized'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

const base = { by: SenderSchema, at: Instant };

/**
 * An authority's recorded decision to let an EXCELLENT result stand above the quota (X-QUOTA):
 * which subject, who decided (a party or person id), and why.
 */
export const QuotaOverrideSchema = z.strictObject({
  subjectId: Id,
  by: Id,
  reason: Prose,
});
export type QuotaOverride = z.output<typeof QuotaOverrideSchema>;

function unique(values: readonly string[], ctx: z.core.$RefinementCtx, path: string): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v))
      addIssue(ctx, [path, i], 'duplicate_id', `"${v}" bị trùng.`, `"${v}" appears twice.`);
    seen.add(v);
  });
}

/** The payload schema of each cycle event. Every object is strict. */
export const CycleEventSchemas = {
  /** The organizer opens the cycle: every subject's review opens at `at`. */
  OPEN_CYCLE: z.strictObject({ type: z.literal('OPEN_CYCLE'), ...base }),
  /**
   * A unit's dossier (hồ sơ) reaches the organizer: `items` are ids of the profile's dossier list
   * (`self-review`, `minutes`, …), each covering every subject of the unit.
   */
  SUBMIT_DOSSIER: z
    .strictObject({
      type: z.literal('SUBMIT_DOSSIER'),
      ...base,
      unitId: Id,
      items: z.array(Id).max(500),
    })
    .superRefine((e, ctx) => unique(e.items, ctx, 'items')),
  /** The organizer compiles the summary; `asOf` (the day printed) defaults to the day of `at`. */
  COMPILE_SUMMARY: z.strictObject({
    type: z.literal('COMPILE_SUMMARY'),
    ...base,
    asOf: IsoDate.optional(),
  }),
  /** The organizer finalizes; `overrides` record the authority's X-QUOTA decisions. */
  FINALIZE: z
    .strictObject({
      type: z.literal('FINALIZE'),
      ...base,
      overrides: z.array(QuotaOverrideSchema).max(100_000).default([]),
    })
    .superRefine((e, ctx) =>
      unique(
        e.overrides.map((o) => o.subjectId),
        ctx,
        'overrides',
      ),
    ),
  /** The scheduler's clock (the review's TICK schema: `at` and `now` are the same instant). */
  TICK: ReviewEventSchemas.TICK,
} as const satisfies Record<CycleEventType, z.ZodType>;

type Schemas = typeof CycleEventSchemas;
/** A cycle event as a host writes it. */
export type CycleEventInput = { [K in CycleEventType]: z.input<Schemas[K]> }[CycleEventType];
/** A cycle event after validation. */
export type CycleEvent = { [K in CycleEventType]: z.output<Schemas[K]> }[CycleEventType];
export type CycleEventOf<K extends CycleEventType> = z.output<Schemas[K]>;

export function isCycleEventType(type: unknown): type is CycleEventType {
  return typeof type === 'string' && (CYCLE_EVENT_TYPES as readonly string[]).includes(type);
}
