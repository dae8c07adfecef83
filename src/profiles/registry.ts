import { deepFreeze } from '../core/freeze.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { genericNd335, ND335_FIRST_YEAR } from './generic-nd335.js';
import { genericQd366, QD366_FIRST_YEAR } from './generic-qd366.js';
import { KON_TUM_2024 } from './kon-tum-2024.js';
import { loadProfile } from './load.js';

/** The ids of the profiles shipped with the library. */
export const PROFILE_IDS = ['kon-tum-2024', 'generic-qd366', 'generic-nd335'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** How each shipped profile is made: parsed and checked like a host's own (`loadProfile`). */
const SHIPPED: Record<ProfileId, () => Profile> = {
  'kon-tum-2024': () => loadProfile(KON_TUM_2024),
  'generic-qd366': () => loadProfile(genericQd366(QD366_FIRST_YEAR)),
  'generic-nd335': () => loadProfile(genericNd335(ND335_FIRST_YEAR)),
};

const made = new Map<ProfileId, Profile>();

/** A shipped profile, made on first use and then shared (frozen all the way down). */
function shipped(id: ProfileId): Profile {
  let p = made.get(id);
  if (p === undefined) {
    p = deepFreeze(SHIPPED[id]());
    made.set(id, p);
  }
  return p;
}

/**
 * The shipped profiles (frozen all the way down: shared by every caller). `generic-qd366` is the
 * 2025 cycle; `getProfile('generic-qd366', { year })` builds another year. Each is parsed and
 * checked on first read, not when the library is imported: that took about 35 ms of every CLI
 * run, whichever command (bench/README.md, "What part 9 found"). To a reader each is an ordinary
 * enumerable member (`Object.keys`, spreads and `JSON.stringify` read it); the object is frozen.
 */
export const profiles: Readonly<Record<ProfileId, Profile>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(PROFILE_IDS.map((id) => [id, { enumerable: true, get: () => shipped(id) }])),
  ) as Record<ProfileId, Profile>,
);

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
 * (2026 to 2100); another year gives `undefined`. A fixed profile such as `kon-tum-2024` has its
 * own year only: another year gives `undefined` too, so that a 2025 cycle never runs silently on
 * the 2024 letter's deadlines (issue 10: a year was taken and ignored).
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
  const profile = shipped(id);
  if (!parametric && year !== undefined && year !== profile.reviewYear) return undefined;
  return profile;
}
