import { describe, expect, it } from 'vitest';
import { dossierTiming, missingItems, requiredItems } from '../../machines/cycle/dossier.js';
import { profiles } from '../../src/index.js';

const list = profiles['kon-tum-2024'].dossier;

describe('dossier completeness (PROCESS.md §4)', () => {
  const individual = {
    kind: 'individual',
    hadSuggestions: false,
    hadComplaint: false,
    alsoRequired: [],
  } as const;

  it('requires what the list says for the subject, and the suggestions only when issued', () => {
    const base = requiredItems(list, individual).map((i) => i.id);
    const withSuggestions = requiredItems(list, { ...individual, hadSuggestions: true }).map(
      (i) => i.id,
    );
    expect(withSuggestions.length).toBeGreaterThan(base.length);
    expect(base).toContain('self-review');
    expect(withSuggestions.filter((id) => !base.includes(id)).length).toBeGreaterThan(0);
  });

  it('names what a submitted dossier lacks, in both languages', () => {
    const missing = missingItems(list, individual, ['self-review']);
    expect(missing.map((m) => m.id)).toContain('minutes');
    expect(missing.find((m) => m.id === 'minutes')?.label.vi).toBe('Biên bản hội nghị kiểm điểm');
    const all = requiredItems(list, individual).map((i) => i.id);
    expect(missingItems(list, individual, all)).toEqual([]);
  });

  it('is on time before the due instant, late at or after it, missing without a submission', () => {
    const due = '2024-11-25T00:00:00+07:00';
    expect(dossierTiming('2024-11-24T23:59:59+07:00', due)).toBe('on-time');
    expect(dossierTiming('2024-11-24T17:00:00Z', due)).toBe('late');
    expect(dossierTiming(undefined, due)).toBe('missing');
  });
});
