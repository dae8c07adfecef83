import {
  type Compile,
  type Def,
  DOUBT,
  leaf,
  NEVER,
  type Node,
  required,
  type Schema,
} from './node.js';

// Pipes and transforms, unions and enums (see compile.ts).

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
export function pipeNode(def: Def, compile: Compile): Node {
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
export function unionNode(options: readonly Schema[], compile: Compile): Node {
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

export function enumNode(entries: Record<string, string | number>): Node {
  const values = new Set<unknown>(Object.values(entries));
  return leaf((v) => values.has(v));
}
