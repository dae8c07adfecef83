import type { Reason } from '../types.js';
import { type Entry, written } from './deferred.js';

// `Classification.reasons` is written on first read (issue 9: the words cost more than the
// decision, and a caller that reads only `level` — a cycle's quota count, a benchmark — never
// needs them). To every reader it is an ordinary property: an own, enumerable `reasons`, so
// `JSON.stringify`, spreads, `structuredClone`, deep equality and the machines' canonical JSON
// all see plain reasons; a first read (or an assignment) turns it into a plain data property.
//
// The entries wait in a private field stamped onto the plain result object: a class whose base
// constructor returns the object it is given installs its private fields on that object
// ("return override"). Unlike a symbol or a WeakMap entry, a private field is invisible to
// Object.keys, getOwnPropertySymbols and every copy, and it costs what adding a property costs
// (measured: 120 ns per result with it, 260 ns with a hidden symbol property, 400–700 ns with a
// WeakMap or a getter closure per object).

class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the return override is the point (above)
    return target;
  }
}

class Pending extends Stamp {
  #entries: readonly Entry[];
  #written: readonly Reason[] | undefined;
  constructor(target: object, entries: readonly Entry[]) {
    super(target);
    this.#entries = entries;
  }
  /** The entries of `o` while its reasons are not written yet (undefined once they are). */
  static pending(o: object): readonly Entry[] | undefined {
    if (!(#entries in o)) return undefined;
    const p = o as Pending;
    return p.#written === undefined ? p.#entries : undefined;
  }
  /** The written reasons of `o` (written once, kept: a frozen result is read more than once). */
  static reasons(o: object): readonly Reason[] {
    if (!(#entries in o)) return [];
    const p = o as Pending;
    if (p.#written === undefined) {
      p.#written = p.#entries.map(written);
      p.#entries = []; // the words are written: the facts they came from can go
    }
    return p.#written;
  }
}

function settle(o: object, value: readonly Reason[]): void {
  Object.defineProperty(o, 'reasons', {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const REASONS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: object): readonly Reason[] {
    const value = Pending.reasons(this);
    // A result frozen before its first read keeps the accessor (and the written value).
    if (Object.isExtensible(this) || Object.getOwnPropertyDescriptor(this, 'reasons')?.configurable)
      settle(this, value);
    return value;
  },
  set(this: object, value: readonly Reason[]): void {
    settle(this, value);
  },
};

/**
 * Gives `target` an own, enumerable `reasons` that writes `entries` on first read. `target` must
 * not be frozen before that read (the engine returns it unfrozen).
 */
export function lazyReasons<T extends object>(
  target: T,
  entries: readonly Entry[],
): T & { readonly reasons: readonly Reason[] } {
  new Pending(target, entries);
  Object.defineProperty(target, 'reasons', REASONS);
  return target as T & { readonly reasons: readonly Reason[] };
}

/**
 * The entries a classification's reasons will be written from, while they are not written yet and
 * `reasons` is still the accessor `lazyReasons` installed — for a writer that can say them without
 * writing the words (the CLI: src/cli/pretty-output.ts). Undefined otherwise: read `reasons`.
 */
export function pendingEntries(o: object): readonly Entry[] | undefined {
  const entries = Pending.pending(o);
  if (entries === undefined) return undefined;
  const d = Object.getOwnPropertyDescriptor(o, 'reasons');
  return d?.get === REASONS.get ? entries : undefined;
}
