// What the kit uses of the library, through its public surface only. In the built package this
// one import is left to `kiemdiem` itself (tsup.config.ts), so a host's tests and the kit share
// one instance of the library (its classes, its machine) rather than each carrying a copy.
export {
  type AssessmentInput,
  type AuditKey,
  type ClassifyOptions,
  canonicalJson,
  classify,
  compareLevels,
  createReviewActor,
  type Discipline,
  type Employment,
  FLAG_KINDS,
  FLAG_NAMES,
  type FlagName,
  type Grade,
  PARTICIPANT_ROLES,
  persist,
  type ReviewActor,
  type ReviewEventType,
  type ReviewInputInput,
  type RuleSetId,
  replay,
  type SenderRole,
  type SubjectKind,
  type SubjectRole,
  type TaskCountsInput,
} from '../index.js';
