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
  return c.format(c.ok, c.values, c.whose);
}

const FIXED: ClauseFormat = (_ok, _values, whose) => whose;

/** A clause whose words are already known (rarely reported rows, or words that are not numbers). */
export function clause(ok: boolean, t: Text): Clause {
  return { ok, format: FIXED, values: [], whose: t };
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

const POINTS: ClauseFormat = (ok, [p, min]) => {
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
  return { ok, format: POINTS, values: [shown, min], whose: OWN };
}

// Each format writes its numbers once and puts the same string into both languages.

const COMPLETED: ClauseFormat = (_ok, [c, t], w) => {
  const n = `${c}/${t}`;
  return text(`${w.vi}hoàn thành ${n} nhiệm vụ`, `${w.en}completed ${n} tasks`);
};

/** Every task completed (`C = T`). */
export function allCompleted(t: TaskCounts, whose: Text = OWN): Clause {
  return { ok: t.completed === t.total, format: COMPLETED, values: [t.completed, t.total], whose };
}

const ON_TIME: ClauseFormat = (_ok, [o, t], w) => {
  const n = `${o}/${t}`;
  return text(`${w.vi}đúng hạn ${n}`, `${w.en}on time ${n}`);
};

/** Every task completed on time (`O = T`). */
export function allOnTime(t: TaskCounts, whose: Text = OWN): Clause {
  return { ok: t.onTime === t.total, format: ON_TIME, values: [t.onTime, t.total], whose };
}

const EXCEEDED: ClauseFormat = (ok, [e, t, pct], w) => {
  const n = `${e}/${t} ${ge(ok)} ${pct}%`;
  return text(`${w.vi}vượt mức ${n}`, `${w.en}exceeded ${n}`);
};

/** `E ≥ pct% of T`. */
export function exceededAtLeast(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const ok = atLeastShare(t.exceeded, t.total, pct);
  return { ok, format: EXCEEDED, values: [t.exceeded, t.total, pct], whose };
}

const LATE: ClauseFormat = (ok, [late, t, pct], w) => {
  const n = `${late}/${t} ${le(ok)} ${pct}%`;
  return text(`${w.vi}chậm tiến độ ${n}`, `${w.en}late ${n}`);
};

/** `late ≤ pct% of T`, late = C − O. */
export function lateAtMost(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const late = t.completed - t.onTime;
  return { ok: late * 100 <= t.total * pct, format: LATE, values: [late, t.total, pct], whose };
}

const COMPLETED_SHARE: ClauseFormat = (ok, [c, t, pct], w) => {
  const n = `${c}/${t} ${ge(ok)} ${pct}%`;
  return text(`${w.vi}hoàn thành ${n}`, `${w.en}completed ${n}`);
};

/** `C ≥ pct% of T`. */
export function completedAtLeast(t: TaskCounts, pct: number, whose: Text = OWN): Clause {
  const ok = atLeastShare(t.completed, t.total, pct);
  return { ok, format: COMPLETED_SHARE, values: [t.completed, t.total, pct], whose };
}

const REMEDIED: ClauseFormat = (_ok, [r, t]) => {
  const n = `${r}/${t}`;
  return text(`khắc phục ${n} hạn chế`, `remedied ${n} shortcomings`);
};

/** Every shortcoming named at the previous review remedied. */
export function allRemedied(s: { total: number; remedied: number }): Clause {
  return {
    ok: s.remedied === s.total,
    format: REMEDIED,
    values: [s.remedied, s.total],
    whose: OWN,
  };
}

const NONE_DISCIPLINED: ClauseFormat = (_ok, [n], who) =>
  text(`${n} ${who.vi} bị kỷ luật`, `${n} ${who.en} disciplined`);

/** Nobody of `who` (subordinate units, members) disciplined: `count = 0`. */
export function noneDisciplined(count: number, who: Text): Clause {
  return { ok: count === 0, format: NONE_DISCIPLINED, values: [count], whose: who };
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
