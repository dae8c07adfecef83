import type { Employment, Regime, RuleSetId } from '../schemas/assessment.js';
import { nd90 } from './nd90.js';
import { nd233 } from './nd233.js';
import { nd335 } from './nd335.js';
import { qd124 } from './qd124.js';
import { qd366 } from './qd366.js';
import type { RuleSet } from './types.js';

/**
 * Every shipped rule set, by id. Adding a regime is adding its table file and one line here: the
 * engine does not change.
 */
export const ruleSets: Partial<Record<RuleSetId, RuleSet>> = {
  'qd124-2023': qd124,
  'qd366-2025': qd366,
  'nd90-2020': nd90,
  'nd335-2025': nd335,
  'nd233-2026': nd233,
};

/** What `ruleSetIdFor` needs of a profile: whether `nd233-2026` is enabled (RULES.md §7). */
export interface RoutingProfile {
  readonly nd233?: boolean;
}

/**
 * The id of the default rule set (RULES.md §7): party reviews `qd124-2023` up to 2024 and
 * `qd366-2025` from 2025; civil servants `nd90-2020` up to 2025 and `nd335-2025` from 2026; public
 * employees `nd90-2020`, or `nd233-2026` from 2026 when the profile enables it; cadres `nd90-2020`.
 * Undefined before the first rule set of the regime, or for the civil service without employment.
 */
export function ruleSetIdFor(
  year: number,
  regime: Regime = 'party',
  employment?: Employment,
  profile?: RoutingProfile,
): RuleSetId | undefined {
  if (regime === 'party') {
    if (year >= 2025) return 'qd366-2025';
    return year >= 2023 ? 'qd124-2023' : undefined;
  }
  if (employment === undefined || year < 2020) return undefined;
  if (employment === 'civil-servant') return year >= 2026 ? 'nd335-2025' : 'nd90-2020';
  if (employment === 'public-employee' && year >= 2026 && profile?.nd233) return 'nd233-2026';
  return 'nd90-2020';
}

/**
 * Whether the default rule set of a subject rests on an unconfirmed choice: a public employee from
 * 2026 kept on `nd90-2020` because the profile does not enable `nd233-2026` (REGIME_UNCONFIRMED).
 */
export function regimeUnconfirmed(
  year: number,
  regime: Regime,
  employment: Employment | undefined,
  profile?: RoutingProfile,
): boolean {
  return (
    regime === 'civil-service' &&
    employment === 'public-employee' &&
    year >= 2026 &&
    !profile?.nd233
  );
}

/**
 * The default rule set for a review year, regime and employment (see `ruleSetIdFor`). Throws
 * when there is none.
 */
export function ruleSetFor(
  year: number,
  regime: Regime = 'party',
  employment?: Employment,
  profile?: RoutingProfile,
): RuleSet {
  const id = ruleSetIdFor(year, regime, employment, profile);
  const set = id && ruleSets[id];
  if (!set)
    throw new RangeError(
      `No rule set ${id ?? ''} available for ${regime}${employment ? ` (${employment})` : ''} review year ${year}`,
    );
  return set;
}
