import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isJsonValue } from '../../src/cli/json-valid.js';

// The scan may only say "valid" for text JSON.parse accepts (json-valid.ts); it is meant to say
// so for every ordinary value, so that large inputs are parsed once.

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

/** Text near JSON: a JSON text with a few characters replaced, inserted or removed. */
const damaged = fc
  .tuple(
    fc.tuple(fc.jsonValue(), fc.nat(2)).map(([v, indent]) => JSON.stringify(v, null, indent)),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          '',
          '"',
          '\\',
          ',',
          ':',
          '[',
          ']',
          '{',
          '}',
          '-',
          '.',
          'e',
          '0',
          ' ',
          '\u0001',
          'u',
          'x',
        ),
        fc.boolean(),
      ),
      { maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, c, insert] of edits) {
      const i = s.length === 0 ? 0 : at % s.length;
      s = s.slice(0, i) + c + s.slice(insert ? i : i + 1);
    }
    return s;
  });

it('says valid for every JSON value, as JSON.stringify writes it', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.nat(4), (v, indent) => {
      const s = JSON.stringify(v, null, indent);
      expect(isJsonValue(s, 0, s.length)).toBe(true);
    }),
    { numRuns: 3000, seed: 95 },
  );
});

it('says valid only for text that JSON.parse accepts', () => {
  let refused = 0;
  fc.assert(
    fc.property(fc.oneof(damaged, fc.string(), fc.string({ unit: 'binary' })), (s) => {
      const valid = isJsonValue(s, 0, s.length);
      if (valid) expect(parses(s), s).toBe(true);
      else refused++;
      if (!valid && parses(s)) expect.fail(`refused text JSON.parse accepts: ${JSON.stringify(s)}`);
    }),
    { numRuns: 20000, seed: 96 },
  );
  expect(refused).toBeGreaterThan(1000);
});

it('reads only its slice of a longer text', () => {
  const s = '[1,-0,"a\\u00e9",{"k":[true,null]},[1]]';
  const at = (part: string) => s.indexOf(part);
  const slice = (from: number, to: number) => isJsonValue(s, from, to);
  expect(slice(1, 2)).toBe(true); // 1
  expect(slice(at('-0'), at('-0') + 2)).toBe(true);
  expect(slice(at('-0'), at('-0') + 1)).toBe(false); // "-": the 0 after it is outside the slice
  const str = at('"a');
  expect(slice(str, str + 9)).toBe(true); // "a\u00e9"
  expect(slice(str, str + 8)).toBe(false); // its closing quote is outside
  const obj = at('{');
  expect(slice(obj, obj + 17)).toBe(true); // {"k":[true,null]}
  expect(slice(obj, obj + 16)).toBe(false);
  expect(slice(s.length - 4, s.length - 2)).toBe(false); // "[1": its bracket is outside
});
