import { z } from 'zod';
import { LEVELS } from '../core/level.js';
import { EMPLOYMENTS, REGIMES, RULE_SET_IDS, SUBJECT_KINDS, SUBJECT_ROLES } from './assessment.js';
import { Label } from './review-boundary.js';

/** An id or group name, compared after NFC normalisation (NFC and NFD spellings are one name). */
const Name = Label;

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
  id: Name,
  level: z.enum(LEVELS),
  kind: z.enum(SUBJECT_KINDS),
  role: z.enum(SUBJECT_ROLES),
  group: Name.optional(),
  unitId: Name.optional(),
  collectiveId: Name.optional(),
  headOfUnitId: Name.optional(),
  regime: z.enum(REGIMES).optional(),
  employment: z.enum(EMPLOYMENTS).optional(),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  /** The level `classify()` computed; X-DECISION compares the decided `level` with it. */
  computedLevel: z.enum(LEVELS).optional(),
  override: OverrideSchema.optional(),
});
export type ResultRowInput = z.input<typeof ResultRowSchema>;
export type ResultRow = z.output<typeof ResultRowSchema>;
