import { describe, expect, it } from 'vitest';
import { createReviewActor } from '../../machines/index.js';
import { inputError, reviewInput } from './helpers.js';

// RULES.md §7: the review subject carries regime and employment too, and a civil servant's review
// of 2026 runs under nd335-2025 on the period sheet (issue 7 item 5).

describe('a civil-service review', () => {
  const civil = (employment?: 'civil-servant' | 'public-employee' | 'cadre') =>
    reviewInput({
      subject: {
        id: 'nguyen-van-a',
        kind: 'individual',
        role: 'member',
        unitId: 'so-tai-chinh',
        regime: 'civil-service',
        ...(employment ? { employment } : {}),
      },
      cycle: { year: 2026, openedAt: '2026-11-02T08:00:00+07:00' },
    });

  it('of a civil servant in 2026 runs under nd335-2025 on the period sheet', () => {
    const ctx = createReviewActor(civil('civil-servant')).start().getSnapshot().context;
    expect(ctx).toMatchObject({ ruleSet: 'nd335-2025', form: 'phieu-theo-doi' });
  });

  it('of a public employee runs under nd90-2020, or nd233-2026 when the profile enables it', () => {
    expect(createReviewActor(civil('public-employee')).start().getSnapshot().context.ruleSet).toBe(
      'nd90-2020',
    );
    const enabled = { ...civil('public-employee'), classification: { profile: { nd233: true } } };
    expect(createReviewActor(enabled).start().getSnapshot().context.ruleSet).toBe('nd233-2026');
  });

  it('without employment is a located input error', () => {
    const e = inputError(() => createReviewActor(civil()));
    expect(e.issues.map((i) => [i.path, i.code])).toContainEqual([
      ['subject', 'employment'],
      'required',
    ]);
  });
});
