/**
 * Values frozen all the way down by {@link deepFreeze}: only the roots it was called on, so that
 * the walk need not be repeated and a reader can trust that nothing below can change.
 */
const roots = new WeakSet<object>();

/**
 * A JSON value frozen all the way down: it may be shared, it cannot be changed. Every level is
 * walked, even one already frozen (a shallow `Object.freeze` leaves what is below it open).
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || roots.has(value)) return value;
  freezeAll(value);
  roots.add(value);
  return value;
}

function freezeAll(value: object): void {
  for (const v of Object.values(value))
    if (v !== null && typeof v === 'object' && !roots.has(v)) freezeAll(v);
  Object.freeze(value);
}

/**
 * Whether `value` was frozen all the way down by `deepFreeze` (then it can be remembered by its
 * identity: nothing in it can change).
 */
export function isDeepFrozen(value: unknown): boolean {
  return value !== null && typeof value === 'object' && roots.has(value);
}
