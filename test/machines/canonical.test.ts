import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJsonOfParts,
  jsonCopyOfParts,
  scalarCopy,
} from '../../machines/canonical-memo.js';
import { canonicalJson, createReviewActor, persist } from '../../machines/index.js';

// Issue 9: canonicalJson writes its text straight into a string instead of building a sorted
// copy and JSON.stringify-ing it. The digests of every existing audit entry and seal depend on
// that text, so it must stay the same, character for character, as the copy-then-stringify of
// the first version — kept here as the oracle.

function reference(value: unknown): string {
  return JSON.stringify(canonicalize(value)) ?? 'null';
}

function canonicalize(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonicalize(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function') continue;
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: canonicalize(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = canonicalize(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    return null;
  }
  return value;
}

/** Strings that differ between NFC and NFD, escapes, lone surrogates, keys that sort oddly. */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('Nguyễn', 'Nguyễn'.normalize('NFD'), '\u0000\n"\\', '\ud800', '__proto__', ''),
  // array-index keys come first in an object, in numeric order: "10" after "2", "01" is no index
  fc.constantFrom('0', '1', '2', '10', '01', '-1', '4294967294', '4294967295', '1e3'),
);

const odd = fc.constantFrom<unknown>(
  undefined,
  () => 1,
  Symbol('s'),
  10n,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  new Date(0),
  new Map([[1, 2]]),
  new String('ab'),
  Object.assign(new Array(2), { 1: 1 }), // a hole, then 1
);

const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    odd,
    fc.array(tie('v'), { maxLength: 5 }),
    fc.dictionary(text, tie('v'), { maxKeys: 6 }),
  ),
})).v;

describe('canonicalJson', () => {
  it('writes what the copy-then-stringify reference writes (fuzzed)', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 5_000 },
    );
  });

  it('keeps an own "__proto__" key, as JSON.parse makes it', () => {
    const v = JSON.parse('{"b":1,"__proto__":{"x":"é"},"a":[null,2]}');
    expect(canonicalJson(v)).toBe(reference(v));
    expect(canonicalJson(v)).toBe('{"__proto__":{"x":"é"},"a":[null,2],"b":1}');
  });

  it('writes top-level oddities as the reference does', () => {
    for (const v of [undefined, () => 1, Symbol('s'), 1n, Number.NaN, 'e\u0301', -0, null])
      expect(canonicalJson(v)).toBe(reference(v));
  });
});

describe('canonicalJsonOfParts (persist: context members written once each)', () => {
  it('writes what canonicalJson writes, at every depth, first and remembered (fuzzed)', () => {
    fc.assert(
      fc.property(value, fc.nat(3), (v, depth) => {
        const want = canonicalJson(v);
        expect(canonicalJsonOfParts(v, depth)).toBe(want);
        expect(canonicalJsonOfParts(v, depth)).toBe(want); // the second time from memory
      }),
      { numRuns: 3_000 },
    );
  });

  it('writes a new member again: the memo is by object, not by place', () => {
    const member = { b: 1, a: 'x' };
    const first = { context: { m: member, n: 1 } };
    expect(canonicalJsonOfParts(first, 2)).toBe('{"context":{"m":{"a":"x","b":1},"n":1}}');
    const next = { context: { m: { ...member, a: 'y' }, n: 2 } };
    expect(canonicalJsonOfParts(next, 2)).toBe(canonicalJson(next));
  });
});

describe('the member orders remembered by key list', () => {
  it('tells apart key lists that start alike, and the same keys added in another order', () => {
    const lists = [
      { context: { a: 1, b: 2 } },
      { context: { a: 1, c: 3 } },
      { context: { a: 1, b: 2, c: 3 } },
      { context: { a: 1 } },
      { context: { b: 2, a: 1 } },
      { context: { a: 1, '1': 'index' } },
    ];
    for (let round = 0; round < 2; round++)
      for (const v of lists) {
        expect(canonicalJsonOfParts(v, 2)).toBe(canonicalJson(v));
        expect(jsonCopyOfParts(v)).toEqual(JSON.parse(canonicalJson(v)));
      }
  });
});

describe('scalarCopy (a context member that is not an object, copied without its text)', () => {
  it('is the parse of its canonical JSON (fuzzed, and the odd scalars)', () => {
    const scalar = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    const same = (v: unknown) => {
      expect(scalarCopy(v)).toStrictEqual(JSON.parse(canonicalJson(v)));
    };
    fc.assert(fc.property(scalar, same), { numRuns: 3_000 });
    for (const v of [-0, Number.NaN, Number.NEGATIVE_INFINITY, 1e21, 5e-324, 10n, Symbol('s')])
      same(v);
    expect(Object.is(scalarCopy(-0), 0)).toBe(true);
  });
});

describe('jsonCopyOfParts (the envelope shares unchanged, frozen members)', () => {
  it('is the JSON copy of the canonical text, with frozen members shared between calls', () => {
    fc.assert(
      fc.property(fc.dictionary(text, value, { maxKeys: 6 }), fc.jsonValue(), (context, v) => {
        const snapshot = { status: 'active', value: v, context };
        const want = JSON.parse(canonicalJsonOfParts(snapshot, 2));
        const first = jsonCopyOfParts(snapshot);
        expect(first).toEqual(want);
        const again = jsonCopyOfParts(snapshot);
        expect(again).not.toBe(first);
        expect(again.context).not.toBe(first.context);
        for (const [k, m] of Object.entries(again.context as object))
          if (m !== null && typeof m === 'object') {
            expect(m).toBe((first.context as Record<string, unknown>)[k]);
            expect(Object.isFrozen(m)).toBe(true);
          }
      }),
      { numRuns: 1_000 },
    );
  });

  it('a persisted member cannot be changed through an envelope, and the actor keeps its own', () => {
    const a = createReviewActor({
      subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
      cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00' },
    }).start();
    const one = persist(a);
    const two = persist(a);
    const subject = (one.snapshot.context as { subject: { id: string } }).subject;
    expect(() => {
      subject.id = 'someone-else';
    }).toThrow(TypeError);
    expect((two.snapshot.context as { subject: { id: string } }).subject.id).toBe('nguyen-van-a');
    expect(a.getSnapshot().context.subject.id).toBe('nguyen-van-a');
    expect(Object.isFrozen(a.getSnapshot().context.subject)).toBe(false);
    // a top-level change of one envelope stays in it
    (one.snapshot.context as { stage: string }).stage = 'closed';
    expect((two.snapshot.context as { stage: string }).stage).toBe('preparing');
    expect(JSON.parse(JSON.stringify(two))).toEqual(two);
  });
});
