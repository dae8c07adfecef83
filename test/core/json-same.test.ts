import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSame } from '../../src/core/json-same.js';

const byText = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// JSON data with the members JSON leaves out, numbers it writes as null, and a toJSON now and then
const odd = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), Number.NaN, -0, new Date(0));
const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<unknown>(null, true, false, 0, 1, 'a', 'b', ''),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -2, max: 2 }),
    odd,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '1'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

describe('jsonSame', () => {
  it('answers what comparing the two JSON texts answers (fuzzed, both ways)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonSame(a, b)).toBe(byText(a, b));
        // a value and its own JSON copy: the same text, however it was built
        const copy = JSON.stringify(a) === undefined ? a : JSON.parse(JSON.stringify(a));
        expect(jsonSame(a, copy)).toBe(byText(a, copy));
      }),
      { numRuns: 3000 },
    );
  });

  it('follows JSON: key order counts, omitted members do not, arrays write them as null', () => {
    expect(jsonSame({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(jsonSame({ a: 1, x: undefined }, { a: 1 })).toBe(true);
    expect(jsonSame({ x: undefined, a: 1 }, { a: 1, y: () => 0 })).toBe(true);
    expect(jsonSame([undefined], [null])).toBe(true);
    expect(jsonSame([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonSame(-0, 0)).toBe(true);
    expect(jsonSame(Number.NaN, null)).toBe(true);
    expect(jsonSame(new Date(0), '1970-01-01T00:00:00.000Z')).toBe(true);
    expect(jsonSame(undefined, () => 0)).toBe(true);
    expect(jsonSame({ stage: 'closed', level: 'GOOD' }, { stage: 'closed', level: 'GOOD' })).toBe(
      true,
    );
    expect(jsonSame({ stage: 'closed' }, { stage: 'decided' })).toBe(false);
  });
});
