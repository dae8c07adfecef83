import type { CycleIndex } from '../../machines/cycle/index-schema.js';
import { applyNote, noteOf } from '../../machines/cycle/note.js';
import { subjectsOfUnit } from '../../machines/cycle/positions.js';
import type { CycleDefinition } from '../schemas/cycle-definition.js';
import type { ReviewService } from './types.js';

/**
 * The index with the entries of `ids` read again from their reviews (issue 11). A subject's entry
 * is `noteOf` its review, so the review's row — checked as a send checks it (seal; a bad row is
 * CORRUPT_ROW naming the subject) — is the truth, and the cycle's record keeps the entries only as
 * they stood at the cycle's last event. A review not created yet keeps the record's entry. The
 * index given is not changed: the result has its own `subjects`.
 */
export async function withNotes(
  service: Pick<ReviewService<never>, 'snapshot'>,
  index: CycleIndex,
  ids: Iterable<string> | undefined,
): Promise<CycleIndex> {
  let next: CycleIndex = { ...index, subjects: [...index.subjects] };
  for (const id of ids ?? []) {
    const snapshot = await service.snapshot(id);
    if (snapshot) next = applyNote(next, id, noteOf(snapshot));
  }
  return next;
}

/** The type a host's event says it has (undefined when it says none or cannot be read). */
export function typeOf(event: unknown): unknown {
  try {
    return event !== null && typeof event === 'object'
      ? (event as { type?: unknown }).type
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The subjects whose entries a cycle event reads: a unit's for its dossier, all to compile. The
 * event is the host's, unchecked: one that cannot be read reads nothing (the cycle refuses it).
 */
export function readBy(definition: CycleDefinition, event: unknown): string[] {
  const type = typeOf(event);
  if (type === 'COMPILE_SUMMARY' || type === 'FINALIZE')
    return definition.subjects.map((s) => s.id);
  if (type !== 'SUBMIT_DOSSIER') return [];
  let unitId: unknown;
  try {
    unitId = (event as { unitId?: unknown }).unitId;
  } catch {
    return [];
  }
  if (typeof unitId !== 'string') return [];
  const subjects = definition.subjects;
  return subjectsOfUnit(subjects, unitId).map((i) => subjects[i]?.id as string);
}
