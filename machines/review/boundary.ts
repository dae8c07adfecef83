import type { InputIssue } from '../../src/core/errors.js';
import { text } from '../../src/core/text.js';

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

function put(target: unknown[] | Record<string, unknown>, key: string | number, v: unknown): void {
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
 * Copies a value as JSON (iteratively: no recursion, so no stack to overflow), NFC-normalising
 * every string and key, and refuses it as soon as it leaves {@link PAYLOAD_LIMITS} or holds what
 * JSON cannot (a function, a bigint, a symbol, a class instance, a cycle). Each property is read
 * once: a getter cannot answer differently the second time.
 */
function copyBounded(raw: unknown): unknown {
  let size = 0;
  const grow = (n: number) => {
    size += n;
    if (size > PAYLOAD_LIMITS.maxJsonBytes) throw new Refusal(TOO_LARGE());
  };
  const leaf = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (v.length > PAYLOAD_LIMITS.maxStringLength) throw new Refusal(TOO_LONG());
      grow(v.length + 2);
      return v.normalize('NFC');
    }
    if (typeof v === 'number') {
      grow(12);
      return Number.isFinite(v) ? v : null;
    }
    if (typeof v === 'boolean' || v === null) {
      grow(5);
      return v;
    }
    throw new Refusal(NOT_JSON(typeof v));
  };
  const open = new Set<object>();
  const root: { value?: unknown } = {};
  const stack: Array<{
    from: unknown;
    into: Record<string, unknown> | unknown[];
    key: string | number;
    depth: number;
  }> = [{ from: raw, into: root as Record<string, unknown>, key: 'value', depth: 1 }];
  while (stack.length > 0) {
    const { from, into, key, depth } = stack.pop() as (typeof stack)[number];
    if (from === undefined || typeof from === 'function' || typeof from === 'symbol') {
      if (Array.isArray(into)) put(into, key, null);
      else if (typeof from !== 'undefined') throw new Refusal(NOT_JSON(typeof from));
      continue;
    }
    if (typeof from !== 'object' || from === null) {
      put(into, key, leaf(from));
      continue;
    }
    if (depth > PAYLOAD_LIMITS.maxDepth) throw new Refusal(TOO_DEEP());
    if (!isPlain(from)) throw new Refusal(NOT_JSON('object'));
    if (open.has(from)) throw new Refusal(NOT_JSON('cycle'));
    open.add(from);
    grow(2);
    if (Array.isArray(from)) {
      const out: unknown[] = [];
      put(into, key, out);
      const n = from.length;
      grow(n);
      for (let i = n - 1; i >= 0; i -= 1)
        stack.push({ from: from[i], into: out, key: i, depth: depth + 1 });
    } else {
      const out: Record<string, unknown> = {};
      put(into, key, out);
      const keys = Object.keys(from);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const k = keys[i] as string;
        if (k.length > PAYLOAD_LIMITS.maxStringLength) throw new Refusal(TOO_LONG());
        grow(k.length + 4);
        stack.push({
          from: (from as Record<string, unknown>)[k],
          into: out,
          key: k.normalize('NFC'),
          depth: depth + 1,
        });
      }
    }
  }
  const value = root.value === undefined ? null : root.value; // as JSON: nothing is null
  if (Buffer.byteLength(JSON.stringify(value) ?? 'null', 'utf8') > PAYLOAD_LIMITS.maxJsonBytes)
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

const screened = new WeakMap<object, Screened>();

/** Records that a value is already a screened copy (the actor hands XState its own copy). */
function markScreened(value: object): void {
  screened.set(value, { ok: true, value });
}

/**
 * Screens what a host sent (memoised per object): within {@link PAYLOAD_LIMITS}, its JSON copy;
 * else the issue, and a summary `{ type, refused }` to audit in its place (the received value
 * itself may be too large to keep, or to digest).
 */
export function screen(raw: unknown): Screened {
  const cacheable = raw !== null && typeof raw === 'object';
  if (cacheable) {
    const hit = screened.get(raw);
    if (hit) return hit;
  }
  let result: Screened;
  try {
    result = { ok: true, value: copyBounded(raw) };
  } catch (err) {
    const why =
      err instanceof Refusal ? err.issue : NOT_JSON(err instanceof Error ? err.name : 'error');
    result = { ok: false, issue: why, value: { type: typeLabel(raw), refused: why.code } };
  }
  if (cacheable) screened.set(raw, result);
  return result;
}

/**
 * An event the actor cannot give XState as it is — not an object, no string `type`, an
 * `xstate.*` type that XState would act on, the wildcard `*` it throws on, or outside the bounds —
 * travels to the machine
 * wrapped in this, and is refused and audited there like any other.
 */
export const REFUSED_EVENT_TYPE = 'kiemdiem.refused';

const wrapped = new WeakMap<object, Screened>();

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
