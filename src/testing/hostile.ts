import fc from 'fast-check';

// Hostile values (kiemdiem/testing): what a sender may put anywhere, and what must never put a
// review in an error state or crash the host — deep nesting, huge strings, instants out of the
// calendar's range, prototype pollution, values that are not JSON-shaped.

const deep = (n: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < n; i += 1) v = [v];
  return v;
};

/** Values that must never kill an actor, whatever field they land in. */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.constantFrom(
    deep(40),
    deep(2000),
    'x'.repeat(10_001),
    '1949-12-31T00:00:00+07:00',
    '2200-01-01T00:00:00+07:00',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59+07:00',
    '-000001-01-01T00:00:00Z',
    { __proto__: null, type: 'TICK' },
    JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
    Array.from({ length: 30 }, () => 'x'.repeat(9_000)),
  ),
);

/** Whole "events" that are not events: wrong types, XState's own event names, bare values. */
export const hostileEventArb: fc.Arbitrary<unknown> = fc.oneof(
  hostileValueArb,
  fc.constantFrom(
    {},
    { type: 5 },
    { type: null },
    { type: 'xstate.stop' },
    { type: 'xstate.error.actor.x' },
    { type: 'kiemdiem.refused' },
    { type: '*' },
    null,
    5,
    'TICK',
    [],
    [{ type: 'TICK' }],
  ),
);
