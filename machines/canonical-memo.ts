import { canonicalJson } from './digest.js';

/**
 * The canonical JSON of the parts of a review's snapshot, remembered by object identity. The
 * machine never changes a context member in place (every action returns new objects), so a
 * member's text stays right as long as the member is the same object: `persist` after an event
 * writes again only what the event changed (the clock, the deadlines, the audit head, the
 * record), not the subject, the cycle, the classification… (issue 9). A WeakMap: a member no
 * context holds any more is collected with its text.
 */
const texts = new WeakMap<object, string>();

function memoised(value: object): string {
  let t = texts.get(value);
  if (t === undefined) {
    t = canonicalJson(value);
    texts.set(value, t);
  }
  return t;
}

/**
 * `canonicalJson(value)`, where the objects `depth` levels below `value` are written once per
 * object and then remembered (for values that are not changed in place: a persisted snapshot's
 * context members at depth 2). A test keeps it equal to `canonicalJson`.
 */
export function canonicalJsonOfParts(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return canonicalJson(value);
  if (depth === 0) return memoised(value);
  if (Array.isArray(value)) return canonicalJson(value); // not a snapshot's shape: no memo
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.some((k) => /^\d/.test(k))) return canonicalJson(value); // index keys: the plain writer
  keys.sort(); // keys as JSON writes them, not normalised (as canonicalJson)
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJsonOfParts(v, depth - 1)}`;
    first = false;
  }
  return `${out}}`;
}
