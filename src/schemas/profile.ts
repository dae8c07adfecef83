import { z } from 'zod';
import { addIssue } from './common.js';
import { ProductCatalogueSchema } from './periods.js';
import { TextSchema } from './text.js';

const weight = z.number().min(0).max(100).default(1);

/** The weights of `a … e` in N335-TASK70 (and its nd233 mirror): equal by default. */
const Task70Schema = z
  .strictObject({
    weights: z
      .strictObject({ a: weight, b: weight, c: weight, d: weight, dd: weight, e: weight })
      .default({ a: 1, b: 1, c: 1, d: 1, dd: 1, e: 1 }),
  })
  .default({ weights: { a: 1, b: 1, c: 1, d: 1, dd: 1, e: 1 } });

/** N335-ANNUAL (and its nd233 mirror): the year's mean weighted by months covered, or plain. */
const AnnualSchema = z
  .strictObject({ mean: z.enum(['months', 'plain']).default('months') })
  .default({ mean: 'months' });

/**
 * The parameters of the assumed rows that are read through a parameter rather than on/off
 * (RULES.md §6). Keyed by the rule id they belong to, so the catalogue, the docs and a profile
 * name the same thing.
 */
export const ParametersSchema = z
  .strictObject({
    /** `ownTasksToo: true` is the stricter reading: a leader's own tasks must also meet the conditions. */
    'Q366-LEAD-UNIT-BASIS': z
      .strictObject({ ownTasksToo: z.boolean().default(false) })
      .default({ ownTasksToo: false }),
    /** `any`: one of the 5 basic targets missed triggers; `all`: only all five. */
    'Q366-NOT-UNIT-TARGETS': z
      .strictObject({ missed: z.enum(['any', 'all']).default('any') })
      .default({ missed: 'any' }),
    /** The share of targets and tasks COMPLETED needs, in percent. */
    'Q124-COMP': z
      .strictObject({ threshold: z.number().int().min(0).max(100).default(50) })
      .default({ threshold: 50 }),
    /** The outcome where NĐ 90 leaves a gap; `needsJudgment` either way. */
    'N90-GAP': z
      .strictObject({ level: z.enum(['NOT_COMPLETED', 'COMPLETED']).default('NOT_COMPLETED') })
      .default({ level: 'NOT_COMPLETED' }),
    'N335-TASK70': Task70Schema,
    'N335-ANNUAL': AnnualSchema,
    'N233-TASK70': Task70Schema,
    'N233-ANNUAL': AnnualSchema,
  })
  .default({
    'Q366-LEAD-UNIT-BASIS': { ownTasksToo: false },
    'Q366-NOT-UNIT-TARGETS': { missed: 'any' },
    'Q124-COMP': { threshold: 50 },
    'N90-GAP': { level: 'NOT_COMPLETED' },
    'N335-TASK70': { weights: { a: 1, b: 1, c: 1, d: 1, dd: 1, e: 1 } },
    'N335-ANNUAL': { mean: 'months' },
    'N233-TASK70': { weights: { a: 1, b: 1, c: 1, d: 1, dd: 1, e: 1 } },
    'N233-ANNUAL': { mean: 'months' },
  });

/**
 * `quota.rounding` was removed in RULES.md revision 2: "không vượt quá 20%" is compared exactly
 * (`E * 5 ≤ G`). `floor` is accepted and ignored (it is the exact reading); `ceil` and `round`
 * are refused with a located message.
 */
const RoundingSchema = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (value === undefined || value === 'floor') return;
    addIssue(
      ctx,
      [],
      'quota_rounding_removed',
      `quota.rounding "${value}" không còn được hỗ trợ (RULES.md bản sửa đổi 2): giới hạn 20% được so sánh chính xác, không làm tròn.`,
      `quota.rounding "${value}" is no longer supported (RULES.md revision 2): the 20% limit is compared exactly, without rounding.`,
    );
  });

/**
 * A profile: one province's (or ministry's) reading of the rules, as data (RULES.md §6).
 * This part covers the classification settings; the calendar part (deadline readings,
 * the cycle's dates) is added by `ProfileSchema` in `src/schemas/cycle-profile.ts`.
 */
export const RulesProfileSchema = z.strictObject({
  /** Turn an assumed (`A`) rule on (`true`) or off (`false`). Confirmed rules cannot be switched. */
  rules: z.record(z.string().min(1), z.boolean()).default({}),
  /** X-HEAD-CAP severity: a warning by default, a province may raise it to an error. */
  headCapSeverity: z.enum(['warning', 'error']).default('warning'),
  quota: z
    .strictObject({
      /** Removed in rev 2 (see RoundingSchema): only `floor`, which changes nothing, is accepted. */
      rounding: RoundingSchema,
      /** Comparable groups the authority marked outstanding (25% instead of 20%; QĐ 366, NĐ 335 A). */
      outstandingGroups: z.array(z.string().min(1)).default([]),
    })
    .default({ outstandingGroups: [] }),
  /** Readings of assumed rows given through a parameter (RULES.md §6). */
  parameters: ParametersSchema,
  /**
   * Public employees (viên chức) from the 2026 review on: `true` rates them under `nd233-2026`
   * (its text was not available: every row is assumed); `false` keeps `nd90-2020` with a
   * `REGIME_UNCONFIRMED` note (RULES.md §7).
   */
  nd233: z.boolean().default(false),
  /**
   * The agency's product catalogue (NĐ 335 Điều 14): conversion coefficients by product id,
   * effective-dated. A product line of a period that names a `product` without a `coefficient`
   * takes it from here.
   */
  productCatalogue: ProductCatalogueSchema.default([]),
  /** Graded criteria a province adds to the rule set's list (QĐ 124): a key and its labels. */
  criteria: z
    .array(
      z.strictObject({
        key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'A criterion key is letters and digits.'),
        label: TextSchema,
      }),
    )
    .default([]),
});
export type RulesProfileInput = z.input<typeof RulesProfileSchema>;
export type RulesProfile = z.output<typeof RulesProfileSchema>;
