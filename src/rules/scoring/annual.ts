import type { InputIssue } from '../../core/errors.js';
import type { Text } from '../../core/text.js';
import { text } from '../../core/text.js';
import {
  type Absence,
  type Lead,
  type Period,
  type ProductLine,
  periodSpan,
} from '../../schemas/periods.js';
import { type Arith, EXACT, FLOAT } from './arith.js';
import { coefficientsOf } from './coefficients.js';
import { scoringLines } from './lines.js';
import {
  type ResolvedOptions,
  resolveOptions,
  type ScoringOptions,
  type ShareName,
} from './options.js';
import { type LineSums, scoreProducts } from './period.js';
import { type Rational, roundTo2 } from './rational.js';

/** One worked period's breakdown, exact (or the float result read exactly, `exact: false`). */
export interface PeriodScore {
  /** Index into the periods given. */
  readonly index: number;
  readonly period: string;
  /** Months covered: 1 (month) or 3 (quarter). */
  readonly months: number;
  /** `products`: scored here; `points`: given by the previous unit (N335-INPUT). */
  readonly source: 'products' | 'points';
  readonly previousUnit: boolean;
  readonly a?: Rational;
  readonly b?: Rational;
  readonly c?: Rational;
  readonly d?: Rational;
  /** The share `đ`. */
  readonly dd?: Rational;
  readonly e?: Rational;
  readonly tasks?: Rational;
  readonly general?: Rational;
  readonly score: Rational;
  readonly sums?: LineSums<Rational>;
  /** The product lines with the coefficient `k` each was scored with (inline or catalogue). */
  readonly products?: ReadonlyArray<ProductLine & { readonly k: number }>;
  readonly lead?: Lead;
}

/** A period left out as a lawful absence (N335-LEAVE). */
export interface SkippedPeriod {
  readonly index: number;
  readonly period: string;
  readonly absent: Absence;
}

export interface ScoringLines {
  readonly qty: Text[];
  readonly qual: Text[];
  readonly prog: Text[];
  readonly lead: Text[];
  readonly task70: Text[];
  readonly general: Text[];
  readonly annual: Text;
}

export type ScoringResult =
  | {
      readonly ok: true;
      /** The year's points, exact. */
      readonly points: Rational;
      /** `points` rounded to 2 decimals (half up), for display only. */
      readonly display: number;
      /** Months covered by the worked periods (N335-UNDER6 compares it with 6). */
      readonly months: number;
      readonly perPeriod: PeriodScore[];
      readonly skipped: SkippedPeriod[];
      readonly lines: ScoringLines;
    }
  | { readonly ok: false; readonly issues: InputIssue[] };

type Worked = { index: number; p: Period; ks: number[] };

/** Which periods are scored, and the issues that stop scoring (paths `['periods', i, …]`). */
function select(periods: readonly Period[], o: ResolvedOptions) {
  const worked: Worked[] = [];
  const skipped: SkippedPeriod[] = [];
  const issues: InputIssue[] = [];
  const issue = (path: Array<string | number>, code: string, vi: string, en: string) =>
    issues.push({ path, code, message: text(vi, en) });
  periods.forEach((p, index) => {
    const at = ['periods', index];
    if (!o.leader && p.lead !== undefined)
      issue(
        [...at, 'lead'],
        'lead_not_leader',
        'Chỉ người lãnh đạo, quản lý mới ghi "lead".',
        'Only a leader\'s period gives "lead".',
      );
    if (p.absent !== undefined && o.skipAbsent) {
      skipped.push({ index, period: p.period, absent: p.absent });
      return;
    }
    if (p.points !== undefined) {
      worked.push({ index, p, ks: [] });
      return;
    }
    for (const key of ['products', 'general'] as const)
      if (p[key] === undefined)
        issue(
          [...at, key],
          'required',
          `Kỳ được tính điểm cần "${key}".`,
          `A scored period needs "${key}".`,
        );
    if (o.leader && o.parts.lead && p.lead === undefined)
      issue(
        [...at, 'lead'],
        'lead_required',
        'Kỳ làm việc của người lãnh đạo, quản lý cần "lead" (d, đ, e).',
        'A leader\'s worked period needs "lead" (d, đ, e).',
      );
    const { ks, issues: found } = coefficientsOf(p, o.lookup, at);
    issues.push(...found);
    worked.push({ index, p, ks });
  });
  if (issues.length === 0 && worked.length === 0)
    issue(
      ['periods'],
      'no_worked_periods',
      'Không có kỳ làm việc nào để tính điểm.',
      'No worked period to score.',
    );
  return { worked, skipped, issues };
}

const SHARES: readonly ShareName[] = ['a', 'b', 'c', 'd', 'dd', 'e'];

/** The whole computation in one arithmetic; results leave as rationals. */
function compute<T>(ar: Arith<T>, worked: readonly Worked[], o: ResolvedOptions) {
  const R = (x: T) => ar.toRational(x);
  let total = ar.num(0);
  let weights = ar.num(0);
  const perPeriod = worked.map(({ index, p, ks }): PeriodScore => {
    const months = periodSpan(p.period)?.months.length ?? 1;
    const base = { index, period: p.period, months, previousUnit: p.previousUnit };
    let score: T;
    let out: PeriodScore;
    if (p.points !== undefined) {
      score = ar.num(p.points);
      out = { ...base, source: 'points', score: R(score) };
    } else {
      const lines = p.products ?? [];
      const parts = scoreProducts(ar, { lines, ks, general: p.general ?? 0, lead: p.lead }, o);
      score = parts.score;
      const shares: Partial<Record<ShareName, Rational>> = {};
      for (const s of SHARES) if (parts.shares[s] !== undefined) shares[s] = R(parts.shares[s]);
      const s = parts.sums;
      out = {
        ...base,
        source: 'products',
        ...shares,
        tasks: R(parts.tasks),
        general: R(parts.general),
        score: R(score),
        sums: {
          assigned: R(s.assigned),
          done: R(s.done),
          quality: R(s.quality),
          progress: R(s.progress),
        },
        products: lines.map((line, j) => ({ ...line, k: ks[j]! })),
        ...(p.lead ? { lead: p.lead } : {}),
      };
    }
    const w = ar.num(o.mean === 'months' ? months : 1);
    total = ar.add(total, ar.mul(w, score));
    weights = ar.add(weights, w);
    return out;
  });
  return { perPeriod, points: R(ar.div(total, weights)) };
}

/**
 * Scores parsed periods (`PeriodsSchema`; run `checkPeriods` for the year first): N335-QTY, QUAL,
 * PROG, LEAD, TASK70, GEN, ANNUAL, LEAVE, EXACT. Pure: no I/O, no clock.
 */
export function scorePeriods(
  periods: readonly Period[],
  options: ScoringOptions = {},
): ScoringResult {
  const resolved = resolveOptions(options);
  if (!resolved.ok) return resolved;
  const o = resolved.options;
  const { worked, skipped, issues } = select(periods, o);
  if (issues.length > 0) return { ok: false, issues };
  const { perPeriod, points } = o.exact ? compute(EXACT, worked, o) : compute(FLOAT, worked, o);
  const months = perPeriod.reduce((m, p) => m + p.months, 0);
  return {
    ok: true,
    points,
    display: roundTo2(points),
    months,
    perPeriod,
    skipped,
    lines: scoringLines(perPeriod, skipped, points, o),
  };
}
