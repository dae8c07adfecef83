import type { InputIssue } from '../core/errors.js';
import type { Level } from '../core/level.js';
import type { Text } from '../core/text.js';
import type {
  Assessment,
  Regime,
  RuleSetId,
  SubjectKind,
  SubjectRole,
} from '../schemas/assessment.js';
import type { Discipline } from '../schemas/parts.js';
import type { RuleContext } from './context.js';

export type RuleStatus = 'confirmed' | 'assumed';

/** What a reason did to the outcome (CONTRACT.md § classify). */
export type Effect = 'qualify' | 'trigger' | 'cap' | 'review' | 'exclude' | 'not-rated' | 'note';

export interface Reason {
  readonly rule: string;
  readonly effect: Effect;
  /** qualify: the level reached; trigger: NOT_COMPLETED; cap: the ceiling it sets. */
  readonly level?: Level;
  readonly citation: string;
  readonly message: Text;
}

export type ClassificationStatus = 'rated' | 'not-rated' | 'not-reviewed';

export interface Classification {
  readonly id: string;
  readonly ruleSet: RuleSetId;
  readonly status: ClassificationStatus;
  readonly level: Level | null;
  readonly points?: number;
  readonly needsJudgment: boolean;
  readonly reasons: readonly Reason[];
}

/** Which subjects a rule speaks of; an absent list means all. */
export interface AppliesTo {
  readonly kinds?: readonly SubjectKind[];
  readonly roles?: readonly SubjectRole[];
}

/**
 * One clause of a level condition: whether it holds, and how to say it. The text is formatted
 * only when the clause is reported (`clauseText`), by a static `format` function over `values`,
 * because most clauses of most subjects are never shown (see src/rules/clauses.ts).
 */
export interface Clause {
  readonly ok: boolean;
  readonly format: ClauseFormat;
  readonly values: readonly number[];
  /** Whose facts these are (empty for the subject's own, "led unit: " for a leader's unit). */
  readonly whose: Text;
}

export type ClauseFormat = (ok: boolean, values: readonly number[], whose: Text) => Text;

/** One fact that makes a trigger fire, with what the regulations allow to waive it. */
export interface Cause {
  readonly text: Text;
  /** The subject detected and remedied the violation itself (tự phát hiện và khắc phục xong). */
  readonly selfRemedied?: boolean;
  /** The shortfall is due to force majeure (bất khả kháng). */
  readonly forceMajeure?: boolean;
}

interface RuleBase {
  readonly id: string;
  readonly status: RuleStatus;
  /** For a rule confirmed for some subjects only: the kinds for which it is assumed. */
  readonly assumedFor?: readonly SubjectKind[];
  readonly citation: string;
  /** The rule as the catalogue states it. */
  readonly text: Text;
  readonly appliesTo: AppliesTo;
}

/** Ends the review as `not-reviewed` (excluded): returns why, or null. */
export interface ExcludeRule extends RuleBase {
  readonly kind: 'exclude';
  readonly test: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** Reviewed but not rated (`not-rated`): returns why, or null. */
export interface NotRatedRule extends RuleBase {
  readonly kind: 'not-rated';
  readonly test: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** Forces NOT_COMPLETED when it has a cause no waiver covers. */
export interface TriggerRule extends RuleBase {
  readonly kind: 'trigger';
  readonly test: (a: Assessment, ctx: RuleContext) => readonly Cause[];
  /** The rule's own exception clause ("trừ trường hợp …"): a cause it covers becomes `review`. */
  readonly exception?: (cause: Cause) => boolean;
}

/** A condition of a level; levels are nested, so a level needs its own rows and every lower one. */
export interface ConditionRule extends RuleBase {
  readonly kind: 'condition';
  readonly level: Exclude<Level, 'NOT_COMPLETED'>;
  readonly test: (a: Assessment, ctx: RuleContext) => readonly Clause[];
}

/** Lowers the ceiling to `level` when it applies: returns why, or null. */
export interface CapRule extends RuleBase {
  readonly kind: 'cap';
  readonly level: Level;
  readonly test: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** Adds an informative reason only. */
export interface NoteRule extends RuleBase {
  readonly kind: 'note';
  readonly test: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** A rule-set-wide discretion: a trigger whose every cause it covers becomes `review`. */
export interface DiscretionRule extends RuleBase {
  readonly kind: 'discretion';
  readonly covers: (cause: Cause) => boolean;
}

/** Takes a discipline decision out of the count (e.g. one violation counts once). */
export interface DiscountRule extends RuleBase {
  readonly kind: 'discount';
  readonly discounts: (d: Discipline, a: Assessment) => boolean;
}

export type Rule =
  | ExcludeRule
  | NotRatedRule
  | TriggerRule
  | ConditionRule
  | CapRule
  | NoteRule
  | DiscretionRule
  | DiscountRule;

export type RuleKind = Rule['kind'];

export interface RuleSet {
  readonly id: RuleSetId;
  readonly title: Text;
  readonly regime: Regime;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Review years this rule set is the default for (inclusive; open-ended when `to` is absent). */
  readonly years: { readonly from: number; readonly to?: number };
  /** Whether results carry points (100-point scale). */
  readonly scores: boolean;
  readonly roles: readonly SubjectRole[];
  /** Input this rule set needs beyond the schema (e.g. points for QĐ 366), as located issues. */
  readonly requires: (a: Assessment) => InputIssue[];
  readonly rules: readonly Rule[];
}
