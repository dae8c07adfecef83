import type { Rational } from './rational.js';
import * as Q from './rational.js';

/**
 * The arithmetic the scoring formulas run in: exact rationals (N335-EXACT, the default) or plain
 * JS floating point (`exact: false`, to show what floats would give). Results always leave as
 * {@link Rational}: a float result is read by its shortest decimal string (89.99999999999999 stays
 * 89.99999999999999, below 90).
 */
export interface Arith<T> {
  /** A number as written in the input (a count, a coefficient, 100, 0.25). */
  num(value: number): T;
  add(x: T, y: T): T;
  sub(x: T, y: T): T;
  mul(x: T, y: T): T;
  div(x: T, y: T): T;
  min(x: T, y: T): T;
  max(x: T, y: T): T;
  isZero(x: T): boolean;
  toRational(x: T): Rational;
}

export const EXACT: Arith<Rational> = {
  num: Q.fromNumber,
  add: Q.add,
  sub: Q.sub,
  mul: Q.mul,
  div: Q.div,
  min: Q.min,
  max: Q.max,
  isZero: (x) => x.n === 0n,
  toRational: (x) => x,
};

export const FLOAT: Arith<number> = {
  num: (value) => value,
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
  min: Math.min,
  max: Math.max,
  isZero: (x) => x === 0,
  toRational: Q.fromNumber,
};
