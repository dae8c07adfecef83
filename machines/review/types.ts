import type { InputIssue } from '../../src/core/errors.js';
import type { Level } from '../../src/core/level.js';
import type { Text } from '../../src/core/text.js';
import type { Classification } from '../../src/rules/types.js';
import type { RuleSetId } from '../../src/schemas/assessment.js';
import type { ActorRole } from '../../src/schemas/deadline.js';
import type { ReviewEventType, Sender } from '../../src/schemas/review-events.js';
import type {
  CycleFacts,
  GuardableStage,
  Participants,
  ReviewDeadline,
  ReviewStage,
  ReviewSubject,
} from '../../src/schemas/review-input.js';
import type { AuditEntry, AuditHead } from '../audit.js';

export { REJECTION_CODES, type RejectionCode } from './codes.js';

import type { RejectionCode } from './codes.js';

/** A refusal: its code, a bilingual message, and located issues for INVALID_PAYLOAD. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: Text;
  readonly issues?: readonly InputIssue[];
}

/** A person's act, as the review records it. */
export interface Act {
  readonly by: Sender;
  readonly at: string;
}

export interface DocumentRef {
  readonly id: string;
  readonly title?: string;
  readonly digest?: string;
}

export interface SuggestionPoint extends Act {
  readonly id: string;
  readonly content?: string;
}

export interface Explanation extends Act {
  readonly covers: readonly string[];
  readonly document?: DocumentRef;
  readonly status: 'submitted' | 'returned';
  readonly returned?: Act & { readonly reason: string };
}

export interface SelfReview extends Act {
  readonly proposedLevel: Level;
  readonly form: string | null;
  readonly selfAssessment?: Readonly<Record<string, number | string>>;
  readonly document?: DocumentRef;
}

export interface Meeting extends Act {
  readonly heldOn: string;
  readonly conclusion?: string;
  readonly confidence?: { readonly low: number; readonly total: number };
  readonly minutes?: DocumentRef;
}

export interface Proposal extends Act {
  readonly level: Level;
  readonly computedLevel: Level | null;
  readonly note?: string;
}

export interface Decision extends Act {
  readonly level: Level;
  readonly computedLevel: Level | null;
  readonly proposedLevel: Level | null;
  readonly override?: { readonly by: string; readonly reason: string };
  /** The authority decided below the computed level (allowed; recorded for the summary). */
  readonly belowComputed: boolean;
  readonly note?: string;
  readonly document?: DocumentRef;
}

export interface Complaint extends Act {
  readonly reason: string;
  readonly document?: DocumentRef;
  readonly resolution?: Act & { readonly outcome: 'upheld' | 'rejected'; readonly reason: string };
}

/** A step back in the flow: never an edit of history, always one of these. */
export interface Reopening extends Act {
  readonly kind: 'returnedToAppraisal' | 'complaintUpheld' | 'rerated';
  readonly from: ReviewStage;
  readonly reason: string;
}

/** How a review ended without a level. */
export interface Outcome {
  readonly status: 'not-reviewed' | 'not-rated';
  readonly reason: Text;
  readonly rule?: string;
  readonly at: string;
}

export interface Extension extends Act {
  readonly from: string;
  readonly due: string;
  readonly reason: string;
}

/** A deadline as the review tracks it: the input plus what has been emitted and granted. */
export interface DeadlineState extends ReviewDeadline {
  readonly guards: GuardableStage;
  /** The due instant as first given (before any extension). */
  readonly originalDue: string;
  /** When `deadline.approaching` was emitted (for the current due instant), else null. */
  readonly approachingAt: string | null;
  /** When `deadline.missed` was emitted (for the current due instant), else null. */
  readonly missedAt: string | null;
  readonly extensions: readonly Extension[];
}

/** The context of a review: JSON only, so that a snapshot persists as it is. */
export interface ReviewContext {
  readonly subject: ReviewSubject;
  readonly cycle: CycleFacts;
  readonly ruleSet: RuleSetId;
  readonly profile: Readonly<Record<string, unknown>> | null;
  readonly payloads: 'full' | 'digest';
  /** The self-review form the subject must use, when known. */
  readonly form: string | null;
  /** The current step (mirrors the `review` region of the state value). */
  readonly stage: ReviewStage;
  /** Steps entered so far, in the order first entered. */
  readonly visited: readonly ReviewStage[];
  /** The latest instant the review has seen (from accepted events; starts at `cycle.openedAt`). */
  readonly now: string;
  /** Who may act in which role, when the input binds people to roles. */
  readonly participants: Participants | null;
  readonly deadlines: readonly DeadlineState[];
  readonly suggestions: readonly SuggestionPoint[];
  readonly explanation: Explanation | null;
  readonly selfReview: SelfReview | null;
  readonly meeting: Meeting | null;
  readonly classification: Classification | null;
  readonly proposal: Proposal | null;
  readonly decision: Decision | null;
  /** Every decision made, in order (a re-rating or an upheld complaint adds one). */
  readonly decisions: readonly Decision[];
  readonly published: Act | null;
  readonly complaint: Complaint | null;
  readonly reopenings: readonly Reopening[];
  readonly closed: Act | null;
  readonly outcome: Outcome | null;
  /** Where the audit chain stands (the log itself lives beside the snapshot, not in it). */
  readonly audit: AuditHead;
}

/** What a review emits for its host (`actor.on(type, …)`). */
export type ReviewEmitted =
  | {
      readonly type: 'rejected';
      readonly code: RejectionCode;
      /** The refused event as received (it may be invalid). */
      readonly event: { readonly type: string } & Readonly<Record<string, unknown>>;
      readonly message: Text;
      readonly issues?: readonly InputIssue[];
      readonly seq: number;
    }
  | {
      readonly type: 'deadline.approaching' | 'deadline.missed';
      readonly deadlineId: string;
      readonly due: string;
      readonly guards: GuardableStage;
      readonly policy: 'warn' | 'block';
      readonly at: string;
    }
  | { readonly type: 'audit'; readonly entry: AuditEntry };

/** Tags a host builds task lists from. */
export type ReviewTag =
  | 'waiting-subject'
  | 'waiting-unitHead'
  | 'waiting-superior'
  | 'waiting-appraiser'
  | 'waiting-authority'
  | 'waiting-organizer'
  | 'overdue'
  | 'ended';

/** `meta` of every state node. */
export interface StageMeta {
  readonly label: Text;
  /** Who acts in this step (none for an ended review). */
  readonly actors: readonly ActorRole[];
  /** The form of the step by rule set, when the step has one (DOMAIN.md § Forms). */
  readonly forms?: Readonly<Partial<Record<RuleSetId, Readonly<Record<string, string>>>>>;
  readonly citation?: string;
}

export type { AuditEntry, ReviewEventType };
