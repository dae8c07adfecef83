import { AssessmentSchema } from '../assessment.js';
import { fastParse } from './compile.js';

/**
 * `AssessmentSchema.safeParse(x).data` for an input the fast path can confirm, else DOUBT: then
 * `AssessmentSchema` itself decides (and gives the issues). See `compile.ts`.
 */
export const fastAssessment = fastParse(AssessmentSchema);
