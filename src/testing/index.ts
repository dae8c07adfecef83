// kiemdiem/testing — the property-testing kit: fast-check arbitraries of valid assessments,
// review inputs, event sequences by role and hostile payloads, and the laws the library's own
// tests check, ready for a host to run against its profile and integration (docs/testing.md).
// fast-check (4.x) is an optional peer dependency: install it to use this subpath.
export {
  assessmentFor,
  dateIn,
  flagsOfKind,
  individualArb,
  SUBJECTS,
  TRIGGER_FLAGS,
  taskCountsArb,
  validAssessmentArb,
} from './assessments.js';
export {
  type CastMember,
  type EventCommand,
  eventCommandArb,
  eventCommandsArb,
  type ReviewCast,
  toEvents,
} from './events.js';
export { hostileEventArb, hostileValueArb } from './hostile.js';
export { type Improve, improvements } from './improvements.js';
export {
  type ClassifyPropertyOptions,
  levelNeverLowers,
  type ReviewPropertyOptions,
  refusedEventChangesNothing,
  replayReproducesSnapshot,
  triggerGivesNotCompleted,
} from './properties.js';
export { type ReviewCase, reviewCaseArb } from './reviews.js';
