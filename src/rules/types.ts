import type { InputIssue } from '../core/errors.js';
import type { Level } from '../core/level.js';
import type { Text } from '../core/text.js';
import type {
  Assessment,
  Employment,
  Regime,
  RuleSetId,
  SubjectKind,
  SubjectRole,
} from '../schemas/assessment.js';
import type { Discipline, FlagName } from '../schemas/parts.js';
import type { RulesProfile } from '../schemas/profile.js';
import type { RuleContext } from './context.js';

export type RuleStatus = 'confirmed' | 'assumed';

/**
 * Points scored exactly (NĐ 335): compared with a band without rounding; `floor` is the value
 * rounded down to 2 decimals, shown when the rounded value would seem to reach a band it misses.
 */
export interface ExactPoints {
  readonly atLeast: (min: number) => boolean;
  readonly floor: number;
}

/** How a profile changes a row that is not switched on/off (see `RuleBase.switchedBy`). */
export type SwitchedBy = { readonly parameter: string } | { readonly data: Text };

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
  /**
   * The numbers the words show, in the format's order (0 where a format shows fewer): three
   * fields rather than an array, one object per clause instead of two (issue 9).
   */
  readonly n0: number;
  readonly n1: number;
  readonly n2: number;
  /**
   * The text the format words the numbers with: whose facts they are (empty for the subject's
   * own, "led unit: " for a leader's unit), a criterion's label, or all the words (a fixed clause).
   */
  readonly whose: Text;
}

/** The words of a clause, from its outcome, numbers and `whose` only (a static function). */
export type ClauseFormat = (c: Clause) => Text;

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
  /**
   * For a confirmed rule with an assumed part (RULES.md "C / A (…)"): what that part is. A profile
   * switching the rule off (`rules: { id: false }`) turns off that part only; the row reads it
   * with `ctx.assumedOn(id)`.
   */
  readonly partlyAssumed?: Text;
  /** An assumed rule that is off unless a profile turns it on (e.g. N335-UNDER6). */
  readonly defaultOff?: true;
  /**
   * A row (or the assumed part of one) a profile changes otherwise than on/off (RULES.md §6):
   * through a parameter of `profile.parameters` (N335-TASK70, N335-ANNUAL, Q124-COMP, N90-GAP; the
   * key is the row's id unless named), or through the host's own data (N335-GEN: the split of the
   * 30 general points). `rules: { id: false }` is then refused, saying how.
   */
  readonly switchedBy?: SwitchedBy;
  /** The flags the row reads: a flag set that no active row reads gets a `note` (RULES.md, "Flags"). */
  readonly flags?: readonly FlagName[] | ((role: SubjectRole) => readonly FlagName[]);
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
  /**
   * A fact the row lets pass only for the authority to weigh ("trừ trường hợp tự phát hiện và
   * khắc phục"): when the decided level needs this row, it adds a `review` reason and sets
   * `needsJudgment`.
   */
  readonly review?: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** Point bands (e.g. NĐ 335 Điều 20): one row holding the minimum of each rated level. */
export interface BandsRule extends RuleBase {
  readonly kind: 'bands';
  readonly bands: ReadonlyArray<{
    readonly level: Exclude<Level, 'NOT_COMPLETED'>;
    readonly min: number;
  }>;
}

/**
 * Where the text leaves a gap (no level holds, no trigger fired, e.g. N90-GAP): the outcome is the
 * level `level(ctx)` returns, always with `needsJudgment`.
 */
export interface GapRule extends RuleBase {
  readonly kind: 'gap';
  readonly level: (ctx: RuleContext) => 'NOT_COMPLETED' | 'COMPLETED';
}

/** A step of the period scoring (RULES.md §4): read by `src/rules/scoring`, reported as notes. */
export type ScorePart =
  | 'qty'
  | 'qual'
  | 'prog'
  | 'lead'
  | 'task70'
  | 'general'
  | 'annual'
  | 'exact'
  | 'leave';

export interface ScoreRule extends RuleBase {
  readonly kind: 'score';
  readonly part: ScorePart;
}

/** A check of the input that the rule set adds to the schema (e.g. N335-INPUT). */
export interface InputRule extends RuleBase {
  readonly kind: 'input';
  /** `self` is the row's own id (a mirrored row reads its own switches). */
  readonly check: (a: Assessment, profile: RulesProfile, self: string) => InputIssue[];
}

/** Lowers the ceiling to `level` when it applies: returns why, or null. */
export interface CapRule extends RuleBase {
  readonly kind: 'cap';
  readonly level: Level;
  readonly test: (a: Assessment, ctx: RuleContext) => Text | null;
}

/** Adds an informative reason only; `level` is the outcome reached so far. */
export interface NoteRule extends RuleBase {
  readonly kind: 'note';
  readonly test: (a: Assessment, ctx: RuleContext, level: Level) => Text | null;
}

/**
 * A row checked over a set of results by `checkResults` (e.g. N233-HEAD-CAP), listed in its rule
 * set's table so that the catalogue shows it there; the engine skips it.
 */
export interface CrossRefRule extends RuleBase {
  readonly kind: 'cross';
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
  | BandsRule
  | GapRule
  | CapRule
  | NoteRule
  | DiscretionRule
  | DiscountRule
  | ScoreRule
  | InputRule
  | CrossRefRule;

export type RuleKind = Rule['kind'];

export interface RuleSet {
  readonly id: RuleSetId;
  readonly title: Text;
  readonly regime: Regime;
  /** Civil-service rule sets: the employments they rate (RULES.md §7). */
  readonly employments?: readonly Employment[];
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Review years this rule set is the default for (inclusive; open-ended when `to` is absent). */
  readonly years: { readonly from: number; readonly to?: number };
  /** Whether results carry points (100-point scale). */
  readonly scores: boolean;
  readonly roles: readonly SubjectRole[];
  /** Input this rule set needs beyond the schema (e.g. points for QĐ 366), as located issues. */
  readonly requires: (a: Assessment, profile: RulesProfile) => InputIssue[];
  readonly rules: readonly Rule[];
  /** Graded rule sets: the criteria an assessment may grade, with their labels (a profile adds more). */
  readonly criteria?: ReadonlyArray<{ readonly key: string; readonly label: Text }>;
  /**
   * Scores `periods` into points (NĐ 335, NĐ 233 mirror), using the active `score` rows:
   * the points (compared exactly, shown rounded down to 2 decimals) and the reasons that show
   * the arithmetic; or the located issues of invalid periods.
   */
  readonly scorePeriods?: (
    a: Assessment,
    rules: readonly Rule[],
    profile: RulesProfile,
  ) =>
    | { ok: true; points: number; exact: ExactPoints; months: number; reasons: Reason[] }
    | { ok: false; issues: InputIssue[] };
}
