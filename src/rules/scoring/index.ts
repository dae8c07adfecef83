/** N335 scoring: periods and product lines to the year's points, exactly (RULES.md §4). */
export {
  type PeriodScore,
  type ScoringLines,
  type ScoringResult,
  type SkippedPeriod,
  scorePeriods,
} from './annual.js';
export { catalogueLookup, type ProductLookup } from './coefficients.js';
export type { ScoringOptions, ScoringParts, ScoringWeights, ShareName } from './options.js';
export type { LineSums } from './period.js';
export * from './rational.js';
