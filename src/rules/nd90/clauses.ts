import { text } from '../../core/text.js';
import type { TaskCounts } from '../../schemas/parts.js';
import { clause } from '../clauses.js';
import { atLeastShare, LED_UNIT, moreThanShare, notEnsured } from '../context.js';
import type { Clause } from '../types.js';

// Clause builders of NĐ 90 only: "not ensured" (late or of low quality), the led unit's shares and
// the managed units. Integers only (`part * 100 >= whole * pct`).

/** No completed task of low quality. */
export function noLowQuality(t: TaskCounts): Clause {
  return clause(
    t.lowQuality === 0,
    text(
      `chưa bảo đảm chất lượng ${t.lowQuality}/${t.total}`,
      `low quality ${t.lowQuality}/${t.total}`,
    ),
  );
}

/** `late ∪ lowQuality ≤ pct% of T`. */
export function notEnsuredAtMost(t: TaskCounts, pct: number): Clause {
  const n = notEnsured(t);
  const ok = n * 100 <= t.total * pct;
  return clause(
    ok,
    text(
      `chưa bảo đảm tiến độ, chất lượng ${n}/${t.total} ${ok ? '≤' : '>'} ${pct}%`,
      `not ensured (late or low quality) ${n}/${t.total} ${ok ? '≤' : '>'} ${pct}%`,
    ),
  );
}

/** The led unit: `O ≥ pct% of T`. */
export function unitOnTimeAtLeast(t: TaskCounts, pct: number): Clause {
  const ok = atLeastShare(t.onTime, t.total, pct);
  return clause(
    ok,
    text(
      `${LED_UNIT.vi}đúng hạn ${t.onTime}/${t.total} ${ok ? '≥' : '<'} ${pct}%`,
      `${LED_UNIT.en}on time ${t.onTime}/${t.total} ${ok ? '≥' : '<'} ${pct}%`,
    ),
  );
}

/** The led unit: `C > pct% of T`. */
export function unitCompletedMoreThan(t: TaskCounts, pct: number): Clause {
  const ok = moreThanShare(t.completed, t.total, pct);
  return clause(
    ok,
    text(
      `${LED_UNIT.vi}hoàn thành ${t.completed}/${t.total} ${ok ? '>' : '≤'} ${pct}%`,
      `${LED_UNIT.en}completed ${t.completed}/${t.total} ${ok ? '>' : '≤'} ${pct}%`,
    ),
  );
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

/** `completedOrBetter ≥ pct% of total` managed units. */
export function managedCompletedAtLeast(m: ManagedUnits, pct: number): Clause {
  const ok = atLeastShare(m.completedOrBetter, m.total, pct);
  return clause(
    ok,
    text(
      `đơn vị trực thuộc hoàn thành nhiệm vụ trở lên ${m.completedOrBetter}/${m.total} ${ok ? '≥' : '<'} ${pct}%`,
      `managed units completed or better ${m.completedOrBetter}/${m.total} ${ok ? '≥' : '<'} ${pct}%`,
    ),
  );
}

/** `goodOrBetter ≥ pct% of total` managed units. */
export function managedGoodAtLeast(m: ManagedUnits, pct: number): Clause {
  const ok = atLeastShare(m.goodOrBetter, m.total, pct);
  return clause(
    ok,
    text(
      `đơn vị trực thuộc hoàn thành tốt trở lên ${m.goodOrBetter}/${m.total} ${ok ? '≥' : '<'} ${pct}%`,
      `managed units good or better ${m.goodOrBetter}/${m.total} ${ok ? '≥' : '<'} ${pct}%`,
    ),
  );
}

/** The general criteria met (`flags.generalCriteriaMet`). */
export function generalCriteria(met: boolean): Clause {
  return clause(
    met,
    met
      ? text('đạt các tiêu chí chung', 'general criteria met')
      : text('chưa xác nhận đạt các tiêu chí chung', 'general criteria not confirmed'),
  );
}
