import { deepFreeze } from '../core/freeze.js';
import { type Text, text } from '../core/text.js';
import type { TaskCounts } from '../schemas/parts.js';
import { atLeastShare, OWN } from './context.js';
import type { Clause, ClauseFormat, ExactPoints } from './types.js';

// Clause builders: each checks one fact with integers and keeps the numbers; the words are put
// together by a static formatter only when the clause is reported (`clauseText`). Formatting
// every clause of every row eagerly cost more than the rules themselves (bench/README.md).

const ge = (ok: boolean) => (ok ? '≥' : '<');
const le = (ok: boolean) => (ok ? '≤' : '>');

/** The words of a clause. */
export function clauseText(c: Clause): Text {
  return c.format(c);
}

/**
 * A clause worded by `format` from its outcome, up to three numbers and `whose`. Every clause is
 * made here, so all of them share one shape (one hidden class for V8).
 */
export function clauseOf(
  ok: boolean,
  format: ClauseFormat,
  whose: Text,
  n0: number,
  n1 = 0,
  n2 = 0,
): Clause {
  return { ok, format, n0, n1, n2, whose };
}

const FIXED: ClauseFormat = (c) => c.whose;

/** A clause whose words are already known (rarely reported rows, or words that are not numbers). */
export function clause(ok: boolean, t: Text): Clause {
  return clauseOf(ok, FIXED, t, 0);
}

/**
 * A number as JSON and template literals write it (`String(n)`). Points are mostly fractions
 * (73.5), whose conversion costs more than the rest of a clause; the few distinct values of a
 * run are remembered (at most NUMBER_CACHE of them; the text is the same either way).
 */
function numberText(n: number): string {
  if (Number.isInteger(n)) return `${n}`;
  let s = NUMBER_TEXT.get(n);
  if (s === undefined) {
    if (NUMBER_TEXT.size >= NUMBER_CACHE) NUMBER_TEXT.clear();
    s = `${n}`;
    NUMBER_TEXT.set(n, s);
  }
  return s;
}
const NUMBER_CACHE = 4096;
const NUMBER_TEXT = new Map<number, string>();

const POINTS: ClauseFormat = ({ ok, n0: p, n1: min }) => {
  const shown = numberText(p!);
  const bound = `${ge(ok)} ${min}`;
  return text(`${shown} điểm ${bound}`, `${shown} points ${bound}`);
};

/**
 * `points ≥ min`; with exact points (NĐ 335) the comparison is exact, and a shown value that the
 * rounding would lift to `min` is shown rounded down instead (89.996… is "89.99 < 90").
 */
export function pointsAtLeast(
  points: number | undefined,
  min: number,
  exact?: ExactPoints,
): Clause {
  const p = points ?? 0;
  const ok = exact ? exact.atLeast(min) : p >= min;
  const shown = exact && !ok && p >= min ? exact.floor : p;
  return clauseOf(ok, POINTS, OWN, shown, min);
}

// Each format writes its numbers once and puts the same string into both languages.

const COMPLETED: ClauseFormat = ({ n0: c, n1: t, whose: w }) => {
  const n = `${c}/${t}`;
  return text(`${w.vi}hoàn thành ${n} nhiệm vụ`, `${w.en}completed ${n} tasks`);
};

/** Every task completed (`C = T`). */
export function allCompleted(t: TaskCounts, whose: Text = OWN): Clause {
  return clauseOf(t.completed === t.total, COMPLETED, whose, t.completed, t.total);
}

const ON_TIME: ClauseFormat = ({ n0: o, n1: t, whose: w }) => {
  const n = `${o}/${t}`;
  return text(`${w.vi}đúng hạn ${n}`, `${w.en}on time ${n}`);
};

/** Every task completed on time (`O = T`). */
export function allOnTime(t: TaskCounts, whose: Text = OWN): Clause {
  return clauseOf(t.onTime === t.total, ON_TIME, whose, t.onTime, t.total);
}

const EXCEEDED: ClauseFormat = ({ ok, n0: e, n1: t, n2: pct, whose: w }) => {
  const n = `${e}/${t} ${ge(ok)} ${pct}%`;
  return text(`${w.vi}vượt mức ${n}`, `${w.en}exceeded ${n}`);
};

/** `E ≥ pct% of T`. */
export function exceededAtLeast(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const ok = atLeastShare(t.exceeded, t.total, pct);
  return clauseOf(ok, EXCEEDED, whose, t.exceeded, t.total, pct);
}

const LATE: ClauseFormat = ({ ok, n0: late, n1: t, n2: pct, whose: w }) => {
  const n = `${late}/${t} ${le(ok)} ${pct}%`;
  return text(`${w.vi}chậm tiến độ ${n}`, `${w.en}late ${n}`);
};

/** `late ≤ pct% of T`, late = C − O. */
export function lateAtMost(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const late = t.completed - t.onTime;
  return clauseOf(late * 100 <= t.total * pct, LATE, whose, late, t.total, pct);
}

const COMPLETED_SHARE: ClauseFormat = ({ ok, n0: c, n1: t, n2: pct, whose: w }) => {
  const n = `${c}/${t} ${ge(ok)} ${pct}%`;
  return text(`${w.vi}hoàn thành ${n}`, `${w.en}completed ${n}`);
};

/** `C ≥ pct% of T`. */
export function completedAtLeast(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const ok = atLeastShare(t.completed, t.total, pct);
  return clauseOf(ok, COMPLETED_SHARE, whose, t.completed, t.total, pct);
}

const REMEDIED: ClauseFormat = ({ n0: r, n1: t }) => {
  const n = `${r}/${t}`;
  return text(`khắc phục ${n} hạn chế`, `remedied ${n} shortcomings`);
};

/** Every shortcoming named at the previous review remedied. */
export function allRemedied(s: { total: number; remedied: number }): Clause {
  return clauseOf(s.remedied === s.total, REMEDIED, OWN, s.remedied, s.total);
}

const NONE_DISCIPLINED: ClauseFormat = ({ n0: n, whose: who }) =>
  text(`${n} ${who.vi} bị kỷ luật`, `${n} ${who.en} disciplined`);

/** Nobody of `who` (subordinate units, members) disciplined: `count = 0`. */
export function noneDisciplined(count: number, who: Text): Clause {
  return clauseOf(count === 0, NONE_DISCIPLINED, who, count);
}

export const SUBORDINATE_UNITS = text('đơn vị trực thuộc', 'subordinate unit(s)');
export const SUBORDINATE_ORGANISATIONS = deepFreeze(
  text('tổ chức trực thuộc', 'subordinate organisation(s)'),
);
export const MEMBERS = deepFreeze(text('thành viên', 'member(s)'));
export const MEMBERS_NOT_REMEDIED = deepFreeze(
  text(
    'thành viên (không kể tự phát hiện, khắc phục)',
    'member(s) (not counting self-detected and remedied)',
  ),
);
