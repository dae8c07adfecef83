import type { InputIssue } from '../../core/errors.js';
import { text } from '../../core/text.js';
import type { ProductLookup } from './coefficients.js';

/** The parts of a period's score; a part that is off is left out (see {@link ScoringOptions}). */
export interface ScoringParts {
  /** N335-QTY: the quantity share `a`. */
  readonly qty: boolean;
  /** N335-QUAL: the quality share `b`. */
  readonly qual: boolean;
  /** N335-PROG: the progress (timeliness) share `c`. */
  readonly prog: boolean;
  /** N335-LEAD: the leaders' shares `d`, `đ`, `e` (only for a leader). */
  readonly lead: boolean;
  /** N335-GEN: the general criteria (0–30), added to the tasks points. */
  readonly general: boolean;
}

/** N335-TASK70: the weights of the shares in the tasks mean (default all 1). */
export interface ScoringWeights {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  /** The share `đ`. */
  readonly dd: number;
  readonly e: number;
}
export type ShareName = keyof ScoringWeights;

export interface ScoringOptions {
  /** N335-LEAD: the subject is a leader (each worked period then needs `lead`). */
  readonly leader?: boolean;
  /** N335-INPUT: where a line's `product` id finds its coefficient (see `catalogueLookup`). */
  readonly lookup?: ProductLookup;
  /** N335-QTY/QUAL/PROG/LEAD/GEN: switch a part off (default: all on). */
  readonly parts?: Partial<ScoringParts>;
  /** N335-TASK70: weights of a, b, c (d, đ, e) in the mean (default all 1). */
  readonly weights?: Partial<ScoringWeights>;
  /** N335-ANNUAL: year mean weighted by the months a period covers (default) or plain. */
  readonly mean?: 'months' | 'plain';
  /** N335-LEAVE: skip the periods with `absent` set (default true). */
  readonly skipAbsent?: boolean;
  /** N335-EXACT: exact rational arithmetic (default true); false runs the same in JS floats. */
  readonly exact?: boolean;
}

export interface ResolvedOptions {
  readonly leader: boolean;
  readonly lookup: ProductLookup | undefined;
  readonly parts: ScoringParts;
  readonly weights: ScoringWeights;
  readonly mean: 'months' | 'plain';
  readonly skipAbsent: boolean;
  readonly exact: boolean;
  /** The shares that enter the tasks mean, in order. */
  readonly shares: readonly ShareName[];
}

const SHARE_PART: Record<ShareName, keyof ScoringParts> = {
  a: 'qty',
  b: 'qual',
  c: 'prog',
  d: 'lead',
  dd: 'lead',
  e: 'lead',
};

/** Defaults filled in, and the weights checked (paths `['options', 'weights', …]`). */
export function resolveOptions(
  options: ScoringOptions,
): { ok: true; options: ResolvedOptions } | { ok: false; issues: InputIssue[] } {
  const parts: ScoringParts = {
    qty: true,
    qual: true,
    prog: true,
    lead: true,
    general: true,
    ...options.parts,
  };
  const weights: ScoringWeights = { a: 1, b: 1, c: 1, d: 1, dd: 1, e: 1, ...options.weights };
  const leader = options.leader ?? false;
  const shares = (Object.keys(SHARE_PART) as ShareName[]).filter(
    (s) => parts[SHARE_PART[s]] && (leader || SHARE_PART[s] !== 'lead'),
  );
  const issues: InputIssue[] = [];
  for (const s of Object.keys(weights) as ShareName[]) {
    const w = weights[s];
    if (!Number.isFinite(w) || w < 0)
      issues.push({
        path: ['options', 'weights', s],
        code: 'invalid_weight',
        message: text(
          `Trọng số phải là số không âm: ${s} = ${w}.`,
          `A weight is a non-negative number: ${s} = ${w}.`,
        ),
      });
  }
  if (issues.length === 0 && !shares.some((s) => weights[s] > 0))
    issues.push({
      path: ['options', 'parts'],
      code: 'no_task_parts',
      message: text(
        'Không còn thành phần nào (có trọng số dương) để tính điểm nhiệm vụ.',
        'No part with a positive weight is left to compute the tasks points from.',
      ),
    });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    options: {
      leader,
      lookup: options.lookup,
      parts,
      weights,
      mean: options.mean ?? 'months',
      skipAbsent: options.skipAbsent ?? true,
      exact: options.exact ?? true,
      shares,
    },
  };
}
