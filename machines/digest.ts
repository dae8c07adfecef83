import { createHmac, hash } from 'node:crypto';
import { nfc } from '../src/core/nfc.js';

/**
 * A canonical JSON text: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members dropped, strings normalised to NFC. Two values that mean the same JSON give the same
 * text, so the same digest.
 *
 * Written straight into one string (no sorted copy of the value first): a member or element that
 * JSON cannot hold is written as the copy-then-`JSON.stringify` of earlier versions wrote it — a
 * function or `undefined` member is dropped, a function, `undefined`, symbol or bigint element
 * (or a hole) is `null`, a symbol or bigint member is `null`, a non-finite number is `null`, any
 * other object (a `Date`, a class instance) is written by its own enumerable keys, `toJSON` is
 * never called. A test keeps it equal to that reference on a fuzzed corpus.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function') return 'null';
  return write(value);
}

export { nfc };

/** What JSON.stringify escapes in a string: `"`, `\\`, control characters, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Printable ASCII other than `"` and `\\`: a string of these alone is NFC and needs no escape. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** `JSON.stringify(nfc(s))`, without the call for the usual string that needs no escape. */
export function quote(s: string): string {
  if (PLAIN.test(s)) return `"${s}"`; // one test for the usual id, instant or name
  const n = nfc(s);
  return ESCAPED.test(n) ? JSON.stringify(n) : `"${n}"`;
}

const INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** An array index as an object key ("0" … "4294967294"): JavaScript orders these first. */
function isIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && INDEX.test(key) && Number(key) < 4_294_967_295;
}

/** Keys already in ascending order, none of them starting with a digit (so none an index). */
function isSortedPlain(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const c = k.charCodeAt(0);
    if (c >= 48 && c <= 57) return false;
    if (i > 0 && keys[i - 1]! >= k) return false;
  }
  return true;
}

/**
 * The order the earlier copy-then-stringify wrote members in: the copy was built in sorted key
 * order, and an object lists array-index keys first, in numeric order, then the others in the
 * order they were added.
 */
function memberOrder(keys: string[]): string[] {
  if (isSortedPlain(keys)) return keys; // parsed canonical text, or built in order: no sort
  keys.sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}

/** Keys as JSON.stringify writes them (keys are not normalised): the same few recur everywhere. */
const quotedKeys = new Map<string, string>();

function quoteKey(k: string): string {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = ESCAPED.test(k) ? JSON.stringify(k) : `"${k}"`;
    if (k.length <= 64) {
      if (quotedKeys.size >= 4_096) quotedKeys.clear();
      quotedKeys.set(k, q);
    }
  }
  return q;
}

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      // bigint, symbol; undefined and functions only reach here as array elements
      return 'null';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      const v: unknown = value[i];
      out += v === undefined || typeof v === 'function' ? 'null' : write(v);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = memberOrder(Object.keys(record));
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    out += `${first ? '' : ','}${quoteKey(key)}:${write(v)}`;
    first = false;
  }
  return `${out}}`;
}

/** `sha256:<hex>` of the canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return signText(canonicalJson(value));
}

/** `sha256:<hex>` of a text, or `hmac-sha256:<hex>` with a key. */
export function signText(text: string, key?: AuditKey['key']): string {
  if (key === undefined) return `sha256:${hash('sha256', text, 'hex')}`;
  return `hmac-sha256:${createHmac('sha256', key).update(text, 'utf8').digest('hex')}`;
}

/** A JSON-only copy of a value (what a persisted snapshot or an audit entry may hold). */
export function toJsonValue(value: unknown): unknown {
  return JSON.parse(canonicalJson(value));
}

/** A host secret that turns the audit digests into HMACs; `keyId` names it so keys can rotate. */
export interface AuditKey {
  readonly keyId: string;
  readonly key: string | Uint8Array;
}

/**
 * `sha256:<hex>` of the canonical JSON of a value, or `hmac-sha256:<hex>` (HMAC-SHA256) with a
 * host key: without the key, nobody can compute the digest of an edited entry or snapshot.
 */
export function sealOf(value: unknown, key?: AuditKey['key']): string {
  return signText(canonicalJson(value), key);
}

/** Whether a digest string was made with a key. */
export function isKeyed(digest: string): boolean {
  return digest.startsWith('hmac-sha256:');
}
