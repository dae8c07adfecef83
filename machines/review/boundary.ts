import type { InputIssue } from '../../src/core/errors.js';
import { slot } from '../../src/core/slot.js';
import { text } from '../../src/core/text.js';
import { nfc } from '../digest.js';
import { LastOf } from './last.js';

/**
 * The bounds of an event a host sends (issue 8): checked before any other work, so that no
 * payload can exhaust the stack, the memory or the time of a review. An event outside them is
 * refused `INVALID_PAYLOAD` and audited with a summary instead of its payload.
 */
export const PAYLOAD_LIMITS = {
  /** Nesting of arrays and objects (the event object itself is depth 1). */
  maxDepth: 32,
  /** Size of the event as JSON text, in UTF-8 bytes (256 KiB). */
  maxJsonBytes: 256 * 1024,
  /** Length of any one string (a key or a value), in UTF-16 code units. */
  maxStringLength: 10_000,
} as const;

/** An event screened at the boundary: a JSON-only, NFC copy, or why it is refused and a summary. */
export type Screened =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: InputIssue; readonly value: unknown };

function issue(code: string, vi: string, en: string): InputIssue {
  return { path: [], code, message: text(vi, en) };
}

const TOO_DEEP = () =>
  issue(
    'payload_too_deep',
    `Sự kiện lồng nhau quá ${PAYLOAD_LIMITS.maxDepth} cấp.`,
    `The event nests deeper than ${PAYLOAD_LIMITS.maxDepth} levels.`,
  );
const TOO_LARGE = () =>
  issue(
    'payload_too_large',
    `Sự kiện lớn hơn ${PAYLOAD_LIMITS.maxJsonBytes} byte JSON.`,
    `The event is larger than ${PAYLOAD_LIMITS.maxJsonBytes} bytes of JSON.`,
  );
const TOO_LONG = () =>
  issue(
    'string_too_long',
    `Một chuỗi dài hơn ${PAYLOAD_LIMITS.maxStringLength} ký tự.`,
    `A string is longer than ${PAYLOAD_LIMITS.maxStringLength} characters.`,
  );
const NOT_JSON = (what: string) =>
  issue(
    'not_json',
    `Sự kiện chứa giá trị không phải JSON (${what}).`,
    `The event holds a value that is not JSON (${what}).`,
  );

class Refusal {
  constructor(readonly issue: InputIssue) {}
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Sets a member of a JSON copy; a `__proto__` key stays an own member, as JSON.parse makes it. */
export function put(
  target: unknown[] | Record<string, unknown>,
  key: string | number,
  v: unknown,
): void {
  if (key === '__proto__')
    // defineProperty: a "__proto__" key stays an own property (as JSON.parse makes it)
    Object.defineProperty(target, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else (target as Record<string | number, unknown>)[key] = v;
}

/**
 * A bounded JSON copy in progress. `size` is the running estimate the bounds are checked against
 * as the copy goes (string lengths, 12 per number, 5 per literal, as the first version counted);
 * `worst` bounds the copy's JSON text in UTF-8 bytes from above (6 per UTF-16 unit of a
 * normalised string, written as a `\u` escape with four hex digits; 26 per number), so that the exact length is measured only when
 * that bound passes the limit. The walk is the first version's: depth first, an object's keys all
 * checked (and its values read, once each, last key first) before its first member is copied.
 */
class BoundedCopy {
  size = 0;
  worst = 0;
  readonly seen = new Set<object>();

  grow(n: number): void {
    this.size += n;
    if (this.size > PAYLOAD_LIMITS.maxJsonBytes) throw new Refusal(TOO_LARGE());
  }

  leaf(v: unknown): unknown {
    if (typeof v === 'string') {
      if (v.length > PAYLOAD_LIMITS.maxStringLength) throw new Refusal(TOO_LONG());
      this.grow(v.length + 2);
      const out = nfc(v);
      this.worst += 6 * out.length + 3;
      return out;
    }
    if (typeof v === 'number') {
      this.grow(12);
      this.worst += 26;
      return Number.isFinite(v) ? v : null;
    }
    if (typeof v === 'boolean' || v === null) {
      this.grow(5);
      this.worst += 6;
      return v;
    }
    throw new Refusal(NOT_JSON(typeof v));
  }

  /** The copy of an object or array at `depth` (the event itself is depth 1). */
  node(from: object, depth: number): unknown {
    if (depth > PAYLOAD_LIMITS.maxDepth) throw new Refusal(TOO_DEEP());
    if (!isPlain(from)) throw new Refusal(NOT_JSON('object'));
    if (this.seen.has(from)) throw new Refusal(NOT_JSON('cycle'));
    this.seen.add(from);
    this.grow(2);
    this.worst += 2;
    if (Array.isArray(from)) {
      const n = from.length;
      this.grow(n);
      const items: unknown[] = new Array(n);
      for (let i = n - 1; i >= 0; i -= 1) items[i] = from[i];
      for (let i = 0; i < n; i += 1) items[i] = this.element(items[i], depth + 1);
      return items;
    }
    const keys = Object.keys(from);
    const values: unknown[] = new Array(keys.length);
    for (let i = keys.length - 1; i >= 0; i -= 1) {
      const k = keys[i] as string;
      if (k.length > PAYLOAD_LIMITS.maxStringLength) throw new Refusal(TOO_LONG());
      this.grow(k.length + 4);
      keys[i] = nfc(k);
      this.worst += 6 * (keys[i] as string).length + 4;
      values[i] = (from as Record<string, unknown>)[k];
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const v = values[i];
      if (v === undefined) continue;
      if (typeof v === 'function' || typeof v === 'symbol') throw new Refusal(NOT_JSON(typeof v));
      put(
        out,
        keys[i] as string,
        v !== null && typeof v === 'object' ? this.node(v, depth + 1) : this.leaf(v),
      );
    }
    return out;
  }

  /** An array element: what JSON cannot hold there is `null` (not counted, as before). */
  element(v: unknown, depth: number): unknown {
    this.worst += 5;
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return null;
    return v !== null && typeof v === 'object' ? this.node(v, depth) : this.leaf(v);
  }
}

/**
 * Copies a value as JSON, NFC-normalising every string and key, and refuses it as soon as it
 * leaves {@link PAYLOAD_LIMITS} or holds what JSON cannot (a function, a bigint, a symbol, a
 * class instance, a cycle or a shared object). Depth is checked before descending, so the
 * recursion is at most `maxDepth` deep whatever is sent. Each property is read once: a getter
 * cannot answer differently the second time.
 */
function copyBounded(raw: unknown): unknown {
  const c = new BoundedCopy();
  let value: unknown;
  if (raw === undefined)
    value = null; // as JSON: nothing is null
  else if (typeof raw === 'function' || typeof raw === 'symbol')
    throw new Refusal(NOT_JSON(typeof raw));
  else value = raw !== null && typeof raw === 'object' ? c.node(raw, 1) : c.leaf(raw);
  if (
    c.worst > PAYLOAD_LIMITS.maxJsonBytes &&
    Buffer.byteLength(JSON.stringify(value) ?? 'null', 'utf8') > PAYLOAD_LIMITS.maxJsonBytes
  )
    throw new Refusal(TOO_LARGE());
  return value;
}

/** The event's `type` as the audit names it: the string (cut at 200), else `(number)` etc. */
export function typeLabel(raw: unknown): string {
  try {
    if (raw === null || typeof raw !== 'object') return `(${raw === null ? 'null' : typeof raw})`;
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== 'string') return `(${type === null ? 'null' : typeof type})`;
    return type.length > 200 ? `${type.slice(0, 200).normalize('NFC')}…` : type.normalize('NFC');
  } catch {
    return '(unreadable)';
  }
}

/**
 * The actor's own screened copy (what it hands XState), so that reading it again costs nothing:
 * the last one, which is the event being processed.
 * What a host sends is not remembered: a host that keeps its event objects would keep their
 * copies, and every memo keyed by them, alive with them (garbage collection then walks them all).
 */
const screened = new LastOf<Screened>();

/** Records that a value is already a screened copy (the actor hands XState its own copy). */
function markScreened(value: object): void {
  screened.set(value, { ok: true, value });
}

/**
 * Screens what a host sent: within {@link PAYLOAD_LIMITS}, its JSON copy;
 * else the issue, and a summary `{ type, refused }` to audit in its place (the received value
 * itself may be too large to keep, or to digest).
 */
export function screen(raw: unknown): Screened {
  const hit = raw !== null && typeof raw === 'object' ? screened.get(raw) : undefined;
  if (hit) return hit;
  let result: Screened;
  try {
    result = { ok: true, value: copyBounded(raw) };
  } catch (err) {
    const why =
      err instanceof Refusal ? err.issue : NOT_JSON(err instanceof Error ? err.name : 'error');
    result = { ok: false, issue: why, value: { type: typeLabel(raw), refused: why.code } };
  }
  return result;
}

/**
 * An event the actor cannot give XState as it is — not an object, no string `type`, an
 * `xstate.*` type that XState would act on, the wildcard `*` it throws on, or outside the bounds —
 * travels to the machine
 * wrapped in this, and is refused and audited there like any other.
 */
export const REFUSED_EVENT_TYPE = 'kiemdiem.refused';

const wrapped = slot<Screened>();

/** Wraps what the machine must refuse (see {@link REFUSED_EVENT_TYPE}). */
export function refusedEvent(received: Screened): { readonly type: typeof REFUSED_EVENT_TYPE } {
  const e = { type: REFUSED_EVENT_TYPE } as const;
  wrapped.set(e, received);
  return e;
}

/**
 * What the host sent, as the machine reads and audits it: the screened value carried by a
 * refused event, else the screened copy of the event (a summary when it is outside the bounds).
 */
export function receivedOf(event: unknown): Screened {
  if (event !== null && typeof event === 'object') {
    const inner = wrapped.get(event);
    if (inner) return inner;
  }
  return screen(event);
}

/**
 * What the actor hands XState for anything a host sends: the screened copy when it is an object
 * with a string `type` XState will not act on itself, else a {@link refusedEvent}. Either way the
 * machine refuses or accepts it, and audits it, exactly once.
 */
export function deliverable(raw: unknown): { readonly type: string } {
  const s = screen(raw);
  const value = s.value;
  if (s.ok && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const type = (value as { type?: unknown }).type;
    // XState acts on `xstate.*` itself and throws on the wildcard type '*'
    if (
      typeof type === 'string' &&
      !type.startsWith('xstate.') &&
      type !== '*' &&
      type !== REFUSED_EVENT_TYPE
    ) {
      markScreened(value);
      return value as { type: string };
    }
  }
  return refusedEvent(s);
}
