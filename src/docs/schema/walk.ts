/** A JSON Schema node, as `z.toJSONSchema` writes it (the parts the docs read). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  [key: string]: unknown;
}

/** One property of an object schema: its dotted path (`deadlines[].id`), node and requiredness. */
export interface SchemaField {
  readonly path: string;
  readonly node: JsonSchema;
  readonly required: boolean;
}

/**
 * Every property of a schema, depth first, in the schema's order: object properties by dotted
 * path, array items as `[]`, the branches of a union under the same path. A record's values
 * (`additionalProperties` schemas) are not entered: their keys are the host's.
 */
export function schemaFields(root: JsonSchema, prefix = ''): SchemaField[] {
  const out: SchemaField[] = [];
  const seen = new Set<string>();
  const visit = (node: JsonSchema, path: string) => {
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(branch, path);
    if (node.items) visit(node.items, `${path}[]`);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const at = path === '' ? name : `${path}.${name}`;
      if (!seen.has(at)) {
        seen.add(at);
        out.push({ path: at, node: child, required: node.required?.includes(name) ?? false });
      }
      visit(child, at);
    }
  };
  visit(root, prefix);
  return out;
}

/** Calls `f` on every property node of `root` whose path is `path` (all union branches). */
export function eachAt(root: JsonSchema, f: (path: string, node: JsonSchema) => void): void {
  const visit = (node: JsonSchema, path: string) => {
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(branch, path);
    if (node.items) visit(node.items, `${path}[]`);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const at = path === '' ? name : `${path}.${name}`;
      f(at, child);
      visit(child, at);
    }
  };
  visit(root, '');
}
