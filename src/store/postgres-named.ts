import { createHash } from 'node:crypto';

const names = new Map<string, string>();

/**
 * A query as a named prepared statement: pg prepares it once per connection and then only binds
 * and executes it, so PostgreSQL does not parse and plan the same text on every send (the commit
 * is one statement of several parts). The name is a digest of the text, which includes the
 * schema: one store's statements never take another's.
 */
export function named(
  text: string,
  values: unknown[],
): { name: string; text: string; values: unknown[] } {
  let name = names.get(text);
  if (name === undefined) {
    name = `kd_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    if (names.size > 1_000) names.clear();
    names.set(text, name);
  }
  return { name, text, values };
}
