/**
 * Exact rational numbers on BigInt (N335-EXACT): a score that is 90 on paper stays 90, never
 * 89.999…. Values are always reduced, with a positive denominator.
 */
export interface Rational {
  /** Numerator (carries the sign). */
  readonly n: bigint;
  /** Denominator, always > 0. */
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `n / d`, reduced; `d = 0` is a RangeError. */
export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('Rational with a zero denominator');
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return { n: (sign * n) / (g === 0n ? 1n : g), d: (sign * d) / (g === 0n ? 1n : g) };
}

export const ZERO: Rational = rational(0n);
export const ONE: Rational = rational(1n);

/** A whole number (a JS integer, exactly). */
export function fromInt(value: number): Rational {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  return rational(BigInt(value));
}

/**
 * The number a person wrote: a JS number read by its shortest decimal string, exactly
 * (1.5 → 3/2, 0.1 → 1/10, 1e-7 → 1/10000000), not by its binary value.
 */
export function fromNumber(value: number): Rational {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) throw new RangeError(`Unreadable number: ${value}`);
  const [, sign, whole, frac = '', exp = '0'] = m;
  const digits = BigInt(`${sign}${whole}${frac}`);
  const shift = Number(exp) - frac.length;
  return shift >= 0
    ? rational(digits * 10n ** BigInt(shift))
    : rational(digits, 10n ** BigInt(-shift));
}

export function add(x: Rational, y: Rational): Rational {
  return rational(x.n * y.d + y.n * x.d, x.d * y.d);
}

export function sub(x: Rational, y: Rational): Rational {
  return rational(x.n * y.d - y.n * x.d, x.d * y.d);
}

export function mul(x: Rational, y: Rational): Rational {
  return rational(x.n * y.n, x.d * y.d);
}

/** `x / y`; dividing by zero is a RangeError. */
export function div(x: Rational, y: Rational): Rational {
  if (y.n === 0n) throw new RangeError('Division by zero');
  return rational(x.n * y.d, x.d * y.n);
}

/** -1, 0 or 1 as `x` is below, equal to or above `y`. */
export function compare(x: Rational, y: Rational): -1 | 0 | 1 {
  const l = x.n * y.d;
  const r = y.n * x.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function equals(x: Rational, y: Rational): boolean {
  return x.n === y.n && x.d === y.d;
}

export function min(x: Rational, y: Rational): Rational {
  return compare(x, y) <= 0 ? x : y;
}

export function max(x: Rational, y: Rational): Rational {
  return compare(x, y) >= 0 ? x : y;
}

/** Sum of a list (0 for none). */
export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** `floor(n / d)` for BigInt (BigInt division truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** Rounded DOWN to 2 decimals (97.916… → 97.91; -0.001 → -0.01), as a JS number. */
export function floorTo2(x: Rational): number {
  return Number(floorDiv(x.n * 100n, x.d)) / 100;
}

/**
 * Rounded to 2 decimals, half up (0.005 → 0.01): how points are shown (RULES.md N335-EXACT: "reasons
 * show them rounded to 2 decimals"). Never used to compare with a band: that is exact.
 */
export function roundTo2(x: Rational): number {
  return Number(floorDiv(x.n * 200n + x.d, 2n * x.d)) / 100;
}

/** The nearest JS number (correctly rounded when both parts are safe integers). */
export function toNumber(x: Rational): number {
  const limit = 2n ** 53n;
  const abs = x.n < 0n ? -x.n : x.n;
  if (abs <= limit && x.d <= limit) return Number(x.n) / Number(x.d);
  // 25 significant digits of the quotient, then one rounding by the number parser.
  const shift = x.d.toString().length - abs.toString().length + 25;
  const q = shift >= 0 ? (x.n * 10n ** BigInt(shift)) / x.d : x.n / (x.d * 10n ** BigInt(-shift));
  return Number(`${q}e${-shift}`);
}

/**
 * The exact decimal writing of `x` when it has at most `maxDecimals` decimals (1.5 → "1.5",
 * 0.375 → "0.375"), else `undefined` (1/3).
 */
export function toDecimal(x: Rational, maxDecimals = 6): string | undefined {
  for (let places = 0; places <= maxDecimals; places++) {
    const scale = 10n ** BigInt(places);
    if ((x.n * scale) % x.d !== 0n) continue;
    const scaled = (x.n * scale) / x.d;
    const neg = scaled < 0n;
    const digits = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const frac = places > 0 ? `.${digits.slice(digits.length - places)}` : '';
    return `${neg ? '-' : ''}${whole}${frac}`;
  }
  return undefined;
}
