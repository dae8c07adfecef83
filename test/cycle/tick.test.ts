import { describe, expect, it } from 'vitest';
import { type AnyAuditEntry, createCycle } from '../../src/index.js';
import { nov, OPENED, ORGANIZER, SCHEDULER, smallCycle } from './helpers.js';

describe('run.tick: the scheduler’s clock for the cycle and every open review', () => {
  it('moves every open review past its deadlines (overdue in the index), skips ended ones', () => {
    const log: AnyAuditEntry[] = [];
    const run = createCycle(smallCycle(), { onAudit: (e) => log.push(e) });
    run.open(OPENED, ORGANIZER);
    expect(run.tick(nov(5))).toMatchObject({ ok: true });
    const ticks = log.filter((e) => e.type === 'TICK');
    // the cycle and its 7 open reviews (the excluded one has ended)
    expect(ticks.map((e) => e.subjectId).sort()).toEqual(
      [
        'kon-tum-2024-test',
        ...smallCycle()
          .subjects.filter((s) => !s.excluded)
          .map((s) => s.id),
      ].sort(),
    );
    expect(ticks.every((e) => e.outcome === 'accepted')).toBe(true);
    // suggestions were due before 04-11: every open review is overdue now
    expect(
      run
        .index()
        .subjects.filter((s) => s.overdue)
        .map((s) => s.id),
    ).toHaveLength(7);
    expect(run.review('snv/gd')?.hasTag('overdue')).toBe(true);
    expect(run.index().now).toBe(nov(5));
    // a tick before the cycle's clock is refused, and reaches no review
    const before = log.length;
    expect(run.tick(nov(4))).toMatchObject({ ok: false, rejection: { code: 'OUT_OF_ORDER' } });
    expect(log.slice(before).map((e) => e.subjectId)).toEqual(['kon-tum-2024-test']);
    // only the scheduler or the organizer moves the clock
    expect(run.tick(nov(6), { id: 'p/bcsd', roles: ['authority'] })).toMatchObject({
      ok: false,
      rejection: { code: 'FORBIDDEN' },
    });
    expect(run.tick(nov(6), SCHEDULER)).toMatchObject({ ok: true });
  });

  it("with tickReviews 'due', reaches only the reviews whose deadlines have news at that instant", () => {
    const log: AnyAuditEntry[] = [];
    const run = createCycle(smallCycle(), { tickReviews: 'due', onAudit: (e) => log.push(e) });
    run.open(OPENED, ORGANIZER);
    const reached = (at: string) => {
      const from = log.length;
      expect(run.tick(at)).toMatchObject({ ok: true });
      return log.slice(from).filter((e) => e.subjectId !== 'kon-tum-2024-test').length;
    };
    expect(reached(nov(1, 8))).toBe(7); // suggestions approaching (due before 04-11)
    expect(reached(nov(1, 9))).toBe(0); // nothing new
    expect(reached(nov(5))).toBe(7); // suggestions missed
    expect(run.index().subjects.filter((s) => s.overdue)).toHaveLength(7);
  });
});
