import fc from 'fast-check';
import { expect } from 'vitest';

/** JSON values and the few non-JSON ones a host may pass, to put where a valid value was. */
export const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, 1.5, 2025, '', '2025-02-30'),
);

/** A path into a value and a replacement: a random spot of a valid value, damaged. */
export function damage(
  input: unknown,
  picks: readonly number[],
  value: unknown,
  drop: boolean,
): unknown {
  const root = structuredClone(input) as Record<string, unknown>;
  let node: unknown = root;
  for (let depth = 0; depth < picks.length; depth++) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    const obj = node as Record<string, unknown>;
    const pick = picks[depth]!;
    const key = keys.length === 0 || pick % 5 === 0 ? `extra${pick}` : keys[pick % keys.length]!;
    const last = depth === picks.length - 1 || typeof obj[key] !== 'object' || obj[key] === null;
    if (last) {
      if (drop) delete obj[key];
      else obj[key] = value;
      break;
    }
    node = obj[key];
  }
  return root;
}

/**
 * Whether a fast parser agrees with its zod schema on one input: when it confirms, zod accepts
 * with the same output (and key order); when it doubts, zod decides (nothing to compare).
 */
export function agreement(
  fast: (input: unknown) => unknown,
  schema: { safeParse(input: unknown): { success: boolean; data?: unknown } },
  doubt: symbol,
  what = 'an input',
): (input: unknown) => 'confirmed' | 'doubted' {
  return (input) => {
    const out = fast(input);
    if (out === doubt) return 'doubted';
    const zod = schema.safeParse(input);
    expect(zod.success, `the fast path confirmed ${what} zod refuses`).toBe(true);
    expect(out).toStrictEqual(zod.data);
    expect(JSON.stringify(out), 'key order').toBe(JSON.stringify(zod.data));
    return 'confirmed';
  };
}
