import { describe, expect, it } from 'vitest';
import { createReviewActor, persist, restore, reviewMachine } from '../../machines/index.js';
import { happyPath, reviewInput } from './helpers.js';

describe('reviews share the members every review holds alike (issue 10: memory per open review)', () => {
  it('two reviews of one cycle hold one frozen copy of its facts, and each still runs and saves', () => {
    const a = createReviewActor(reviewInput()).start();
    const b = createReviewActor(
      reviewInput({ subject: { ...reviewInput().subject, id: 'someone-else' } }),
    ).start();
    const ca = a.getSnapshot().context;
    const cb = b.getSnapshot().context;
    expect(cb.cycle).toBe(ca.cycle);
    expect(Object.isFrozen(ca.cycle)).toBe(true);
    expect(cb.subject).not.toBe(ca.subject);
    for (const e of happyPath()) expect(a.dispatch(e).ok).toBe(true);
    // the shared member survives a round trip through persistence unchanged
    const again = restore(reviewMachine, JSON.parse(JSON.stringify(persist(a)))).start();
    expect(again.getSnapshot().context.cycle).toEqual(ca.cycle);
    expect(again.getSnapshot().context.stage).toBe(a.getSnapshot().context.stage);
  });

  it('a review of another cycle keeps its own facts', () => {
    const a = createReviewActor(reviewInput()).start();
    const other = reviewInput();
    const b = createReviewActor({
      ...other,
      cycle: { ...other.cycle, openedAt: '2025-11-04T08:00:00+07:00' },
    }).start();
    expect(b.getSnapshot().context.cycle).not.toBe(a.getSnapshot().context.cycle);
    expect(b.getSnapshot().context.cycle.openedAt).toBe('2025-11-04T08:00:00+07:00');
  });
});
