/**
 * A value a sender wrote, for a message: strings, numbers and booleans as they are, anything else
 * by its JSON type. Never `String(value)` on untrusted input: an object whose own `toString` is not
 * a function makes it throw (found by the review machine's fuzz test).
 */
export function show(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value === null) return '(null)';
  return `(${Array.isArray(value) ? 'array' : typeof value})`;
}
