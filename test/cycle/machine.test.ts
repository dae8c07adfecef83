import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  CYCLE_HANDLED,
  CYCLE_STATES,
  type CycleEmitted,
  cycleMachine,
  openCycleIndex,
  reviewNoted,
} from '../../src/index.js';
import { nov, OPENED, ORGANIZER, smallCycle, who } from './helpers.js';

describe('cycleMachine (issue 10)', () => {
  it('has the four states, each with a description and vi/en labels', () => {
    const states = cycleMachine.root.states;
    expect(Object.keys(states)).toEqual([...CYCLE_STATES]);
    for (const node of Object.values(states)) {
      expect(node.description?.length).toBeGreaterThan(10);
      const meta = node.meta as { label: { vi: string; en: string } };
      expect(meta.label.vi.length).toBeGreaterThan(0);
      expect(meta.label.en.length).toBeGreaterThan(0);
    }
  });

  it('handles in each state exactly what CYCLE_HANDLED says (TICK everywhere)', () => {
    for (const state of CYCLE_STATES) {
      const own = Object.keys(cycleMachine.root.states[state]?.config.on ?? {});
      expect([...own, 'TICK'].sort()).toEqual([...CYCLE_HANDLED[state]].sort());
    }
  });

  it('refused events change nothing but the audit chain, and are audited in the cycle’s own chain', () => {
    const actor = createActor(cycleMachine, { input: { index: openCycleIndex(smallCycle()) } });
    const emitted: CycleEmitted[] = [];
    actor.on('*', (e) => emitted.push(e as CycleEmitted));
    actor.start();
    const cases: Array<[unknown, string]> = [
      [{ type: 'COMPILE_SUMMARY', at: nov(1), by: ORGANIZER }, 'NOT_ALLOWED_IN_STATE'],
      [{ type: 'OPEN_CYCLE', at: OPENED, by: { id: 'p/bcsd', roles: ['organizer'] } }, 'FORBIDDEN'],
      [{ type: 'OPEN_CYCLE', at: '2024-10-01T00:00:00+07:00', by: ORGANIZER }, 'OUT_OF_ORDER'],
      [{ type: 'OPEN_CYCLE', at: OPENED, by: ORGANIZER, extra: 1 }, 'INVALID_PAYLOAD'],
      [{ type: 'REVIEW_NOTED', subjectId: 'snv/gd', note: { stage: 'closed' } }, 'INVALID_PAYLOAD'],
      [
        {
          type: 'SUBMIT_DOSSIER',
          unitId: 'so-y-te',
          items: [],
          at: nov(1),
          by: who('unitHead', '', 'so-y-te'),
        },
        'NOT_ALLOWED_IN_STATE',
      ],
    ];
    for (const [event, code] of cases) {
      const before = actor.getSnapshot();
      emitted.length = 0;
      actor.send(event as never);
      const after = actor.getSnapshot();
      expect(emitted.find((e) => e.type === 'rejected')).toMatchObject({ code });
      expect(after.value).toBe(before.value);
      const { audit: a, ...rest } = after.context;
      const { audit: b, ...was } = before.context;
      expect(rest).toEqual(was);
      expect(a.seq).toBe(b.seq + 1);
      const entry = emitted.find((e) => e.type === 'audit');
      expect(entry?.type === 'audit' && entry.entry).toMatchObject({
        subjectId: 'kon-tum-2024-test',
        outcome: 'rejected',
        code,
        from: 'draft',
        to: 'draft',
        prev: b.head,
      });
    }
    // the runner's own REVIEW_NOTED is applied without an audit entry
    const seq = actor.getSnapshot().context.audit.seq;
    actor.send(reviewNoted('snv/gd', { stage: 'meeting' }) as never);
    expect(actor.getSnapshot().context.subjects.find((s) => s.id === 'snv/gd')?.stage).toBe(
      'meeting',
    );
    expect(actor.getSnapshot().context.audit.seq).toBe(seq);
    expect(actor.getSnapshot().status).toBe('active');
  });
});
