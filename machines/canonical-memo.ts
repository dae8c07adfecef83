import { flat } from '../src/core/flat.js';
import { deepFreeze } from '../src/core/freeze.js';
import { nfc } from '../src/core/nfc.js';
import { slot } from '../src/core/slot.js';
import { canonicalJson } from './digest.js';
import { put } from './review/boundary.js';

/**
 * The canonical JSON of the parts of a review's snapshot, remembered by object identity. The
 * machine never changes a context member in place (every action returns new objects), so a
 * member's text stays right as long as the member is the same object: `persist` after an event
 * writes again only what the event changed (the clock, the deadlines, the audit head, the
 * record), not the subject, the cycle, the classification… (issue 9). Kept in a slot
 * (src/core/slot.ts): a member no context holds any more is collected with its text.
 */
const texts = slot<string>();

function memoised(value: object): string {
  let t = texts.get(value);
  if (t === undefined) {
    t = flat(canonicalJson(value)); // flat: every later text of the snapshot is built from it
    texts.set(value, t);
  }
  return t;
}

/** An object's members in canonical order, each with its quoted key and `:` written once. */
interface Order {
  readonly keys: readonly string[];
  readonly members: ReadonlyArray<readonly [key: string, prefix: string]>;
}

/**
 * The orders of the key lists last seen, by their first key. A review's snapshot and context have
 * the same members after every event: their order is sorted and their keys quoted once, not on
 * every save (issue 9: the sort and the quoting were a third of a save from memory).
 */
const orders = new Map<string, Order>();

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The members of `record` in the order JSON writes a sorted copy; undefined with index keys. */
function orderOf(record: object): Order | undefined {
  const keys = Object.keys(record);
  if (keys.length === 0) return { keys, members: [] };
  const seen = orders.get(keys[0]!);
  if (seen !== undefined && sameKeys(seen.keys, keys)) return seen;
  if (keys.some((k) => /^\d/.test(k))) return undefined; // index keys: the plain writer
  // keys as JSON writes them, not normalised (as canonicalJson)
  const sorted = [...keys].sort();
  const order: Order = { keys, members: sorted.map((k) => [k, `${JSON.stringify(k)}:`] as const) };
  if (orders.size >= 256) orders.clear();
  orders.set(keys[0]!, order);
  return order;
}

/** Pushes the canonical JSON of `value` onto `out`, piece by piece (see canonicalJsonOfParts). */
function writeParts(value: unknown, depth: number, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(canonicalJson(value));
    return;
  }
  if (depth === 0) {
    out.push(memoised(value));
    return;
  }
  const order = Array.isArray(value) ? undefined : orderOf(value); // an array: not a snapshot's
  if (order === undefined) {
    out.push(canonicalJson(value));
    return;
  }
  const record = value as Record<string, unknown>;
  let first = true;
  for (const [key, prefix] of order.members) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    out.push(first ? '{' : ',', prefix);
    writeParts(v, depth - 1, out);
    first = false;
  }
  out.push(first ? '{}' : '}');
}

/**
 * `canonicalJson(value)`, where the objects `depth` levels below `value` are written once per
 * object and then remembered (for values that are not changed in place: a persisted snapshot's
 * context members at depth 2). Joined once, into one flat string: the seal hashes it next, and a
 * text built by `+=` would be copied into one piece there. A test keeps it equal to
 * `canonicalJson`.
 */
export function canonicalJsonOfParts(value: unknown, depth: number): string {
  const out: string[] = [];
  writeParts(value, depth, out);
  return out.length === 1 ? out[0]! : out.join('');
}

const copies = slot<unknown>();

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
  for (const [key] of membersOf(record)) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    if (key !== 'context' || v === null || typeof v !== 'object' || Array.isArray(v)) {
      put(out, key, JSON.parse(canonicalJson(v)));
      continue;
    }
    const context = v as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [k] of membersOf(context)) {
      const m = context[k];
      if (m === undefined || typeof m === 'function') continue;
      put(copy, k, m !== null && typeof m === 'object' ? copyOf(m) : scalarCopy(m));
    }
    put(out, key, copy);
  }
  return out;
}

/**
 * `JSON.parse(canonicalJson(v))` of a value that is not an object, without writing and parsing
 * it: a string in NFC, a finite number (-0 as 0, as JSON writes it), anything else JSON cannot
 * hold as null. A test keeps it equal to the parse of the text.
 */
export function scalarCopy(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
      return nfc(v);
    case 'number':
      return Number.isFinite(v) ? v + 0 : null;
    case 'boolean':
      return v;
    default:
      return null; // null, and a bigint or symbol (written as null)
  }
}

/** The members of `record`, sorted (with index keys too: a copy lists those first anyway). */
function membersOf(record: object): Order['members'] {
  return (
    orderOf(record)?.members ??
    Object.keys(record)
      .sort()
      .map((k) => [k, ''] as const)
  );
}
