import { deepFreeze } from '../../core/freeze.js';
import { text } from '../../core/text.js';
import type { TaskCounts } from '../../schemas/parts.js';
import { clause, clauseOf } from '../clauses.js';
import { atLeastShare, LED_UNIT, moreThanShare, notEnsured, OWN } from '../context.js';
import type { Clause, ClauseFormat } from '../types.js';

// Clause builders of NĐ 90 only: "not ensured" (late or of low quality), the led unit's shares and
// the managed units. Integers only (`part * 100 >= whole * pct`). Each keeps its numbers and is
// worded only when reported (issue 9), like the shared builders in ../clauses.ts.

const NO_LOW_QUALITY: ClauseFormat = ({ n0: low, n1: total }) =>
  text(`chưa bảo đảm chất lượng ${low}/${total}`, `low quality ${low}/${total}`);

/** No completed task of low quality. */
export function noLowQuality(t: TaskCounts): Clause {
  return clauseOf(t.lowQuality === 0, NO_LOW_QUALITY, OWN, t.lowQuality, t.total);
}

const NOT_ENSURED: ClauseFormat = ({ ok, n0: n, n1: total, n2: pct }) => {
  const m = `${n}/${total} ${ok ? '≤' : '>'} ${pct}%`;
  return text(`chưa bảo đảm tiến độ, chất lượng ${m}`, `not ensured (late or low quality) ${m}`);
};

/** `late ∪ lowQuality ≤ pct% of T`. */
export function notEnsuredAtMost(t: TaskCounts, pct: number): Clause {
  const n = notEnsured(t);
  return clauseOf(n * 100 <= t.total * pct, NOT_ENSURED, OWN, n, t.total, pct);
}

const UNIT_ON_TIME: ClauseFormat = ({ ok, n0: onTime, n1: total, n2: pct, whose: w }) => {
  const m = `${onTime}/${total} ${ok ? '≥' : '<'} ${pct}%`;
  return text(`${w.vi}đúng hạn ${m}`, `${w.en}on time ${m}`);
};

/** The led unit: `O ≥ pct% of T`. */
export function unitOnTimeAtLeast(t: TaskCounts, pct: number): Clause {
  const ok = atLeastShare(t.onTime, t.total, pct);
  return clauseOf(ok, UNIT_ON_TIME, LED_UNIT, t.onTime, t.total, pct);
}

const UNIT_COMPLETED: ClauseFormat = ({ ok, n0: completed, n1: total, n2: pct, whose: w }) => {
  const m = `${completed}/${total} ${ok ? '>' : '≤'} ${pct}%`;
  return text(`${w.vi}hoàn thành ${m}`, `${w.en}completed ${m}`);
};

/** The led unit: `C > pct% of T`. */
export function unitCompletedMoreThan(t: TaskCounts, pct: number): Clause {
  const ok = moreThanShare(t.completed, t.total, pct);
  return clauseOf(ok, UNIT_COMPLETED, LED_UNIT, t.completed, t.total, pct);
}

export interface ManagedUnits {
  readonly total: number;
  readonly completedOrBetter: number;
  readonly goodOrBetter: number;
}

const NONE: ManagedUnits = { total: 0, completedOrBetter: 0, goodOrBetter: 0 };

/** The units a manager directly manages (none given: no condition on them holds vacuously). */
export function managedOf(m: ManagedUnits | undefined): ManagedUnits {
  return m ?? NONE;
}

const MANAGED_COMPLETED: ClauseFormat = ({ ok, n0: done, n1: total, n2: pct }) => {
  const m = `${done}/${total} ${ok ? '≥' : '<'} ${pct}%`;
  return text(
    `đơn vị trực thuộc hoàn thành nhiệm vụ trở lên ${m}`,
    `managed units completed or better ${m}`,
  );
};

/** `completedOrBetter ≥ pct% of total` managed units. */
export function managedCompletedAtLeast(m: ManagedUnits, pct: number): Clause {
  const ok = atLeastShare(m.completedOrBetter, m.total, pct);
  return clauseOf(ok, MANAGED_COMPLETED, OWN, m.completedOrBetter, m.total, pct);
}

const MANAGED_GOOD: ClauseFormat = ({ ok, n0: good, n1: total, n2: pct }) => {
  const m = `${good}/${total} ${ok ? '≥' : '<'} ${pct}%`;
  return text(`đơn vị trực thuộc hoàn thành tốt trở lên ${m}`, `managed units good or better ${m}`);
};

/** `goodOrBetter ≥ pct% of total` managed units. */
export function managedGoodAtLeast(m: ManagedUnits, pct: number): Clause {
  const ok = atLeastShare(m.goodOrBetter, m.total, pct);
  return clauseOf(ok, MANAGED_GOOD, OWN, m.goodOrBetter, m.total, pct);
}

const GENERAL_MET = deepFreeze(text('đạt các tiêu chí chung', 'general criteria met'));
const GENERAL_NOT_CONFIRMED = deepFreeze(
  text('chưa xác nhận đạt các tiêu chí chung', 'general criteria not confirmed'),
);

/** The general criteria met (`flags.generalCriteriaMet`). */
export function generalCriteria(met: boolean): Clause {
  return clause(met, met ? GENERAL_MET : GENERAL_NOT_CONFIRMED);
}
