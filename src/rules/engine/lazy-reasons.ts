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
// WeakMap or a getter closure per object). It is the mechanism of `slot()` (src/core/slot.ts),
// written out here on purpose: the engine stamps every result it makes, and the general slot's
// check and fallback made the engine alone 3–5% slower (four alternating runs of the bench).

class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the return override is the point (above)
    return target;
  }
}

class Pending extends Stamp {
  // One field: each private field a result gets is one more map transition at creation.
  #entries: readonly Entry[];
  constructor(target: object, entries: readonly Entry[]) {
    super(target);
    this.#entries = entries;
  }
  /** The entries of `o`, while `o` has them (undefined for any other object). */
  static entries(o: object): readonly Entry[] | undefined {
    return #entries in o ? (o as Pending).#entries : undefined;
  }
  /** The reasons of `o` in words, its entries let go (the words no longer need their facts). */
  static write(o: object): readonly Reason[] {
    if (!(#entries in o)) return [];
    const p = o as Pending;
    const value = p.#entries.map(written);
    p.#entries = [];
    return value;
  }
}

// The written reasons of a result frozen before its first read: it keeps the accessor, which
// answers from here (rare: the engine returns results unfrozen, and a first read settles them).
const FROZEN = new WeakMap<object, readonly Reason[]>();

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
    const kept = FROZEN.get(this);
    if (kept !== undefined) return kept;
    const value = Pending.write(this);
    if (Object.isExtensible(this) || Object.getOwnPropertyDescriptor(this, 'reasons')?.configurable)
      settle(this, value);
    else FROZEN.set(this, value);
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
  const entries = Pending.entries(o);
  if (entries === undefined || FROZEN.has(o)) return undefined;
  const d = Object.getOwnPropertyDescriptor(o, 'reasons');
  return d?.get === REASONS.get ? entries : undefined;
}
