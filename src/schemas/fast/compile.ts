import type { z } from 'zod';
import { type Checked, compileChecks, FAILS } from './checks.js';

// A fast path for `schema.safeParse(x)`, derived from the zod schema itself (issue 9): the
// schema's definition tree is compiled once into plain functions that check the input and build
// the same output zod builds (shape order, defaults, strict keys), and that run the schema's own
// checks and refinements. It only ever *confirms*: wherever the input is invalid, unusual (a
// prototype that is not Object's, a symbol key, `__proto__`, a hole in an array) or of a
// kind it was not built for (unions, pipes, transforms, …), it returns DOUBT and the caller asks
// zod. So zod stays the single source of the schemas and of every issue; the fast path can only
// save time on input zod would accept with the same output (a fast-check test compares them).

/** "Ask zod": the fast path cannot confirm this input. */
export const DOUBT: unique symbol = Symbol('doubt');
/** An optional key that is absent: nothing is written to the output. */
const OMIT: unique symbol = Symbol('omit');

type Out = unknown;

interface Node {
  /** The output for a present (not `undefined`) value, or DOUBT. */
  readonly parse: (value: unknown) => Out | typeof DOUBT;
  /**
   * The output for a key that is absent or (`present`) holds `undefined`: a default, `undefined`
   * or OMIT (optional, as zod writes it), or DOUBT (required).
   */
  readonly absent: (present: boolean) => Out | typeof OMIT | typeof DOUBT;
}

type Schema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly checks?: readonly z.core.$ZodCheck[];
  readonly coerce?: boolean;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly shape?: Record<string, Schema>;
  readonly catchall?: Schema;
  readonly entries?: Record<string, string | number>;
  readonly keyType?: Schema;
  readonly valueType?: Schema;
  readonly mode?: string;
  readonly defaultValue?: unknown;
  readonly values?: readonly unknown[];
  readonly options?: readonly Schema[];
  readonly in?: Schema;
  readonly out?: Schema;
  readonly transform?: (value: unknown, ctx: unknown) => unknown;
}

const required = (): typeof DOUBT => DOUBT;
const NEVER: Node = { parse: () => DOUBT, absent: required };

/** Object.prototype or none: what JSON.parse makes (class instances and the like go to zod). */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function withChecks(node: Node, checked: Checked | undefined): Node {
  if (!checked) return node;
  const parse = node.parse;
  return {
    parse: (v) => {
      const out = parse(v);
      if (out === DOUBT) return DOUBT;
      const r = checked(out);
      return r === FAILS ? DOUBT : r;
    },
    absent: node.absent,
  };
}

function leaf(is: (v: unknown) => boolean): Node {
  return { parse: (v) => (is(v) ? v : DOUBT), absent: required };
}

/**
 * The parser of one object shape, as generated source (one named load, call and store per key,
 * so each call site sees one field's parser and V8 can inline it), or as a loop over the keys
 * where code generation is not allowed (a Content-Security-Policy without `unsafe-eval`).
 */
type ShapeParser = (v: Record<string, unknown>, fields: readonly Node[]) => Out | typeof DOUBT;

function loopParser(keys: readonly string[], strict: boolean): ShapeParser {
  return (v, fields) => {
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = v[key];
      let r: Out | typeof DOUBT | typeof OMIT;
      if (value === undefined) {
        const has = key in v;
        if (has) present++;
        r = fields[i]!.absent(has);
      } else {
        present++;
        r = fields[i]!.parse(value);
      }
      if (r === DOUBT) return DOUBT;
      if (r !== OMIT) out[key] = r;
    }
    return strict && countKeys(v) !== present ? DOUBT : out;
  };
}

function countKeys(v: object): number {
  let n = 0;
  for (const _ in v) n++;
  return n;
}

/** Builds the generated parser once the fields are compiled: their functions are closed over. */
function generatedParser(keys: readonly string[], strict: boolean): ShapeParser | undefined {
  const lines = keys.map((key, i) => {
    const k = JSON.stringify(key);
    return `x = v[${k}];
if (x === undefined) { h = ${k} in v; if (h) n++; r = a${i}(h); } else { n++; r = p${i}(x); }
if (r === DOUBT) return DOUBT;
if (r !== OMIT) out[${k}] = r;`;
  });
  const names = keys.flatMap((_, i) => [`p${i}`, `a${i}`]);
  const source = `return function (v) {
const out = {};
let n = 0, x, h, r;
${lines.join('\n')}
return ${strict ? 'countKeys(v) !== n ? DOUBT : out' : 'out'};
};`;
  let make: (...args: unknown[]) => (v: Record<string, unknown>) => Out | typeof DOUBT;
  try {
    make = new Function('DOUBT', 'OMIT', 'countKeys', ...names, source) as typeof make;
  } catch {
    return undefined;
  }
  let compiled: ((v: Record<string, unknown>) => Out | typeof DOUBT) | undefined;
  return (v, fields) => {
    compiled ??= make(DOUBT, OMIT, countKeys, ...fields.flatMap((f) => [f.parse, f.absent]));
    return compiled(v);
  };
}

function objectNode(shape: Record<string, Schema>, catchall: Schema | undefined): Node {
  const strict = catchall !== undefined;
  if (strict && (catchall._zod.def as Def).type !== 'never') return NEVER;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length > 0) return NEVER;
  const shapeParser = generatedParser(keys, strict) ?? loopParser(keys, strict);
  // Fields are compiled on first use: shapes may refer to schemas defined later (getters).
  let fields: Node[] | undefined;
  const parse = (v: unknown): Out | typeof DOUBT => {
    if (!isPlain(v)) return DOUBT;
    fields ??= keys.map((k) => compile(shape[k]!));
    return shapeParser(v, fields);
  };
  return { parse, absent: required };
}

/** An array element or record value: `undefined` there (a hole, say) is left to zod. */
function defined(node: Node, x: unknown): Out | typeof DOUBT {
  return x === undefined ? DOUBT : node.parse(x);
}

function arrayNode(element: Schema): Node {
  let item: Node | undefined;
  return {
    parse: (v) => {
      if (!Array.isArray(v)) return DOUBT;
      item ??= compile(element);
      const out: unknown[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        const r = defined(item, v[i]);
        if (r === DOUBT) return DOUBT;
        out[i] = r;
      }
      return out;
    },
    absent: required,
  };
}

/** Records with a string key schema (`z.record(z.string()…, V)`); enum-keyed records go to zod. */
function recordNode(def: Def): Node {
  const keyType = def.keyType;
  const valueType = def.valueType;
  if (!keyType || !valueType || keyType._zod.values || def.mode === 'loose') return NEVER;
  let key: Node | undefined;
  let value: Node | undefined;
  return {
    parse: (v) => {
      if (!isPlain(v) || Object.getOwnPropertySymbols(v).length > 0) return DOUBT;
      key ??= compile(keyType);
      value ??= compile(valueType);
      const out: Record<string, unknown> = {};
      for (const k in v) {
        if (k === '__proto__' || !Object.hasOwn(v, k) || key.parse(k) !== k) return DOUBT;
        const r = defined(value, v[k]);
        if (r === DOUBT) return DOUBT;
        out[k] = r;
      }
      return out;
    },
    absent: required,
  };
}

/**
 * The context a transform gets: a transform that reports an issue (or returns a promise) is left
 * to zod. The NFC transforms of the boundary schemas never use it.
 */
const TRANSFORM_CTX = Object.freeze({
  addIssue: () => {
    throw DOUBT;
  },
  issues: Object.freeze([]),
});

/** `in.pipe(out)`: the input schema's output through the output schema (a transform: its function). */
function pipeNode(def: Def): Node {
  if (!def.in || !def.out) return NEVER;
  const inner = compile(def.in);
  const outDef = def.out._zod.def as Def;
  if (outDef.type === 'transform') {
    const fn = outDef.transform;
    if (!fn || outDef.checks?.length) return NEVER;
    return {
      parse: (v) => {
        const r = inner.parse(v);
        if (r === DOUBT) return DOUBT;
        const out = fn(r, TRANSFORM_CTX);
        return out instanceof Promise ? DOUBT : out;
      },
      absent: required,
    };
  }
  const outer = compile(def.out);
  return {
    parse: (v) => {
      const r = inner.parse(v);
      return r === DOUBT ? DOUBT : outer.parse(r);
    },
    absent: required,
  };
}

/**
 * Leaves whose doubt is certain refusal: a string, a number, a boolean, a literal or an enum with
 * no checks (the fast path of each tests exactly what zod tests).
 */
const EXACT = new Set(['string', 'number', 'boolean', 'literal', 'enum']);

function isExact(schema: Schema): boolean {
  const def = schema._zod.def as Def;
  return EXACT.has(def.type) && !def.checks?.length && !def.coerce;
}

/**
 * A union: zod gives the first option that accepts. The options are tried in order, which is
 * zod's answer only when every option before the one that confirms certainly refused — so all
 * but the last option must be exact leaves; any other union goes to zod.
 */
function unionNode(options: readonly Schema[]): Node {
  if (options.length === 0 || !options.slice(0, -1).every(isExact)) return NEVER;
  let nodes: Node[] | undefined;
  return {
    parse: (v) => {
      nodes ??= options.map(compile);
      for (const node of nodes) {
        const r = node.parse(v);
        if (r !== DOUBT) return r;
      }
      return DOUBT;
    },
    absent: required,
  };
}

function enumNode(entries: Record<string, string | number>): Node {
  const values = new Set<unknown>(Object.values(entries));
  return leaf((v) => values.has(v));
}

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
    case 'unknown':
      // zod passes a present value through as it is (the same reference); absent: zod decides
      return { parse: (v) => v, absent: required };
    case 'pipe':
      return pipeNode(def);
    case 'union':
      return def.options ? unionNode(def.options) : NEVER;
    case 'object':
      return def.shape ? objectNode(def.shape, def.catchall) : NEVER;
    case 'array':
      return def.element ? arrayNode(def.element) : NEVER;
    case 'record':
      return recordNode(def);
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

/**
 * A wrapper (optional, nullable, default) with checks of its own (`z.string().optional()
 * .superRefine(…)`): zod runs them on what the wrapper gives, `undefined` for an absent key too.
 */
function wrapperWithChecks(node: Node, checked: Checked | undefined): Node {
  if (!checked) return node;
  const checkedNode = withChecks(node, checked);
  return {
    parse: checkedNode.parse,
    absent: (present) => {
      const r = node.absent(present);
      if (r === DOUBT) return DOUBT;
      const value = r === OMIT ? undefined : r;
      // an overwrite that makes something of nothing is left to zod
      return checked(value) === value ? r : DOUBT;
    },
  };
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
