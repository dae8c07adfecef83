import { isDeepFrozen } from '../../core/freeze.js';

// A key for the facts a deferred reason's words are made from (deferred.ts): two values with the
// same key give the same words. Strings and numbers are written out (lengths first, so no two
// values share a key), arrays and plain objects by their members in order, and functions and
// values frozen all the way down (`deepFreeze`) by their identity: neither can change. Anything
// else — a Map, a Date, a class instance — has no key (undefined), and its reason is written as
// it always was.

const ids = new WeakMap<object, string>();
let next = 0;

/**
 * The key of an object by its identity alone — `o<n>`, the number this process gave it (kept as
 * the string a key is made of): for functions, values frozen all the way down, and the rule rows
 * of the shipped tables and their static formatters, which nothing changes once loaded.
 */
export function identityKey(o: object): string {
  let id = ids.get(o);
  if (id === undefined) {
    id = `o${next++}`;
    ids.set(o, id);
  }
  return id;
}

/** The key of `v`; `self` (the reason's own rule, keyed apart) is written as `R`. */
export function valueKey(v: unknown, self?: object): string | undefined {
  switch (typeof v) {
    case 'string':
      return `s${v.length}:${v}`;
    case 'number':
      return Object.is(v, -0) ? 'n-0' : `n${v}`;
    case 'boolean':
      return v ? 'T' : 'F';
    case 'undefined':
      return 'U';
    case 'function':
      return identityKey(v);
    case 'object':
      break;
    default:
      return undefined;
  }
  if (v === null) return 'N';
  if (v === self) return 'R';
  if (isDeepFrozen(v)) return identityKey(v);
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return undefined;
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      const k = valueKey(v[i], self);
      if (k === undefined) return undefined;
      out += `${k},`;
    }
    return `${out}]`;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return undefined;
  let out = '{';
  for (const key of Object.keys(v)) {
    const k = valueKey((v as Record<string, unknown>)[key], self);
    if (k === undefined) return undefined;
    out += `${key.length}:${key}=${k};`;
  }
  return `${out}}`;
}
