export { type ResolvedDeadline, resolveDeadlines } from './deadlines.js';
export { STANDARD_DOSSIER } from './dossier.js';
export { genericNd335, ND335_FIRST_YEAR } from './generic-nd335.js';
export { genericQd366, QD366_FIRST_YEAR } from './generic-qd366.js';
export { KON_TUM_2024 } from './kon-tum-2024.js';
export { loadProfile } from './load.js';
export { getProfile, PROFILE_IDS, type ProfileId, profiles } from './registry.js';
export { reviewDeadlinesFor } from './review-deadlines.js';
