import { deepFreeze } from '../core/freeze.js';
import { type Text, text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Discipline, TaskCounts } from '../schemas/parts.js';
import type { RulesProfile } from '../schemas/profile.js';
import type { ExactPoints } from './types.js';

/** What every rule may read besides the assessment; built once per classification by the engine. */
export interface RuleContext {
  readonly year: number;
  /** The review date `YYYY-MM-DD` (default 31 December of the review year). */
  readonly reviewDate: string;
  /**
   * `general + tasks`, the given total, or the points scored from `periods` (rounded to 2
   * decimals for display: compare them with a band through `exactPoints`); undefined without points.
   */
  readonly points: number | undefined;
  /** Months covered by the worked periods that were scored (undefined when points were given). */
  readonly monthsScored: number | undefined;
  /** Scored points, exactly (compare with a band through this, never through `points`). */
  readonly exactPoints: ExactPoints | undefined;
  /** The subject's own discipline decided in the review year, less what a discount rule removed. */
  readonly discipline: readonly Discipline[];
  /** Discipline of members of a leadership collective decided in the review year. */
  readonly memberDiscipline: readonly Discipline[];
  /**
   * The flags the assessment sets, as bits (engine/flag-mask.ts): the unused-flag notes and
   * `flagCauses` test them.
   */
  readonly flagsSet: number;
  /** The profile's reading parameters (RULES.md §6). */
  readonly params: RulesProfile['parameters'];
  /** Whether a row of this rule set is in force for this subject (rows that shape others' reading). */
  readonly on: (ruleId: string) => boolean;
  /** Whether the assumed part of a partly assumed row is on (the profile did not switch it off). */
  readonly assumedOn: (ruleId: string) => boolean;
  /** A graded criterion's label (the rule set's list, then the profile's), for the reasons. */
  readonly criterion: (key: string) => Text;
}

const NONE: readonly Discipline[] = [];

/** Discipline decisions dated in the review year (no new array when there are none). */
export function decidedInYear(list: readonly Discipline[], year: number): readonly Discipline[] {
  if (list.length === 0) return NONE;
  return list.filter((d) => Number(d.decidedOn.slice(0, 4)) === year);
}

export function pointsOf(a: Assessment): number | undefined {
  const p = a.points;
  if (!p) return undefined;
  if (p.total !== undefined) return p.total;
  return (p.general ?? 0) + (p.tasks ?? 0);
}

/** The review date as `YYYY-MM-DD`: the one given, or 31 December of the review year. */
export function reviewDateOf(year: number, reviewDate?: string): string {
  if (reviewDate !== undefined) return reviewDate;
  let d = YEAR_END.get(year);
  if (d === undefined) {
    d = `${year}-12-31`;
    YEAR_END.set(year, d);
  }
  return d;
}

/** 31 December per review year (at most the schema's 101 years), built once each. */
const YEAR_END = new Map<number, string>();

// ---- exact share arithmetic (integers only: `part * 100 >= whole * pct`) -------------------

/** `part ≥ pct% of whole`, exactly. */
export function atLeastShare(part: number, whole: number, pct: number): boolean {
  return part * 100 >= whole * pct;
}

/** `part > pct% of whole`, exactly. */
export function moreThanShare(part: number, whole: number, pct: number): boolean {
  return part * 100 > whole * pct;
}

/** Prefix for clauses about the subject's own facts (none). */
export const OWN = deepFreeze(text('', ''));
/** Prefix for clauses about the unit a leader leads. */
export const LED_UNIT = deepFreeze(text('đơn vị trực tiếp lãnh đạo: ', 'led unit: '));

const NO_TASKS: TaskCounts = { total: 0, completed: 0, onTime: 0, exceeded: 0, lowQuality: 0 };

/** The led unit's task counts; rule sets that read them require them (see `requires`). */
export function unitTasks(a: Assessment): TaskCounts {
  return a.unit?.tasks ?? NO_TASKS;
}

/** The subject's own task counts; rule sets that read them require them (see `requires`). */
export function ownTasks(a: Assessment): TaskCounts {
  return a.tasks ?? NO_TASKS;
}

/** Tasks "not ensured" (NĐ 90): late or of low quality, each task counted once, at most `C`. */
export function notEnsured(t: TaskCounts): number {
  return Math.min(t.completed, t.completed - t.onTime + t.lowQuality);
}

/** Formats a discipline decision for a cause text. */
export function describeDiscipline(d: Discipline, who: Text = text('', '')): Text {
  const forms: Record<Discipline['form'], Text> = {
    reprimand: text('khiển trách', 'reprimand'),
    warning: text('cảnh cáo', 'warning'),
    dismissal: text('cách chức', 'dismissal'),
    expulsion: text('khai trừ / buộc thôi việc', 'expulsion'),
  };
  const f = forms[d.form];
  return text(
    `${who.vi}bị kỷ luật ${f.vi} ngày ${d.decidedOn}`,
    `${who.en}disciplined (${f.en}) on ${d.decidedOn}`,
  );
}
