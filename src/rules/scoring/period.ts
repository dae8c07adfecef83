import type { Lead, ProductLine } from '../../schemas/periods.js';
import type { Arith } from './arith.js';
import type { ResolvedOptions, ShareName } from './options.js';

/** The sums over a period's product lines, each weighted by the line's coefficient `k`. */
export interface LineSums<T> {
  /** Σ k·assigned. */
  readonly assigned: T;
  /** Σ k·done. */
  readonly done: T;
  /** Σ k·max(0, done − 0.25·qualityFailures) (N335-QUAL). */
  readonly quality: T;
  /** Σ k·max(0, done − 0.25·delays) (N335-PROG). */
  readonly progress: T;
}

/** One period scored from its products: the shares, tasks, general and score. */
export interface PeriodParts<T> {
  readonly sums: LineSums<T>;
  readonly shares: Partial<Record<ShareName, T>>;
  readonly tasks: T;
  readonly general: T;
  readonly score: T;
}

/** Σ over the lines of `k · f(line)` (`f` already in the arithmetic). */
function weighted<T>(
  ar: Arith<T>,
  lines: readonly ProductLine[],
  ks: readonly number[],
  f: (line: ProductLine) => T,
): T {
  return lines.reduce((acc, line, j) => ar.add(acc, ar.mul(ar.num(ks[j]!), f(line))), ar.num(0));
}

/** `done` less 25% per counted failure, never below 0; nothing is lost on an objective cause. */
function kept<T>(ar: Arith<T>, line: ProductLine, failures: number): T {
  const done = ar.num(line.done);
  if (line.objectiveCauseConfirmed) return done;
  return ar.max(ar.num(0), ar.sub(done, ar.mul(ar.num(0.25), ar.num(failures))));
}

export function lineSums<T>(
  ar: Arith<T>,
  lines: readonly ProductLine[],
  ks: readonly number[],
): LineSums<T> {
  return {
    assigned: weighted(ar, lines, ks, (l) => ar.num(l.assigned)),
    done: weighted(ar, lines, ks, (l) => ar.num(l.done)),
    quality: weighted(ar, lines, ks, (l) => kept(ar, l, l.qualityFailures)),
    progress: weighted(ar, lines, ks, (l) => kept(ar, l, l.delays)),
  };
}

/**
 * `100 · part / assigned`, capped at 100 (N335-QTY, N335-QUAL, N335-PROG). Nothing assigned
 * (Σ k·assigned = 0) makes the share 100: the period asked for nothing, so nothing is missing —
 * a vacuous reading, shown as such in the reasons.
 */
export function share<T>(ar: Arith<T>, part: T, assigned: T): T {
  const hundred = ar.num(100);
  if (ar.isZero(assigned)) return hundred;
  return ar.min(hundred, ar.div(ar.mul(hundred, part), assigned));
}

/** N335-LEAD: `d`, `đ`, `e` of a leader's period (100 or 50 each). */
export function leadShares<T>(ar: Arith<T>, lead: Lead): { d: T; dd: T; e: T } {
  const staff = lead.managedStaff;
  return {
    d: ar.num(staff.completedOrBetter === staff.total ? 100 : 50),
    dd: ar.num(lead.unitAllOnTime ? 100 : 50),
    e: ar.num(lead.prolongedDisunity ? 50 : 100),
  };
}

/** N335-TASK70: `70 × Σ wᵢ·xᵢ / Σ wᵢ / 100` over the shares that are on. */
export function tasksOf<T>(
  ar: Arith<T>,
  shares: Partial<Record<ShareName, T>>,
  options: ResolvedOptions,
): T {
  let total = ar.num(0);
  let weights = ar.num(0);
  for (const s of options.shares) {
    const w = ar.num(options.weights[s]);
    total = ar.add(total, ar.mul(w, shares[s]!));
    weights = ar.add(weights, w);
  }
  return ar.div(ar.mul(ar.num(70), ar.div(total, weights)), ar.num(100));
}

/** A period scored from its product lines (and `lead` for a leader, when the part is on). */
export function scoreProducts<T>(
  ar: Arith<T>,
  input: {
    readonly lines: readonly ProductLine[];
    readonly ks: readonly number[];
    readonly general: number;
    readonly lead: Lead | undefined;
  },
  options: ResolvedOptions,
): PeriodParts<T> {
  const sums = lineSums(ar, input.lines, input.ks);
  const all: Partial<Record<ShareName, T>> = {
    a: share(ar, sums.done, sums.assigned),
    b: share(ar, sums.quality, sums.assigned),
    c: share(ar, sums.progress, sums.assigned),
    ...(input.lead && options.shares.includes('d') ? leadShares(ar, input.lead) : {}),
  };
  const shares: Partial<Record<ShareName, T>> = {};
  for (const s of options.shares) shares[s] = all[s];
  const tasks = tasksOf(ar, shares, options);
  const general = ar.num(options.parts.general ? input.general : 0);
  return { sums, shares, tasks, general, score: ar.add(general, tasks) };
}
