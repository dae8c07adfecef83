import { z } from 'zod';
import { LEVELS } from '../core/level.js';
import { REGIMES, RULE_SET_IDS, SUBJECT_KINDS, SUBJECT_ROLES } from './assessment.js';

/** An authority's recorded override of a computed limit: who, and why. */
export const OverrideSchema = z.strictObject({
  by: z.string().min(1),
  reason: z.string().trim().min(1),
});

/**
 * One decided result, as the cross-subject checks read it (CONTRACT.md § Cross-subject checks).
 * Relations: an individual with `headOfUnitId: U` heads unit U, and is checked against the
 * leadership collective whose `unitId` is U (or the row named by its `collectiveId`); that
 * collective is checked against a row whose `id` is U (the unit's own rating), when present.
 */
export const ResultRowSchema = z.strictObject({
  id: z.string().min(1),
  level: z.enum(LEVELS),
  kind: z.enum(SUBJECT_KINDS),
  role: z.enum(SUBJECT_ROLES),
  group: z.string().min(1).optional(),
  unitId: z.string().min(1).optional(),
  collectiveId: z.string().min(1).optional(),
  headOfUnitId: z.string().min(1).optional(),
  regime: z.enum(REGIMES).optional(),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  /** The level `classify()` computed; X-DECISION compares the decided `level` with it. */
  computedLevel: z.enum(LEVELS).optional(),
  override: OverrideSchema.optional(),
});
export type ResultRowInput = z.input<typeof ResultRowSchema>;
export type ResultRow = z.output<typeof ResultRowSchema>;
