import { z } from 'zod';

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
      /** How the EXCELLENT limit `rate × count(GOOD)` is rounded; `floor` is the conservative reading. */
      rounding: z.enum(['floor', 'round', 'ceil']).default('floor'),
      /** Comparable groups the authority marked outstanding (QĐ 366: 25% instead of 20%). */
      outstandingGroups: z.array(z.string().min(1)).default([]),
    })
    .default({ rounding: 'floor', outstandingGroups: [] }),
});
export type RulesProfileInput = z.input<typeof RulesProfileSchema>;
export type RulesProfile = z.output<typeof RulesProfileSchema>;
