import type { Profile } from '../schemas/cycle-profile.js';
import { genericQd366, QD366_FIRST_YEAR } from './generic-qd366.js';
import { KON_TUM_2024 } from './kon-tum-2024.js';
import { loadProfile } from './load.js';

/** The ids of the profiles shipped with the library. */
export const PROFILE_IDS = ['kon-tum-2024', 'generic-qd366'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Freezes a parsed profile all the way down: the shipped ones are shared by every caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The shipped profiles (frozen), parsed and checked like a host's own (`loadProfile`). `generic-qd366` is
 * the 2025 cycle; `getProfile('generic-qd366', { year })` builds another year.
 */
export const profiles: Readonly<Record<ProfileId, Profile>> = {
  'kon-tum-2024': deepFreeze(loadProfile(KON_TUM_2024)),
  'generic-qd366': deepFreeze(loadProfile(genericQd366(QD366_FIRST_YEAR))),
};

function isProfileId(id: string): id is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(id);
}

/**
 * A shipped profile by id, or `undefined` for an unknown id. `year` sets the review year of the
 * year-parametric `generic-qd366` (2025, the first QĐ 366 year, to 2100; another year gives
 * `undefined`); fixed profiles such as `kon-tum-2024` ignore it.
 */
export function getProfile(id: string, options: { year?: number } = {}): Profile | undefined {
  if (!isProfileId(id)) return undefined;
  if (id === 'generic-qd366' && options.year !== undefined && options.year !== QD366_FIRST_YEAR) {
    if (!Number.isInteger(options.year) || options.year < QD366_FIRST_YEAR || options.year > 2100)
      return undefined;
    return loadProfile(genericQd366(options.year));
  }
  return profiles[id];
}
