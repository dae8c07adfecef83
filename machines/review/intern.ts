import { deepFreeze } from '../../src/core/freeze.js';
import { canonicalJson } from '../digest.js';

/**
 * One shared, frozen object for context members that every review of a cycle holds alike — the
 * cycle's facts and the rules profile. Each review parsed its input into its own copy: a province
 * of 50,000 open reviews held 50,000 copies of one profile (about 2 KB each), which the collector
 * marked again and again (issue 10: the cycle's cost must grow linearly). Values are keyed by
 * their canonical JSON, so only equal JSON is shared; frozen, a shared member cannot be changed
 * through one review and show in another. The table keeps the last `LIMIT` distinct values.
 */
const interned = new Map<string, object>();
const LIMIT = 64;

/** The shared copy of a JSON value equal to `value` (`value` itself, frozen, the first time). */
export function intern<T extends object>(value: T): T {
  const key = canonicalJson(value);
  const hit = interned.get(key);
  if (hit !== undefined) return hit as T;
  if (interned.size >= LIMIT) interned.delete(interned.keys().next().value as string);
  interned.set(key, deepFreeze(value));
  return value;
}
