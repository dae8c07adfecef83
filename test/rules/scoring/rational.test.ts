import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  div,
  equals,
  floorTo2,
  fromInt,
  fromNumber,
  max,
  min,
  mul,
  type Rational,
  rational,
  sub,
  toDecimal,
  toNumber,
} from '../../../src/rules/scoring/rational.js';

const r = (n: number, d = 1) => rational(BigInt(n), BigInt(d));
const RUNS = { numRuns: 500 };
const ratArb: fc.Arbitrary<Rational> = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }))
  .map(([n, d]) => rational(n, d));

describe('rational', () => {
  it('reduces and keeps the denominator positive', () => {
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(rational(0n, -7n)).toEqual({ n: 0n, d: 1n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('reads a JS number by its shortest decimal string, exactly', () => {
    expect(fromNumber(1.5)).toEqual(r(3, 2));
    expect(fromNumber(0.1)).toEqual(r(1, 10));
    expect(fromNumber(-0.25)).toEqual(r(-1, 4));
    expect(fromNumber(1e-7)).toEqual(r(1, 10_000_000));
    expect(fromNumber(1.5e21)).toEqual(rational(1_500_000_000_000_000_000_000n));
    expect(fromNumber(-0)).toEqual(r(0));
    // 0.1 + 0.2 is the double 0.30000000000000004: read as written, not as 3/10.
    expect(fromNumber(0.1 + 0.2)).toEqual(rational(30000000000000004n, 10n ** 17n));
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
    expect(() => fromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('does arithmetic exactly: 0.1 + 0.2 = 0.3, and 1/3 · 3 = 1', () => {
    expect(add(fromNumber(0.1), fromNumber(0.2))).toEqual(r(3, 10));
    expect(mul(div(r(1), r(3)), r(3))).toEqual(r(1));
    expect(sub(r(1, 2), r(1, 3))).toEqual(r(1, 6));
    expect(() => div(r(1), r(0))).toThrow(RangeError);
    expect(min(r(1, 3), r(1, 2))).toEqual(r(1, 3));
    expect(max(r(1, 3), r(1, 2))).toEqual(r(1, 2));
    expect(compare(r(2, 3), r(4, 6))).toBe(0);
    expect(compare(r(-1, 3), r(1, 3))).toBe(-1);
  });

  it('rounds DOWN to 2 decimals', () => {
    expect(floorTo2(r(2350, 24))).toBe(97.91); // 97.9166…
    expect(floorTo2(r(90))).toBe(90);
    expect(floorTo2(r(8999999, 100000))).toBe(89.99);
    expect(floorTo2(r(-1, 1000))).toBe(-0.01);
    expect(floorTo2(fromNumber(89.99999999999999))).toBe(89.99);
  });

  it('writes terminating decimals exactly and refuses the others', () => {
    expect(toDecimal(r(3, 8))).toBe('0.375');
    expect(toDecimal(r(-5, 4))).toBe('-1.25');
    expect(toDecimal(r(18))).toBe('18');
    expect(toDecimal(r(1, 3))).toBeUndefined();
    expect(toDecimal(r(1, 1000), 2)).toBeUndefined();
  });

  it('fromNumber and toNumber round-trip every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(toNumber(fromNumber(x))).toBe(x === 0 ? 0 : x);
      }),
      RUNS,
    );
  });

  it('toNumber is close for big numerators and denominators', () => {
    expect(toNumber(rational(10n ** 30n + 1n, 3n * 10n ** 29n))).toBeCloseTo(10 / 3, 14);
    expect(toNumber(fromInt(7))).toBe(7);
  });

  it('is a field: commutative, associative, distributive, with inverses', () => {
    fc.assert(
      fc.property(ratArb, ratArb, ratArb, (x, y, z) => {
        expect(add(x, y)).toEqual(add(y, x));
        expect(mul(x, y)).toEqual(mul(y, x));
        expect(add(add(x, y), z)).toEqual(add(x, add(y, z)));
        expect(mul(x, add(y, z))).toEqual(add(mul(x, y), mul(x, z)));
        expect(sub(add(x, y), y)).toEqual(x);
        if (y.n !== 0n) expect(mul(div(x, y), y)).toEqual(x);
        // Antisymmetric (sum, not negation: Object.is(0, -0) is false when x equals y).
        expect(compare(x, y) + compare(y, x)).toBe(0);
        expect(equals(min(x, y), x) || equals(min(x, y), y)).toBe(true);
      }),
      RUNS,
    );
  });

  it('floorTo2(x) ≤ x < floorTo2(x) + 0.01', () => {
    fc.assert(
      fc.property(ratArb, (x) => {
        const f = fromNumber(floorTo2(x));
        expect(compare(f, x)).toBeLessThanOrEqual(0);
        expect(compare(x, add(f, r(1, 100)))).toBe(-1);
      }),
      RUNS,
    );
  });
});
