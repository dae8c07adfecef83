// kiemdiem — the public surface. Named re-exports only; one concept per file behind each line.

// Machines (machines/): the review machine, its schemas, audit, persistence and replay
export {
  type AuditEntry,
  AuditEntrySchema,
  type AuditHead,
  type AuditKey,
  type AuditKeys,
  type CreateReviewActorOptions,
  type CycleFacts,
  CycleFactsSchema,
  canonicalJson,
  createReviewActor,
  type DeadlineState,
  type DispatchResult,
  DossierDocumentSchema,
  digestOf,
  type GuardedActor,
  isReviewEventType,
  LIBRARY_VERSION,
  type MigrationRegistry,
  PARTICIPANT_ROLES,
  PAYLOAD_LIMITS,
  type ParticipantRole,
  type Participants,
  ParticipantsSchema,
  type PersistableActor,
  PersistenceError,
  type PersistenceErrorCode,
  parseReviewInput,
  persist,
  REJECTION_CODES,
  REVIEW_ENVELOPE_FORMAT,
  REVIEW_ENVELOPE_FORMAT_1,
  REVIEW_EVENT_TYPES,
  REVIEW_STAGES,
  REVIEW_YEAR_RANGE,
  type Rejection,
  type RejectionCode,
  type ReplayOptions,
  type RestoreOptions,
  type ReviewActor,
  type ReviewContext,
  type ReviewDeadline,
  type ReviewDeadlineInput,
  ReviewDeadlineSchema,
  type ReviewDecision,
  type ReviewEmitted,
  type ReviewEnvelope,
  ReviewEnvelopeSchema,
  type ReviewEvent,
  type ReviewEventInput,
  type ReviewEventOf,
  ReviewEventSchema,
  type ReviewEventType,
  type ReviewInput,
  ReviewInputError,
  type ReviewInputInput,
  ReviewInputSchema,
  type ReviewMachine,
  type ReviewSnapshot,
  type ReviewStage,
  type ReviewSubject,
  type ReviewTag,
  type ReviewTask,
  replay,
  restore,
  reviewDeadline,
  reviewInputOf,
  reviewMachine,
  reviewMigrations,
  reviewTask,
  SENDER_ROLE_NAMES,
  SENDER_ROLES,
  type Sender,
  type SenderRole,
  SenderSchema,
  type SnapshotMigration,
  type StageMeta,
  sealOf,
  verifyChain,
} from '../machines/index.js';
// Calendar and deadlines
export {
  type Calendar,
  type CalendarChoice,
  CalendarDataError,
  type CreateCalendarOptions,
  createCalendar,
  defaultCalendar,
} from './calendar/calendar.js';
export type { DateLike, InstantLike } from './calendar/dates.js';
export {
  DEFAULT_LEAD_WORKING_DAYS,
  type DeadlineSpec,
  type DeadlineStatus,
  deadline,
  deadlineStatus,
  lastWorkingDayToAct,
  type StatusOptions,
} from './calendar/deadlines.js';
export {
  type Holiday,
  type HolidaySource,
  type HolidayYear,
  type HolidayYearInput,
  HolidayYearSchema,
  type WorkingWeekendDay,
  type YearSchedule,
} from './calendar/schedule.js';
export {
  addWorkingDays,
  holidays,
  isWorkingDay,
  workingDaysBetween,
  workingDaysPerMonth,
  workingWeekendDays,
  yearSchedule,
} from './calendar/working-days.js';
export { SHIPPED_YEARS } from './calendar/years/index.js';
export { AssessmentError, formatPath, type InputIssue, ProfileError } from './core/errors.js';
// Core
export {
  compareLevels,
  LEVELS,
  type Level,
  levelLabel,
  levelShort,
  minLevel,
} from './core/level.js';
export { type Lang, type Text, text } from './core/text.js';
// Import: a cycle definition from the officers' .xlsx / .csv list of subjects
export {
  formatImportIssue,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  type ImportRow,
  type ImportSheet,
  type ImportSource,
  importSubjects,
  SUBJECT_COLUMNS,
  UNIT_COLUMNS,
} from './import/index.js';
export { type ResolvedDeadline, resolveDeadlines } from './profiles/deadlines.js';
export { loadProfile } from './profiles/load.js';
export { getProfile, PROFILE_IDS, type ProfileId, profiles } from './profiles/registry.js';
// Reports (summary and exports)
export {
  APPENDIX_COLUMNS,
  type AppendixEntry,
  type Counts,
  type DossierEntry,
  type DossierFact,
  type DossierFactInput,
  DossierFactSchema,
  type Finding,
  type GroupSummary,
  parseSummary,
  percentShares,
  type QuotaVerdict,
  type RecipientList,
  type ReportFiles,
  SUMMARY_FORMAT,
  SUMMARY_LABELS,
  SUMMARY_STATUSES,
  type SubjectEntry,
  type Summary,
  type SummaryInput,
  SummaryInputSchema,
  type SummaryLabelKey,
  type SummaryRow,
  type SummaryRowInput,
  SummaryRowSchema,
  SummarySchema,
  type SummaryStatus,
  summarize,
  summaryCsv,
  summaryJson,
  summaryXlsx,
  toResultRows,
  type UnratedEntry,
  UTF8_BOM,
  type WriteReportsOptions,
  writeAtomic,
  writeFileAtomic,
  writeJsonl,
  writeReports,
  writeSummaryCsv,
  writeSummaryJson,
  writeSummaryXlsx,
} from './report/index.js';
export { type CatalogueEntry, ruleCatalogue } from './rules/catalogue.js';
// Rules
export { type ClassifyOptions, classify } from './rules/classify.js';
export { type CheckOptions, checkResults } from './rules/cross/check.js';
export { type CrossRule, crossRules, type Severity } from './rules/cross/table.js';
export type { Violation } from './rules/cross/violation.js';
export { checkRuleSwitches } from './rules/profile-switches.js';
export {
  type RoutingProfile,
  regimeUnconfirmed,
  ruleSetFor,
  ruleSetIdFor,
  ruleSets,
} from './rules/registry.js';
export type {
  Classification,
  ClassificationStatus,
  Effect,
  Reason,
  Rule,
  RuleSet,
  RuleStatus,
} from './rules/types.js';
// Schemas
export {
  type Assessment,
  type AssessmentInput,
  AssessmentSchema,
  EMPLOYMENTS,
  type Employment,
  REGIMES,
  type Regime,
  RULE_SET_IDS,
  type RuleSetId,
  type SubjectKind,
  type SubjectRole,
} from './schemas/assessment.js';
// Profiles (a province's reading and its cycle's dates, as data)
export {
  type CycleDefinition,
  type CycleDefinitionInput,
  CycleDefinitionSchema,
  CycleRouteSchema,
  type CycleSubject,
  type CycleSubjectInput,
  CycleSubjectSchema,
  type CycleUnit,
  type CycleUnitInput,
  CycleUnitSchema,
} from './schemas/cycle-definition.js';
export { type Profile, type ProfileInput, ProfileSchema } from './schemas/cycle-profile.js';
export { type DeadlineDef, DeadlineDefSchema, READINGS, type Reading } from './schemas/deadline.js';
export {
  type Discipline,
  FLAG_KINDS,
  FLAG_NAMES,
  type FlagName,
  type Grade,
  type TaskCounts,
  type TaskCountsInput,
} from './schemas/parts.js';
export {
  ParametersSchema,
  type RulesProfile,
  type RulesProfileInput,
  RulesProfileSchema,
} from './schemas/profile.js';
export { type ResultRow, type ResultRowInput, ResultRowSchema } from './schemas/result-row.js';
