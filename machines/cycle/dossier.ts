import type { Text } from '../../src/core/text.js';
import { text } from '../../src/core/text.js';
import type { Profile } from '../../src/schemas/cycle-profile.js';

type DossierItem = Profile['dossier'][number];

/** What decides which documents one subject's dossier needs (PROCESS.md §4). */
export interface DossierFacts {
  readonly kind: 'collective' | 'individual';
  /** Review suggestions were issued (seed item 2): the suggestions and the explanation report. */
  readonly hadSuggestions: boolean;
  /** A complaint was filed: its files. */
  readonly hadComplaint: boolean;
  /** Items the cycle definition marks as required for this subject (`if-required`). */
  readonly alsoRequired: readonly string[];
}

/** The items of the profile's list this subject's dossier must hold. */
export function requiredItems(list: readonly DossierItem[], facts: DossierFacts): DossierItem[] {
  return list.filter((item) => {
    if (item.subject !== 'both' && item.subject !== facts.kind) return false;
    const when: Record<DossierItem['required'], boolean> = {
      always: true,
      'if-suggestions': facts.hadSuggestions,
      'if-complaint': facts.hadComplaint,
      'if-required': facts.alsoRequired.includes(item.id),
    };
    return when[item.required];
  });
}

/** The required items a submitted dossier lacks (by item id), with their labels. */
export function missingItems(
  list: readonly DossierItem[],
  facts: DossierFacts,
  submitted: readonly string[],
): Array<{ readonly id: string; readonly label: Text }> {
  const have = new Set(submitted);
  return requiredItems(list, facts)
    .filter((item) => !have.has(item.id))
    .map((item) => ({ id: item.id, label: item.label }));
}

/** A unit's dossier against its due instant: on time, late, or (not yet submitted) missing. */
export type DossierTiming = 'on-time' | 'late' | 'missing';

/** Epoch milliseconds of an ISO instant (with offset; validated at the boundary). */
function epoch(iso: string): number {
  return Date.parse(iso);
}

export function dossierTiming(submittedAt: string | undefined, dueAt: string): DossierTiming {
  if (submittedAt === undefined) return 'missing';
  return epoch(submittedAt) < epoch(dueAt) ? 'on-time' : 'late';
}

export const DOSSIER_TIMING_LABELS: Record<DossierTiming, Text> = {
  'on-time': text('đúng hạn', 'on time'),
  late: text('nộp muộn', 'late'),
  missing: text('chưa nộp', 'missing'),
};
