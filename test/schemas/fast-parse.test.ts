import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateProvince } from '../../bench/province.js';
import { AssessmentSchema } from '../../src/schemas/assessment.js';
import { fastAssessment } from '../../src/schemas/fast/assessment.js';
import { DOUBT, fastParse } from '../../src/schemas/fast/compile.js';
import { validAssessmentArb } from '../helpers/arbitraries.js';
import { agreement, damage, jsonish } from '../helpers/damage.js';
import { invalidCases } from '../helpers/mutations.js';
import { civilWitness, invalidWitness } from '../helpers/witness-civil.js';

// Issue 9: the fast path of `classify`'s validation is derived from AssessmentSchema and may only
// confirm what zod accepts, with the same output; on anything else it doubts and zod decides (and
// gives the issues). Checked on a fuzzed corpus: valid assessments, the invalid cases of the
// equivalence corpus, the bench's province mix, and random damage to valid input.

/** Whatever the fast path says about `input` must agree with zod. */
const agrees = agreement(fastAssessment, AssessmentSchema, DOUBT);

describe('the fast assessment parser', () => {
  it('confirms every valid assessment of the arbitraries, with zod’s output', () => {
    fc.assert(
      fc.property(validAssessmentArb, (a) => {
        expect(agrees(a)).toBe('confirmed');
      }),
      { numRuns: 2000, seed: 91 },
    );
  });

  it('confirms the province mix (JS objects and their JSON), with zod’s output', () => {
    for (const a of generateProvince(3000, 9)) {
      expect(agrees(a)).toBe('confirmed');
      expect(agrees(JSON.parse(JSON.stringify(a)))).toBe('confirmed');
    }
  });

  it('doubts every invalid case of the equivalence corpus that zod refuses', () => {
    // Some cases are valid for the schema and refused by the rule set (a role it does not rate).
    for (const [name, arb] of invalidCases)
      for (const [input] of fc.sample(arb, { seed: 92, numRuns: 100 }))
        if (!AssessmentSchema.safeParse(input).success) expect(agrees(input), name).toBe('doubted');
        else expect(agrees(input), name).toBe('confirmed');
  });

  it('agrees with zod on randomly damaged assessments', () => {
    let confirmed = 0;
    let doubted = 0;
    fc.assert(
      fc.property(
        validAssessmentArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        jsonish,
        fc.boolean(),
        (a, picks, value, drop) => {
          if (agrees(damage(a, picks, value, drop)) === 'confirmed') confirmed++;
          else doubted++;
        },
      ),
      { numRuns: 5000, seed: 93 },
    );
    // Both sides of the corpus are exercised (damage is sometimes harmless, e.g. a name).
    expect(confirmed).toBeGreaterThan(100);
    expect(doubted).toBeGreaterThan(1000);
  });

  it('agrees with zod on scored periods (NĐ 335, NĐ 233): the witnesses and damaged copies', () => {
    const witnesses = [...Object.values(civilWitness), ...Object.values(invalidWitness)];
    for (const w of Object.values(civilWitness)) expect(agrees(w)).toBe('confirmed');
    for (const w of witnesses) agrees(w);
    fc.assert(
      fc.property(
        fc.constantFrom(...witnesses),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        jsonish,
        fc.boolean(),
        (w, picks, value, drop) => {
          agrees(damage(w, picks, value, drop));
        },
      ),
      { numRuns: 3000, seed: 97 },
    );
  });

  it('agrees with zod on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(agrees(x)).toBe('doubted');
      }),
      { numRuns: 2000, seed: 94 },
    );
  });
});

describe('fastParse follows zod’s semantics or doubts', () => {
  const Inner = z.strictObject({ n: z.number().int().min(1), s: z.string().optional() });
  const Schema = z.strictObject({
    inner: Inner.optional(),
    list: z.array(z.boolean()).default([]),
    flags: z.strictObject({ a: z.boolean().default(false) }).default({ a: false }),
    maybe: z.number().nullable().default(null),
    map: z.record(z.string().min(1), z.enum(['x', 'y'])).optional(),
  });
  const fast = fastParse(Schema);

  it('writes an optional key given as undefined, as zod does', () => {
    const input = { inner: { n: 1, s: undefined } };
    expect(fast(input)).toStrictEqual(Schema.parse(input));
    expect(Object.keys((fast(input) as { inner: object }).inner)).toEqual(['n', 's']);
  });

  it('gives a fresh default each time (an output may be changed by its reader)', () => {
    const a = fast({}) as z.output<typeof Schema>;
    a.list.push(true);
    a.flags.a = true;
    expect(fast({})).toStrictEqual({ list: [], flags: { a: false }, maybe: null });
  });

  it('doubts what zod refuses or treats specially', () => {
    const doubtful: unknown[] = [
      { extra: 1 },
      { inner: { n: 1.5 } },
      { inner: { n: 0 } },
      { list: [true, undefined] },
      { list: new Array(2) },
      { map: { '': 'x' } },
      { map: { k: 'z' } },
      { map: { [Symbol('k')]: 'x' } },
      JSON.parse('{"__proto__": {"n": 1}}'),
      { inner: Object.assign(Object.create({ inherited: 1 }), { n: 1 }) },
      new (class {
        list = [];
      })(),
      {
        get inner(): never {
          throw new Error('a getter that throws');
        },
      },
      null,
      undefined,
      [],
    ];
    for (const input of doubtful) expect(fast(input)).toBe(DOUBT);
  });

  it('follows unions whose earlier options are exact, pipes, transforms and trims', () => {
    const cases: Array<[z.ZodType, unknown]> = [
      [z.union([z.number(), z.string().min(1)]), 'a'],
      [z.union([z.literal('x'), z.enum(['y']), z.number()]), 3],
      [z.string().transform((s) => s.length), 'abc'],
      [z.string().trim().min(1), '  a  '],
      [z.string().pipe(z.string().min(2)), 'ab'],
      [z.strictObject({ a: z.unknown() }), { a: { deep: [1] } }],
      [
        z.strictObject({
          a: z
            .string()
            .optional()
            .refine(() => true),
        }),
        {},
      ],
      [
        z.strictObject({
          a: z
            .string()
            .optional()
            .refine((v) => v !== 'y'),
        }),
        { a: 'x' },
      ],
      [
        z.strictObject({
          a: z
            .string()
            .default('d')
            .refine((v) => v === 'd'),
        }),
        {},
      ],
    ];
    for (const [schema, input] of cases)
      expect(fastParse(schema)(input)).toStrictEqual(schema.parse(input));
  });

  it('doubts kinds it was not built for (other unions, loose objects), and failing refinements', () => {
    // an earlier option that is not exact: its doubt would not mean zod refuses it
    expect(fastParse(z.union([z.string().min(1), z.number()]))('a')).toBe(DOUBT);
    // a transform that reports an issue, or is asynchronous
    const reporting = z.string().transform((s, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'no' });
      return s;
    });
    expect(fastParse(reporting)('a')).toBe(DOUBT);
    expect(fastParse(z.string().transform(async (s) => s))('a')).toBe(DOUBT);
    // trimmed to nothing: min(1) sees the trimmed value, as in zod
    expect(fastParse(z.string().trim().min(1))('   ')).toBe(DOUBT);
    expect(fastParse(z.strictObject({ a: z.unknown() }))({})).toBe(DOUBT);
    expect(fastParse(z.looseObject({ a: z.string() }))({ a: 'x' })).toBe(DOUBT);
    // a refined optional whose refinement fails on the value
    const refined = z.strictObject({
      a: z
        .string()
        .optional()
        .refine((v) => v === undefined || v === 'x'),
    });
    expect(fastParse(refined)({ a: 'y' })).toBe(DOUBT);
  });

  it('runs the schema’s own refinements: a failing one makes it doubt', () => {
    const Refined = z.strictObject({ a: z.number(), b: z.number() }).refine((v) => v.a < v.b);
    const parse = fastParse(Refined);
    expect(parse({ a: 1, b: 2 })).toStrictEqual({ a: 1, b: 2 });
    expect(parse({ a: 2, b: 1 })).toBe(DOUBT);
  });
});
