import { deepFreeze } from '../core/freeze.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { genericNd335, ND335_FIRST_YEAR } from './generic-nd335.js';
import { genericQd366, QD366_FIRST_YEAR } from './generic-qd366.js';
import { KON_TUM_2024 } from './kon-tum-2024.js';
import { loadProfile } from './load.js';

/** The ids of the profiles shipped with the library. */
export const PROFILE_IDS = ['kon-tum-2024', 'generic-qd366', 'generic-nd335'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/**
 * The shipped profiles (frozen all the way down: shared by every caller), parsed and checked like a host's own (`loadProfile`). `generic-qd366` is
 * the 2025 cycle; `getProfile('generic-qd366', { year })` builds another year.
 */
export const profiles: Readonly<Record<ProfileId, Profile>> = {
  'kon-tum-2024': deepFreeze(loadProfile(KON_TUM_2024)),
  'generic-qd366': deepFreeze(loadProfile(genericQd366(QD366_FIRST_YEAR))),
  'generic-nd335': deepFreeze(loadProfile(genericNd335(ND335_FIRST_YEAR))),
};

/** The year-parametric profiles: their first review year and how to build another year. */
const BY_YEAR: Partial<Record<ProfileId, { first: number; build: (year: number) => Profile }>> = {
  'generic-qd366': { first: QD366_FIRST_YEAR, build: (y) => loadProfile(genericQd366(y)) },
  'generic-nd335': { first: ND335_FIRST_YEAR, build: (y) => loadProfile(genericNd335(y)) },
};

function isProfileId(id: string): id is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(id);
}

/**
 * A shipped profile by id, or `undefined` for an unknown id. `year` sets the review year of the
 * year-parametric `generic-qd366` (2025, the first QĐ 366 year, to 2100) and `generic-nd335`
 * (2026 to 2100); another year gives `undefined`. Fixed profiles such as `kon-tum-2024` ignore it.
 */
export function getProfile(
  id: string,
  options: number | { year?: number } = {},
): Profile | undefined {
  if (!isProfileId(id)) return undefined;
  // `getProfile(id, 2026)` and `getProfile(id, { year: 2026 })` are the same call.
  const year = typeof options === 'number' ? options : options.year;
  const parametric = BY_YEAR[id];
  if (parametric && year !== undefined && year !== parametric.first) {
    if (!Number.isInteger(year) || year < parametric.first || year > 2100) return undefined;
    return parametric.build(year);
  }
  return profiles[id];
}
