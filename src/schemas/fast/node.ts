import type { z } from 'zod';
import { type Checked, FAILS } from './checks.js';

// The pieces every part of the fast parser is made of (see compile.ts).

/** "Ask zod": the fast path cannot confirm this input. */
export const DOUBT: unique symbol = Symbol('doubt');
/** An optional key that is absent: nothing is written to the output. */
export const OMIT: unique symbol = Symbol('omit');

export type Out = unknown;

export interface Node {
  /** The output for a present (not `undefined`) value, or DOUBT. */
  readonly parse: (value: unknown) => Out | typeof DOUBT;
  /**
   * The output for a key that is absent or (`present`) holds `undefined`: a default, `undefined`
   * or OMIT (optional, as zod writes it), or DOUBT (required).
   */
  readonly absent: (present: boolean) => Out | typeof OMIT | typeof DOUBT;
}

export type Schema = z.core.$ZodType;

export interface Def {
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
  /** A `z.custom` schema's test. */
  readonly fn?: (value: unknown) => unknown;
}

export const required = (): typeof DOUBT => DOUBT;
export const NEVER: Node = { parse: () => DOUBT, absent: required };

/** Object.prototype or none: what JSON.parse makes (class instances and the like go to zod). */
export function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function withChecks(node: Node, checked: Checked | undefined): Node {
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

export function leaf(is: (v: unknown) => boolean): Node {
  return { parse: (v) => (is(v) ? v : DOUBT), absent: required };
}

/**
 * A wrapper (optional, nullable, default) with checks of its own (`z.string().optional()
 * .superRefine(…)`): zod runs them on what the wrapper gives, `undefined` for an absent key too.
 */
export function wrapperWithChecks(node: Node, checked: Checked | undefined): Node {
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

/** The compiler, handed to the parts that compile what they contain. */
export type Compile = (schema: Schema) => Node;
