import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createReviewActor, ReviewInputError, reviewMachine } from '../../machines/index.js';
import { inputError, reviewInput } from './helpers.js';

describe('review input (validated by zod before the actor exists)', () => {
  it('a valid input starts in preparing, with the rule set and form resolved', () => {
    const actor = createReviewActor(reviewInput()).start();
    const ctx = actor.getSnapshot().context;
    expect(ctx).toMatchObject({
      ruleSet: 'qd366-2025',
      form: '2B',
      stage: 'preparing',
      now: '2025-11-03T08:00:00+07:00',
    });
    expect(actor.getSnapshot().hasTag('waiting-superior')).toBe(true);
  });

  it('the form follows the rule set and the subject (qd124: 02B for a leader), or the host’s own', () => {
    const leader = createReviewActor(
      reviewInput({
        subject: { id: 'l', kind: 'individual', role: 'leader', unitId: 'u' },
        cycle: { year: 2024, openedAt: '2024-11-01T08:00:00+07:00' },
      }),
    ).start();
    expect(leader.getSnapshot().context).toMatchObject({ ruleSet: 'qd124-2023', form: '02B' });
    const own = createReviewActor(
      reviewInput({
        subject: { id: 'l', kind: 'individual', role: 'leader', unitId: 'u', form: '02-C' },
      }),
    ).start();
    expect(own.getSnapshot().context.form).toBe('02-C');
  });

  it('an invalid input throws a located, bilingual ReviewInputError', () => {
    const e = inputError(() =>
      createReviewActor({
        subject: { id: 'x', kind: 'collective', role: 'member', unitId: 'u' },
        cycle: { year: 2025, openedAt: '2025-11-03 08:00' },
        deadlines: [
          { id: 'd', due: '2025-11-20T00:00:00+07:00', guards: 'selfReview' },
          { id: 'd', due: '2025-11-21T00:00:00+07:00', guards: 'approved' },
        ],
      } as never),
    );
    const paths = e.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['subject.role', 'cycle.openedAt', 'deadlines.1.guards']),
    );
    expect(e.text.vi).toMatch(/không hợp lệ/);
    expect(e.message).toMatch(/Invalid review input/);
  });

  it('duplicate deadline ids, an unshipped rule set, an unknown rule switch', () => {
    const dup = inputError(() =>
      createReviewActor(
        reviewInput({
          deadlines: [
            { id: 'd', due: '2025-11-20T00:00:00+07:00', guards: 'selfReview' },
            { id: 'd', due: '2025-11-21T00:00:00+07:00', guards: 'meeting' },
          ],
        }),
      ),
    );
    expect(dup.issues.map((i) => i.path.join('.'))).toEqual(['deadlines.1.id']);
    // Rev 2: the civil-service rule sets ship; a review year with none is still refused.
    const none = inputError(() =>
      createReviewActor(
        reviewInput({
          subject: { id: 'x', kind: 'individual', role: 'member', unitId: 'u' },
          cycle: { year: 2022, openedAt: '2022-11-01T08:00:00+07:00' },
        }),
      ),
    );
    expect(none.issues[0]).toMatchObject({
      path: ['cycle', 'ruleSet'],
      code: 'rule_set_unavailable',
    });
    const rules = inputError(() =>
      createReviewActor(
        reviewInput({ classification: { profile: { rules: { 'NO-SUCH-RULE': false } } } }),
      ),
    );
    expect(rules.issues[0]?.path).toEqual(['classification', 'profile', 'rules', 'NO-SUCH-RULE']);
  });

  it('plain createActor with a bad input gives an actor in error status (XState catches the throw)', () => {
    const actor = createActor(reviewMachine, { input: { subject: {} } as never });
    expect(actor.getSnapshot().status).toBe('error');
    expect((actor.getSnapshot() as { error?: unknown }).error).toBeInstanceOf(ReviewInputError);
  });
});
