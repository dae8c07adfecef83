// The machines of kiemdiem: the review machine, its schemas, audit, persistence, replay, diagram.
// Named exports only; src/index.ts re-exports these names at the package root.

// The cycle (machines/cycle/): index, order, dossiers, summary rows, machine, runner, tasks.
export {
  CYCLE_EVENT_TYPES,
  CYCLE_STATES,
  type CycleEvent,
  type CycleEventInput,
  type CycleEventOf,
  CycleEventSchemas,
  type CycleEventType,
  type CycleState,
  isCycleEventType,
  type QuotaOverride,
  QuotaOverrideSchema,
} from '../src/schemas/cycle-events.js';
export {
  Id as IdSchema,
  REVIEW_YEAR_RANGE,
  ReviewDate as ReviewDateSchema,
} from '../src/schemas/review-boundary.js';
export {
  DossierDocumentSchema,
  isReviewEventType,
  REVIEW_EVENT_TYPES,
  type ReviewEvent,
  type ReviewEventInput,
  type ReviewEventOf,
  ReviewEventSchema,
  ReviewEventSchemas,
  type ReviewEventType,
  SENDER_ROLE_NAMES,
  type Sender,
  type SenderRole,
  SenderSchema,
} from '../src/schemas/review-events.js';
export {
  type CycleFacts,
  CycleFactsSchema,
  GUARDABLE_STAGES,
  type GuardableStage,
  Instant as InstantSchema,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  type Participants,
  ParticipantsSchema,
  REVIEW_STAGES,
  type ReviewDeadline,
  type ReviewDeadlineInput,
  ReviewDeadlineSchema,
  type ReviewInput,
  type ReviewInputInput,
  ReviewInputSchema,
  type ReviewStage,
  type ReviewSubject,
  ReviewSubjectSchema,
} from '../src/schemas/review-input.js';
export {
  type AuditEntry,
  AuditEntrySchema,
  type AuditHead,
  entryDigest,
} from './audit.js';
export { type AuditKeys, verifyChain } from './chain.js';
export {
  type AnyAuditEntry,
  type CycleAuditEntry,
  CycleAuditEntrySchema,
} from './cycle/audit.js';
export {
  DOSSIER_TIMING_LABELS,
  type DossierFacts,
  type DossierTiming,
  dossierTiming,
  missingItems,
  requiredItems,
} from './cycle/dossier.js';
export { CycleInputError } from './cycle/errors.js';
export { CYCLE_HANDLED } from './cycle/handled.js';
export {
  CYCLE_INDEX_FORMAT,
  type CycleIndex,
  CycleIndexSchema,
  type CycleSubjectEntry,
  CycleSubjectEntrySchema,
  type CycleUnitEntry,
  CycleUnitEntrySchema,
} from './cycle/index-schema.js';
export { type CycleMachine, cycleMachine } from './cycle/machine.js';
export { applyNote, noteOf, noteReview, type ReviewState, type SubjectNote } from './cycle/note.js';
export { type OpenCycleOptions, openCycleIndex, profileOf } from './cycle/open-index.js';
export {
  ORDER_REASONS,
  type OrderedSubject,
  type OrderedUnit,
  type OrderReason,
  orderCycles,
  type Prerequisite,
  prerequisites,
} from './cycle/order.js';
export { orderVerdict, waitingFor } from './cycle/order-verdict.js';
export {
  CYCLE_ENVELOPE_FORMAT,
  type CycleEnvelope,
  CycleEnvelopeSchema,
} from './cycle/persist.js';
export {
  type CycleRecord,
  CycleRecordSchema,
  indexFromRecord,
  indexRecord,
} from './cycle/record.js';
export { memoryReviews, type ReviewRepository } from './cycle/repository.js';
export { type ClassifiedAssessment, resultRowsFrom } from './cycle/result-rows.js';
export { CYCLE_SCHEDULER_ID, reviewInputFor } from './cycle/review-input.js';
export type {
  CreateCycleOptions,
  CycleRun,
  CycleRunOptions,
  RestoreCycleOptions,
  SenderInput,
} from './cycle/run-types.js';
export { createCycle, restoreCycle } from './cycle/runner.js';
export {
  type CycleEmitted,
  type CycleMachineInput,
  type CycleStateMeta,
  type ReviewNotedEvent,
  reviewNoted,
} from './cycle/setup.js';
export { summaryInputOf, summaryRowsOf } from './cycle/summary-rows.js';
export { type PersonTask, tasksFor } from './cycle/tasks.js';
export { unitDossierIssues } from './cycle/unit-dossier.js';
export { type CycleVerdict, cycleVerdict } from './cycle/verdict.js';
export {
  DIAGRAM_END,
  DIAGRAM_START,
  diagramBlock,
  renderMermaid,
  replaceDiagramBlock,
} from './diagram.js';
export { type AuditKey, canonicalJson, digestOf, sealOf } from './digest.js';
export { REVIEW_ENVELOPE_FORMAT_1 } from './envelope.js';
export { PersistenceError, type PersistenceErrorCode, ReviewInputError } from './errors.js';
export {
  type MigrationRegistry,
  type PersistableActor,
  type PersistedSnapshotJson,
  PersistedSnapshotSchema,
  persist,
  persistText,
  REVIEW_ENVELOPE_FORMAT,
  type RestoreOptions,
  type ReviewEnvelope,
  ReviewEnvelopeSchema,
  restore,
  restoreSnapshot,
  reviewMigrations,
  type SnapshotMigration,
} from './persistence.js';
export { type ReplayOptions, replay, reviewInputOf } from './replay.js';
export { restoreText } from './restore-text.js';
export {
  type CreateReviewActorOptions,
  createReviewActor,
  type ReviewActor,
  type ReviewSnapshot,
  type ReviewTask,
  reviewTask,
} from './review/actor.js';
export { SENDER_ROLES } from './review/authorize.js';
export { PAYLOAD_LIMITS, REFUSED_EVENT_TYPE } from './review/boundary.js';
export { ReviewContextSchema } from './review/context-schema.js';
export {
  COMPLETES as DEADLINE_WORK_EVENTS,
  type ReviewDeadlineSpec,
  reviewDeadline,
} from './review/deadlines.js';
export type { DispatchResult, GuardedActor } from './review/guarded.js';
export { EVERY_STEP, HANDLED as REVIEW_STEP_EVENTS } from './review/handled.js';
export { parseReviewInput, SELF_REVIEW_FORMS } from './review/input.js';
export { type ReviewMachine, reviewMachine } from './review/machine.js';
export { orderHeld } from './review/order-hold.js';
export { type ReviewSnapshotSource, reviewSnapshotOf } from './review/snapshot-of.js';
export {
  type DeadlineState,
  type Decision as ReviewDecision,
  REJECTION_CODES,
  type Rejection,
  type RejectionCode,
  type ReviewContext,
  type ReviewEmitted,
  type ReviewTag,
  type StageMeta,
} from './review/types.js';
export { LIBRARY_VERSION } from './version.js';
