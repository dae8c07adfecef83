import type { Regime, RuleSetId } from '../schemas/assessment.js';
import { qd124 } from './qd124.js';
import { qd366 } from './qd366.js';
import type { RuleSet } from './types.js';

/**
 * Every shipped rule set, by id. Adding a regime (nd90-2020, nd335-2025) is adding its table file
 * and one line here: the engine does not change.
 */
export const ruleSets: Partial<Record<RuleSetId, RuleSet>> = {
  'qd124-2023': qd124,
  'qd366-2025': qd366,
};

/** Rule set ids the standard names, in order of their years, per regime (DOMAIN.md § Regimes). */
const TIMELINE: Record<Regime, ReadonlyArray<{ id: RuleSetId; from: number; to?: number }>> = {
  party: [
    { id: 'qd124-2023', from: 2023, to: 2024 },
    { id: 'qd366-2025', from: 2025 },
  ],
  'civil-service': [
    { id: 'nd90-2020', from: 2020, to: 2025 },
    { id: 'nd335-2025', from: 2026 },
  ],
};

/** The id of the default rule set for a review year and regime, or undefined before the first. */
export function ruleSetIdFor(year: number, regime: Regime = 'party'): RuleSetId | undefined {
  return TIMELINE[regime].find((e) => year >= e.from && (e.to === undefined || year <= e.to))?.id;
}

/**
 * The default rule set for a review year and regime: `qd124-2023` for party reviews of 2023 and
 * 2024, `qd366-2025` from 2025. Throws when the year has none or the set is not shipped yet.
 */
export function ruleSetFor(year: number, regime: Regime = 'party'): RuleSet {
  const id = ruleSetIdFor(year, regime);
  const set = id && ruleSets[id];
  if (!set)
    throw new RangeError(`No rule set ${id ?? ''} available for ${regime} review year ${year}`);
  return set;
}
