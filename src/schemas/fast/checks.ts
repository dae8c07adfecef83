import type { z } from 'zod';

// The checks of a zod schema (`.min`, `.int`, `.superRefine`, …) as the fast parser runs them.
// The common numeric and length checks are read from their definitions and tested inline; every
// other check is run as zod's own check function on a fresh payload. Either way a check can only
// confirm a value: one that fails (or is asynchronous) makes the parser doubt, and zod decides.

/** A check that holds (true) or casts doubt (false) on a parsed value. */
export type Holds = (value: unknown) => boolean;

interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly when?: (payload: unknown) => boolean;
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

/** All checks of a schema as one test (none: undefined, so the parser skips the call). */
export function compileChecks(checks: readonly Check[] | undefined): Holds | undefined {
  if (!checks || checks.length === 0) return undefined;
  const tests = checks.map((c) => inline(c._zod.def as CheckDef) ?? byZod(c));
  if (tests.length === 1) return tests[0];
  return (value) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(value)) return false;
    return true;
  };
}
