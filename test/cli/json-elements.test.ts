import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonElements, splitJsonArray } from '../../src/cli/json-elements.js';

const all = (s: string) => {
  const e = jsonElements(s);
  return e && Array.from({ length: e.length }, (_, i) => e.at(i));
};

describe('jsonElements (CLI classify reads its input element by element)', () => {
  it('gives the elements JSON.parse gives, for any JSON array, pretty or not', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.boolean(), (list, pretty) => {
        const s = JSON.stringify(list, null, pretty ? 2 : undefined);
        expect(all(s)).toEqual(JSON.parse(s));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts only what JSON.parse accepts as an array; refused text falls back to JSON.parse', () => {
    const cut = fc
      .tuple(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.nat(), fc.nat(), fc.string())
      .map(([list, at, len, junk]) => {
        const s = JSON.stringify(list);
        const i = at % (s.length + 1);
        return s.slice(0, i) + junk + s.slice(i + (len % 3));
      });
    fc.assert(
      fc.property(cut, (s) => {
        let parsed: unknown;
        let ok = true;
        try {
          parsed = JSON.parse(s);
        } catch {
          ok = false;
        }
        const got = all(s);
        if (got !== null) {
          expect(ok).toBe(true);
          expect(got).toEqual(parsed);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('handles brackets, commas and escaped quotes inside strings', () => {
    const s = ' [ {"a":"x\\"],["}, "\\\\", [1,[2]] ,"{"]\n';
    expect(all(s)).toEqual(JSON.parse(s));
    expect(splitJsonArray('[]')).toEqual([]);
    expect(splitJsonArray('[1,]')).toBeNull();
    expect(splitJsonArray('[1] x')).toBeNull();
    expect(splitJsonArray('{"a":1}')).toBeNull();
  });
});
