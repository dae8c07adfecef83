import type { Text } from '../../core/text.js';
import { both, cell, markdownTable } from '../markdown.js';
import { type JsonSchema, schemaFields } from './walk.js';

/** The reader's description of a field from its JSON Schema description (vi, blank line, en). */
function meaning(node: JsonSchema): Text {
  const [vi = '', en = vi] = (node.description ?? '').split('\n\n');
  return { vi, en };
}

const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/** A field's type as a reader writes it: `string`, `integer`, one of the values, `T[]`, `{ vi, en }`. */
export function typeOf(node: JsonSchema): string {
  if (node.const !== undefined) return code(node.const);
  if (node.enum) return node.enum.map(code).join(' | ');
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return branches.map(typeOf).join(' | ');
  if (node.type === 'array') {
    const inner = node.items ? typeOf(node.items) : 'unknown';
    return inner.includes(' | ') ? `(${inner})[]` : `${inner}[]`;
  }
  if (node.type === 'object') {
    const keys = Object.keys(node.properties ?? {});
    if (keys.length === 2 && keys.includes('vi') && keys.includes('en')) return 'text `{ vi, en }`';
    if (keys.length === 0 && node.additionalProperties !== false) return 'record';
    return 'object';
  }
  return Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
}

/** The constraints a reader must meet, and the default. */
export function constraintsOf(node: JsonSchema): string {
  const out: string[] = [];
  if (node.minLength === 1) out.push('non-empty');
  else if (node.minLength !== undefined) out.push(`length ≥ ${node.minLength}`);
  if (node.maxLength !== undefined) out.push(`length ≤ ${node.maxLength}`);
  if (node.minimum !== undefined) out.push(`≥ ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) out.push(`> ${node.exclusiveMinimum}`);
  if (node.maximum !== undefined) out.push(`≤ ${node.maximum}`);
  if (node.exclusiveMaximum !== undefined) out.push(`< ${node.exclusiveMaximum}`);
  if (node.minItems !== undefined) out.push(`≥ ${node.minItems} items`);
  if (node.maxItems !== undefined) out.push(`≤ ${node.maxItems} items`);
  const items = node.items;
  if (items?.minLength === 1) out.push('items non-empty');
  if (node.default !== undefined) out.push(`default ${code(node.default)}`);
  return out.join(', ');
}

const HEADER = [
  'trường / field',
  'kiểu / type',
  'bắt buộc / required',
  'ràng buộc / constraints',
  'ý nghĩa / meaning',
];

/**
 * A table of every field of `schema` (depth first, paths dotted, array items `[]`), its type,
 * whether it is required, its constraints and default, and its meaning in both languages.
 * `skip` leaves fields out (with everything under them left out as well).
 */
export function fieldTable(
  schema: JsonSchema,
  options: { readonly skip?: (path: string) => boolean } = {},
): string[] {
  const rows = schemaFields(schema)
    .filter((f) => !options.skip?.(f.path))
    .map((f) => [
      `\`${f.path}\``,
      cell(typeOf(f.node)),
      f.required ? 'yes' : '',
      cell(constraintsOf(f.node)),
      both(meaning(f.node)),
    ]);
  return markdownTable(HEADER, rows);
}
