import {
  type Compile,
  type Def,
  DOUBT,
  isPlain,
  NEVER,
  type Node,
  OMIT,
  type Out,
  required,
  type Schema,
} from './node.js';

// The parsers of objects (generated per shape), arrays and records (see compile.ts).

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

export function objectNode(
  shape: Record<string, Schema>,
  catchall: Schema | undefined,
  compile: Compile,
): Node {
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

export function arrayNode(element: Schema, compile: Compile): Node {
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
export function recordNode(def: Def, compile: Compile): Node {
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
