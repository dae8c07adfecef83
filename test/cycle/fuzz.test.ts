import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CycleIndex, type CycleRun, createCycle } from '../../src/index.js';
import { ITEMS, nov, OPENED, ORGANIZER, reviewsToDecision, smallCycle } from './helpers.js';

/** The index without its audit chain: what a refused event must leave as it was. */
function withoutAudit(index: CycleIndex): unknown {
  const { audit: _audit, ...rest } = JSON.parse(JSON.stringify(index)) as CycleIndex;
  return rest;
}

const PERSONS = ['p/snv-officer', 'p/head-so-noi-vu', 'p/head-so-y-te', 'p/bcsd', 'x', ''];
const ROLES = ['organizer', 'unitHead', 'scheduler', 'authority', 'subject', 'nobody'];
const TYPES = [
  'OPEN_CYCLE',
  'SUBMIT_DOSSIER',
  'COMPILE_SUMMARY',
  'FINALIZE',
  'TICK',
  'REVIEW_NOTED',
  'DECIDE_LEVEL',
  'xstate.stop',
  '*',
  'kiemdiem.refused',
];
const INSTANTS = [nov(20), nov(26), OPENED, '2024-10-01T00:00:00+07:00', 'yesterday', 5];

const sender = fc.record(
  {
    id: fc.constantFrom(...PERSONS),
    roles: fc.array(fc.constantFrom(...ROLES), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** Cycle events, mostly well-formed, some of any shape. */
const cycleEvent = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom(...TYPES),
      at: fc.constantFrom(...INSTANTS),
      now: fc.constantFrom(...INSTANTS),
      by: sender,
      unitId: fc.constantFrom('so-noi-vu', 'so-y-te', 'phong-ccvc', 'khong-co', '__proto__'),
      items: fc.oneof(fc.constant(ITEMS), fc.subarray([...ITEMS, 'minutes', 'x'])),
      overrides: fc.array(
        fc.record({
          subjectId: fc.constantFrom('stc/ld', 'snv/gd', 'x'),
          by: fc.constant('bcsd'),
          reason: fc.constantFrom('lý do', ''),
        }),
        { maxLength: 2 },
      ),
      subjectId: fc.constantFrom('snv/gd', 'x'),
      note: fc.constant({ stage: 'closed', level: 'EXCELLENT' }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.anything(),
);

describe('cycle fuzz: random cycle events and senders', () => {
  it('never crash, never stop the cycle, and change nothing but the audit when refused', () => {
    fc.assert(
      fc.property(fc.array(cycleEvent, { maxLength: 12 }), (events) => {
        const run: CycleRun = createCycle(smallCycle());
        run.open(OPENED, ORGANIZER);
        reviewsToDecision(run);
        for (const e of events) {
          const before = run.index();
          const seq = before.audit.seq;
          const result = run.sendCycle(e);
          const after = run.index();
          if (!result.ok) {
            expect(withoutAudit(after)).toEqual(withoutAudit(before));
            expect(after.audit.seq).toBe(result.seq === null ? seq : seq + 1);
          } else expect(after.audit.seq).toBe(seq + 1);
          // a review event of any shape, for any subject, never throws either
          const r = run.send(String((e as { subjectId?: unknown })?.subjectId ?? 'snv/gd'), e);
          expect(typeof r.ok).toBe('boolean');
        }
        expect(run.index().state).not.toBeUndefined();
        expect(run.sendCycle({ type: 'TICK', at: nov(30), now: nov(30), by: ORGANIZER }).ok).toBe(
          true,
        );
        run.stop();
      }),
      { numRuns: 20 },
    );
  });

  it('a hostile event (a getter that throws, a cycle, a huge nesting) is refused, never thrown', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    reviewsToDecision(run);
    let reads = 0;
    const tricky = {
      get type() {
        reads += 1;
        if (reads > 1) throw new Error('read twice');
        return 'DECIDE_LEVEL';
      },
      level: 'GOOD',
      at: nov(15),
      by: { id: 'p/bcsd', roles: ['authority'] },
    };
    const looped: Record<string, unknown> = { type: 'SUBMIT_DOSSIER' };
    looped.self = looped;
    let deep: unknown = { type: 'FINALIZE' };
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    for (const e of [tricky, looped, deep]) {
      expect(run.send('snv/gd', e).ok).toBe(false);
      expect(run.sendCycle(e).ok).toBe(false);
    }
    expect(run.review('snv/gd')?.context.decision).toBeNull();
    expect(run.index().state).toBe('open');
  });
});
