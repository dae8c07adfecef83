import { DateTime } from 'luxon';
import { type Text, text } from '../core/text.js';
import { ZONE } from '../core/zone.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Discipline, TaskCounts } from '../schemas/parts.js';
import type { Clause } from './types.js';

/** What every rule may read besides the assessment; built once per classification by the engine. */
export interface RuleContext {
  readonly year: number;
  /** The review date (default 31 December of the review year), start of day in Asia/Ho_Chi_Minh. */
  readonly reviewDate: DateTime;
  /** `general + tasks`, or the given total; undefined when the assessment has no points. */
  readonly points: number | undefined;
  /** The subject's own discipline decided in the review year, less what a discount rule removed. */
  readonly discipline: readonly Discipline[];
  /** Discipline of members of a leadership collective decided in the review year. */
  readonly memberDiscipline: readonly Discipline[];
}

/** Discipline decisions dated in the review year. */
export function decidedInYear(list: readonly Discipline[], year: number): Discipline[] {
  return list.filter((d) => Number(d.decidedOn.slice(0, 4)) === year);
}

export function pointsOf(a: Assessment): number | undefined {
  const p = a.points;
  if (!p) return undefined;
  if (p.total !== undefined) return p.total;
  return (p.general ?? 0) + (p.tasks ?? 0);
}

export function reviewDateOf(year: number, reviewDate?: string): DateTime {
  return reviewDate
    ? DateTime.fromISO(reviewDate, { zone: ZONE }).startOf('day')
    : DateTime.fromObject({ year, month: 12, day: 31 }, { zone: ZONE });
}

// ---- exact share arithmetic (integers only: `part * 100 >= whole * pct`) -------------------

/** `part ≥ pct% of whole`, exactly. */
export function atLeastShare(part: number, whole: number, pct: number): boolean {
  return part * 100 >= whole * pct;
}

/** `part > pct% of whole`, exactly. */
export function moreThanShare(part: number, whole: number, pct: number): boolean {
  return part * 100 > whole * pct;
}

// ---- clause builders: a checked fact and how to say it -----------------------------------

export function clause(ok: boolean, t: Text): Clause {
  return { ok, text: t };
}

/** `points ≥ min`. */
export function pointsAtLeast(points: number | undefined, min: number): Clause {
  const p = points ?? 0;
  return clause(
    p >= min,
    text(`${p} điểm ${p >= min ? '≥' : '<'} ${min}`, `${p} points ${p >= min ? '≥' : '<'} ${min}`),
  );
}

/** Every task completed (`C = T`). */
export function allCompleted(t: TaskCounts, whose: Text = OWN): Clause {
  const ok = t.completed === t.total;
  return clause(
    ok,
    text(
      `${whose.vi}hoàn thành ${t.completed}/${t.total} nhiệm vụ`,
      `${whose.en}completed ${t.completed}/${t.total} tasks`,
    ),
  );
}

/** Every task completed on time (`O = T`). */
export function allOnTime(t: TaskCounts, whose: Text = OWN): Clause {
  const ok = t.onTime === t.total;
  return clause(
    ok,
    text(`${whose.vi}đúng hạn ${t.onTime}/${t.total}`, `${whose.en}on time ${t.onTime}/${t.total}`),
  );
}

/** `E ≥ pct% of T`. */
export function exceededAtLeast(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const ok = atLeastShare(t.exceeded, t.total, pct);
  return clause(
    ok,
    text(
      `${whose.vi}vượt mức ${t.exceeded}/${t.total} ${ok ? '≥' : '<'} ${pct}%`,
      `${whose.en}exceeded ${t.exceeded}/${t.total} ${ok ? '≥' : '<'} ${pct}%`,
    ),
  );
}

/** `late ≤ pct% of T`, late = C − O. */
export function lateAtMost(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const late = t.completed - t.onTime;
  const ok = late * 100 <= t.total * pct;
  return clause(
    ok,
    text(
      `${whose.vi}chậm tiến độ ${late}/${t.total} ${ok ? '≤' : '>'} ${pct}%`,
      `${whose.en}late ${late}/${t.total} ${ok ? '≤' : '>'} ${pct}%`,
    ),
  );
}

const OWN = text('', '');
/** Prefix for clauses about the unit a leader leads. */
export const LED_UNIT = text('đơn vị trực tiếp lãnh đạo: ', 'led unit: ');

/** The led unit's task counts; rule sets that read them require them (see `requires`). */
export function unitTasks(a: Assessment): TaskCounts {
  return a.unit?.tasks ?? { total: 0, completed: 0, onTime: 0, exceeded: 0 };
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
