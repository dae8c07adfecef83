import type { z } from 'zod';

// The checks of a zod schema (`.min`, `.int`, `.superRefine`, …) as the fast parser runs them.
// The common numeric and length checks are read from their definitions and tested inline; every
// other check is run as zod's own check function on a fresh payload. Either way a check can only
// confirm a value: one that fails (or is asynchronous) makes the parser doubt, and zod decides.

/** A check that holds (true) or casts doubt (false) on a parsed value. */
export type Holds = (value: unknown) => boolean;

/** What a check that fails gives instead of the value. */
export const FAILS: unique symbol = Symbol('fails');

/**
 * The checks of a schema in their order, as one function of the parsed value: the value they
 * leave (an `overwrite` check — `.trim()`, `.toLowerCase()` — replaces it, as in zod), or FAILS.
 */
export type Checked = (value: unknown) => unknown;

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly when?: (payload: unknown) => boolean;
  readonly tx?: (value: unknown) => unknown;
}

type Check = z.core.$ZodCheck;

const lengthOf = (v: unknown): number => (v as { length: number }).length;

/** A check zod defines by its numbers, tested without a payload; undefined for any other. */
function inline(def: CheckDef): Holds | undefined {
  if (def.when) return undefined;
  const { minimum, maximum, value, inclusive } = def;
  switch (def.check) {
    case 'min_length':
      return minimum === undefined ? undefined : (v) => lengthOf(v) >= minimum;
    case 'max_length':
      return maximum === undefined ? undefined : (v) => lengthOf(v) <= maximum;
    case 'greater_than':
      if (typeof value !== 'number') return undefined;
      return inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value;
    case 'less_than':
      if (typeof value !== 'number') return undefined;
      return inclusive ? (v) => (v as number) <= value : (v) => (v as number) < value;
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
    default:
      return undefined;
  }
}

/** Runs zod's own check on `{ value, issues: [] }`, as `runChecks` does: holds when it adds no issue. */
function byZod(check: Check): Holds {
  const run = check._zod.check;
  const when = (check._zod.def as CheckDef).when;
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    if (when && !when(payload)) return true;
    const result = run(payload as never) as unknown;
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

/** zod's `overwrite` check (what `.trim()` is): the value becomes `tx(value)`. */
function overwriteOf(check: Check): ((value: unknown) => unknown) | undefined {
  const def = check._zod.def as CheckDef;
  return def.check === 'overwrite' && typeof def.tx === 'function' && !def.when
    ? def.tx
    : undefined;
}

/**
 * All checks of a schema as one function (none: undefined, so the parser skips the call). Tests
 * run on the value as the overwrites before them left it, as zod runs them.
 */
export function compileChecks(checks: readonly Check[] | undefined): Checked | undefined {
  if (!checks || checks.length === 0) return undefined;
  const steps = checks.map((c) => {
    const tx = overwriteOf(c);
    if (tx) return { tx, test: undefined };
    return { tx: undefined, test: inline(c._zod.def as CheckDef) ?? byZod(c) };
  });
  if (steps.length === 1 && steps[0]!.test) {
    const test = steps[0]!.test;
    return (value) => (test(value) ? value : FAILS);
  }
  return (value) => {
    let v = value;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.tx) v = step.tx(v);
      else if (!step.test!(v)) return FAILS;
    }
    return v;
  };
}
