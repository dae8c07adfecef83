/**
 * A value kept for an object without a property anyone can see — what a `WeakMap` keyed by the
 * object does, held instead by the object itself, in a private field.
 *
 * Why not a `WeakMap`: V8's young-generation collector keeps every object that is a live WeakMap's
 * key alive, with its value, until the next full collection. A WeakMap keyed by short-lived
 * objects — the actor a `restore` makes, an event, a deadline a review replaces on the next event
 * — makes each of them survive and be copied to the old generation (measured: a loop of restores
 * kept 40 MB more and took 5% longer with the three per-actor maps; issue 9). A private field dies
 * with its object.
 *
 * The field is installed by a constructor that returns the object it is given ("return
 * override"): like any private field it is invisible to `Object.keys`, `Reflect.ownKeys`, JSON and
 * copies, and it can be installed on a frozen object. Should an engine refuse that (a proposal
 * would), the value goes to a WeakMap instead. The rules engine's lazy reasons use the same
 * mechanism written out for their one hot case (src/rules/engine/lazy-reasons.ts).
 */
export interface Slot<T> {
  /** The value kept for `o`, or undefined. */
  get(o: object): T | undefined;
  /** Keeps `value` for `o` (undefined forgets it). */
  set(o: object, value: T | undefined): void;
}

/** A new slot: each call makes its own private field, so two slots never see each other's values. */
export function slot<T>(): Slot<T> {
  const fallback = new WeakMap<object, T | undefined>();
  class Stamp {
    constructor(o: object) {
      // biome-ignore lint/correctness/noConstructorReturn: the return override is the point (above)
      return o;
    }
  }
  class Held extends Stamp {
    #value: T | undefined;
    static get(o: object): T | undefined {
      return #value in o ? (o as Held).#value : fallback.get(o);
    }
    static set(o: object, value: T | undefined): void {
      if (!(#value in o))
        try {
          new Held(o);
        } catch {
          fallback.set(o, value);
          return;
        }
      (o as Held).#value = value;
    }
  }
  return { get: Held.get, set: Held.set };
}
