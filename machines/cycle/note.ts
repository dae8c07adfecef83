import { DateTime } from 'luxon';
import { jsonSame } from '../../src/core/json-same.js';
import { ZONE } from '../../src/core/zone.js';
import type { ReviewContext } from '../review/types.js';
import type { CycleIndex, CycleSubjectEntry } from './index-schema.js';
import { entryPosition } from './open-index.js';

/** What the cycle records of a review after an accepted event (see `CycleSubjectEntrySchema`). */
export type SubjectNote = Omit<CycleSubjectEntry, 'id' | 'prerequisites' | 'excluded'>;

/** A review snapshot or its persisted form: its context, and its state value. */
export interface ReviewState {
  readonly context: ReviewContext;
  readonly value?: unknown;
}

const days = new Map<string, string>();

/** The day of an instant in Vietnam (memoised: luxon is slow, and decisions share instants). */
function dayOf(iso: string): string {
  let day = days.get(iso);
  if (day === undefined) {
    day = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat('yyyy-MM-dd');
    if (days.size > 10_000) days.clear();
    days.set(iso, day);
  }
  return day;
}

/** What the index keeps of one review's state. */
export function noteOf(snapshot: ReviewState): SubjectNote {
  const c = snapshot.context;
  const d = c.decision;
  const computed = d?.computedLevel ?? c.classification?.level ?? c.proposal?.computedLevel ?? null;
  const value = snapshot.value as { deadline?: unknown } | undefined;
  return {
    stage: c.stage,
    ...(d ? { level: d.level, decidedOn: dayOf(d.at) } : {}),
    ...(computed ? { computedLevel: computed } : {}),
    ...(d?.override ? { override: { by: d.override.by, reason: d.override.reason } } : {}),
    ...(c.outcome ? { statusReason: { vi: c.outcome.reason.vi, en: c.outcome.reason.en } } : {}),
    ...(c.suggestions.length > 0 ? { suggestions: true } : {}),
    ...(c.complaint ? { complaint: true } : {}),
    ...(value?.deadline === 'overdue' ? { overdue: true } : {}),
  };
}

/** Whether the two entries write the same JSON (what a saved index would hold). */
function same(a: CycleSubjectEntry, b: CycleSubjectEntry): boolean {
  return jsonSame(a, b);
}

/**
 * Records a note in the index: the subject's entry is replaced in place (the `subjects` array is
 * shared, so that an event costs O(1), not a copy of 11,000 entries) and a new index object is
 * returned — or the same index when nothing changed, so a host knows it need not save the cycle.
 */
export function applyNote(index: CycleIndex, subjectId: string, note: SubjectNote): CycleIndex {
  const i = entryPosition(index, subjectId);
  const next = i === undefined ? undefined : changedEntry(index, i, note);
  if (i === undefined || !next) return index;
  (index.subjects as CycleSubjectEntry[])[i] = next;
  return { ...index };
}

/** The subject's entry with the note, or undefined when the index already says the same. */
function changedEntry(
  index: CycleIndex,
  i: number,
  note: SubjectNote,
): CycleSubjectEntry | undefined {
  const old = index.subjects[i];
  if (!old) return undefined;
  const next: CycleSubjectEntry = {
    id: old.id,
    ...note,
    ...(old.excluded ? { excluded: true } : {}),
    prerequisites: old.prerequisites,
  };
  return same(old, next) ? undefined : next;
}

/**
 * Whether the note would change the index (`applyNote` would return a new one): the runner sends
 * the cycle only the notes that do — most accepted events (a TICK, a meeting) leave the step and
 * the levels as they were, and a note the cycle ignores still cost it a transition (issue 10).
 */
export function noteChanges(index: CycleIndex, subjectId: string, note: SubjectNote): boolean {
  const i = entryPosition(index, subjectId);
  return i !== undefined && changedEntry(index, i, note) !== undefined;
}

/**
 * What the index must know from a review snapshot after an accepted event (step, decided and
 * computed level, the day decided, the override, why it ended, suggestions and complaints for the
 * dossier): `applyNote(index, subjectId, noteOf(snapshot))`.
 */
export function noteReview(
  index: CycleIndex,
  subjectId: string,
  snapshot: ReviewState,
): CycleIndex {
  return applyNote(index, subjectId, noteOf(snapshot));
}
