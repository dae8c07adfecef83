import type { z } from 'zod';
import { compileChecks } from './checks.js';
import { enumNode, pipeNode, unionNode } from './combinators.js';
import {
  type Def,
  DOUBT,
  leaf,
  NEVER,
  type Node,
  OMIT,
  required,
  type Schema,
  withChecks,
  wrapperWithChecks,
} from './node.js';
import { arrayNode, objectNode, recordNode } from './shapes.js';

export { DOUBT };

// A fast path for `schema.safeParse(x)`, derived from the zod schema itself (issue 9): the
// schema's definition tree is compiled once into plain functions that check the input and build
// the same output zod builds (shape order, defaults, strict keys), and that run the schema's own
// checks and refinements. It only ever *confirms*: wherever the input is invalid, unusual (a
// prototype that is not Object's, a symbol key, `__proto__`, a hole in an array) or of a
// kind it was not built for (a union whose earlier options are not exact leaves, an intersection,
// a lazy schema, …), it returns DOUBT and the caller asks zod. The parts: node.ts (the pieces),
// shapes.ts (objects, arrays, records), combinators.ts (pipes, transforms, unions, enums). So zod stays the single source of the schemas and of every issue; the fast path can only
// save time on input zod would accept with the same output (a fast-check test compares them).

function build(schema: Schema): Node {
  const def = schema._zod.def as Def;
  if (def.coerce) return NEVER;
  switch (def.type) {
    case 'string':
      return leaf((v) => typeof v === 'string');
    case 'number':
      return leaf((v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return leaf((v) => typeof v === 'boolean');
    case 'enum':
      return def.entries ? enumNode(def.entries) : NEVER;
    case 'literal': {
      const values = def.values;
      return values ? leaf((v) => values.includes(v)) : NEVER;
    }
    case 'custom': {
      // z.custom passes the value through as it is when its test holds (a promise: zod decides)
      const fn = def.fn;
      return fn
        ? leaf((v) => {
            const r = fn(v);
            return !(r instanceof Promise) && Boolean(r);
          })
        : NEVER;
    }
    case 'unknown':
      // zod passes a present value through as it is (the same reference); absent: zod decides
      return { parse: (v) => v, absent: required };
    case 'pipe':
      return pipeNode(def, compile);
    case 'union':
      return def.options ? unionNode(def.options, compile) : NEVER;
    case 'object':
      return def.shape ? objectNode(def.shape, def.catchall, compile) : NEVER;
    case 'array':
      return def.element ? arrayNode(def.element, compile) : NEVER;
    case 'record':
      return recordNode(def, compile);
    case 'optional': {
      const inner = compile(def.innerType!);
      const defaulted = def.innerType!._zod.optin === 'defaulted';
      return {
        parse: inner.parse,
        absent: defaulted ? inner.absent : (present) => (present ? undefined : OMIT),
      };
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return { parse: (v) => (v === null ? null : inner.parse(v)), absent: inner.absent };
    }
    case 'default': {
      // zod returns the default for undefined without parsing it (reading the getter anew each
      // time: a fresh shallow copy of an object default).
      const inner = compile(def.innerType!);
      const dflt = () => def.defaultValue;
      return {
        parse: (v) => {
          const r = inner.parse(v);
          return r === undefined ? dflt() : r;
        },
        absent: dflt,
      };
    }
    default:
      return NEVER;
  }
}

const COMPILED = new WeakMap<Schema, Node>();

/** The node of a schema, its own checks included (compiled once per schema object). */
function compile(schema: Schema): Node {
  let node = COMPILED.get(schema);
  if (!node) {
    const def = schema._zod.def as Def;
    // Checks of wrappers (a refine on an optional, …) are not handled: let zod judge those.
    const wrapper = def.type === 'optional' || def.type === 'nullable' || def.type === 'default';
    node =
      wrapper && def.checks?.length
        ? wrapperWithChecks(build(schema), compileChecks(def.checks))
        : withChecks(build(schema), compileChecks(def.checks));
    COMPILED.set(schema, node);
  }
  return node;
}

/**
 * `fastParse(schema)` is a function that returns what `schema.safeParse(x).data` would be for an
 * input it can confirm, or DOUBT: then call zod (for the result, or for the issues). Never throws.
 */
export function fastParse<S extends Schema>(
  schema: S,
): (input: unknown) => z.output<S> | typeof DOUBT {
  const node = compile(schema);
  return (input) => {
    if (input === undefined) return DOUBT;
    try {
      return node.parse(input) as z.output<S> | typeof DOUBT;
    } catch {
      return DOUBT; // a throwing getter, say: zod meets it as it always did
    }
  };
}

/**
 * `schema.safeParse` with the fast path first: the fast path's output when it confirms the
 * input (then it is zod's), else zod's own result, issues included.
 */
export function fastSafeParse<S extends Schema>(
  schema: S,
): (input: unknown) => z.ZodSafeParseResult<z.output<S>> {
  const fast = fastParse(schema);
  return (input) => {
    const out = fast(input);
    if (out !== DOUBT) return { success: true, data: out };
    return (schema as unknown as z.ZodType<z.output<S>>).safeParse(input);
  };
}
