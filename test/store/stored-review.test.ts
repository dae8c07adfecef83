import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/index.js';
import { storedReview } from '../../src/store/stored-review.js';

describe('storedReview (a row as the stores read it back)', () => {
  it('parses the envelope from the text once, when it is first read', () => {
    const row = storedReview('r1', 3, '{"format":2,"n":[1]}', null);
    expect(row.envelopeText).toBe('{"format":2,"n":[1]}');
    const first = row.envelope;
    expect(first).toEqual({ format: 2, n: [1] });
    expect(row.envelope).toBe(first);
    expect({ ...row }).toEqual({
      subjectId: 'r1',
      version: 3,
      envelope: { format: 2, n: [1] },
      envelopeText: '{"format":2,"n":[1]}',
      nextDueAt: null,
    });
  });

  it('reads a corrupt row without parsing it, and names the subject when its envelope is read', () => {
    const row = storedReview('r9', 1, '{"format":2,"snap', '2025-11-05T09:00:00+07:00');
    expect(row.version).toBe(1);
    let err: unknown;
    try {
      void row.envelope;
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'CORRUPT_ROW', subjectId: 'r9' });
  });
});
