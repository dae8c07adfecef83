import { describe, expect, it } from 'vitest';
import { ev, nov, rejectionCodes, started } from './helpers.js';

const stage = (s: ReturnType<typeof started>) => s.actor.getSnapshot().context.stage;

describe('review machine: the explanation gate (seed item 2)', () => {
  const suggest = ev(
    'ISSUE_SUGGESTIONS',
    'superior',
    { points: [{ id: 'g1', content: 'Trách nhiệm người đứng đầu' }, { id: 'g2' }] },
    nov(4),
  );

  it('suggestions → explanation covering all → selfReview → meeting', () => {
    const s = started();
    s.send(suggest);
    expect(stage(s)).toBe('suggested');
    expect(s.actor.getSnapshot().hasTag('waiting-subject')).toBe(true);
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }, nov(5)));
    expect(stage(s)).toBe('suggested');
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2'] }, nov(6)));
    expect(stage(s)).toBe('selfReview');
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(6)));
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }));
    expect(stage(s)).toBe('appraisal');
    expect(rejectionCodes(s.emitted)).toEqual([]);
  });

  it('the self-review may come first; the meeting is refused (ORDER) until the explanation covers every point', () => {
    const s = started();
    s.send(suggest, ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)));
    expect(stage(s)).toBe('meeting');
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }));
    expect(stage(s)).toBe('meeting');
    const refusal = s.emitted.find((e) => e.type === 'rejected');
    expect(refusal).toMatchObject({ code: 'ORDER' });
    expect(refusal && 'message' in refusal ? refusal.message.en : '').toContain('g1, g2');
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2'] }, nov(8)));
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }));
    expect(stage(s)).toBe('appraisal');
  });

  it('RETURN_EXPLANATION sends it back: from selfReview to suggested, and the gate closes again', () => {
    const s = started();
    s.send(suggest, ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2'] }, nov(5)));
    expect(stage(s)).toBe('selfReview');
    s.send(ev('RETURN_EXPLANATION', 'superior', { reason: 'Chưa rõ trách nhiệm cá nhân' }, nov(6)));
    expect(stage(s)).toBe('suggested');
    expect(s.actor.getSnapshot().context.explanation).toMatchObject({
      status: 'returned',
      returned: { reason: 'Chưa rõ trách nhiệm cá nhân' },
    });
    s.send(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(6)),
      ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }),
    );
    expect(rejectionCodes(s.emitted)).toEqual(['ORDER']);
  });

  it('in the meeting step, suggestions can still be added and the explanation returned or revised', () => {
    const s = started();
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)));
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g9' }] }, nov(6)));
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g9'] }, nov(7)));
    s.send(ev('RETURN_EXPLANATION', 'superior', { reason: 'Bổ sung' }, nov(7)));
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }));
    expect(rejectionCodes(s.emitted)).toEqual(['ORDER']);
    s.send(
      ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g9'] }, nov(8)),
      ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }),
    );
    expect(stage(s)).toBe('appraisal');
  });

  it('selfReview: a new suggestion, or a partial revision, goes back to suggested', () => {
    const s = started();
    s.send(suggest, ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2'] }, nov(5)));
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g3' }] }, nov(6)));
    expect(stage(s)).toBe('suggested');
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2', 'g3'] }, nov(7)));
    expect(stage(s)).toBe('selfReview');
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2', 'g3'] }, nov(7)));
    expect(stage(s)).toBe('selfReview');
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }, nov(8)));
    expect(stage(s)).toBe('suggested');
  });
});
