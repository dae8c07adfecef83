import { flat } from '../src/core/flat.js';
import { deepFreeze } from '../src/core/freeze.js';
import { canonicalJson } from './digest.js';
import { put } from './review/boundary.js';

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
    t = flat(canonicalJson(value)); // flat: every later text of the snapshot is built from it
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

const copies = new WeakMap<object, unknown>();

/** The frozen JSON copy of a member (parsed once from its remembered text). */
function copyOf(value: object): unknown {
  let c = copies.get(value);
  if (c === undefined) {
    c = deepFreeze(JSON.parse(memoised(value)));
    copies.set(value, c);
  }
  return c;
}

/**
 * `JSON.parse(canonicalJsonOfParts(value, 2))` without parsing the whole text: the objects two
 * levels down (a snapshot's context members) are frozen copies made once per member and shared
 * by every envelope that holds the same member, unchanged. What the envelope does not share — its
 * snapshot, the context object, the state value — is a fresh copy. Frozen, a shared member cannot
 * be changed through one envelope and show in another (nor in the actor, which holds its own).
 */
export function jsonCopyOfParts(value: object): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    if (key !== 'context' || v === null || typeof v !== 'object' || Array.isArray(v)) {
      put(out, key, JSON.parse(canonicalJson(v)));
      continue;
    }
    const context = v as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const k of Object.keys(context).sort()) {
      const m = context[k];
      if (m === undefined || typeof m === 'function') continue;
      put(copy, k, m !== null && typeof m === 'object' ? copyOf(m) : JSON.parse(canonicalJson(m)));
    }
    put(out, key, copy);
  }
  return out;
}
