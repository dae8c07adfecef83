import { Buffer } from 'node:buffer';
import type { ReviewEnvelope } from '../envelope.js';
import { type RestoreOptions, restore } from '../restore.js';
import { restoreText } from '../restore-text.js';
import type { ReviewActor } from '../review/actor.js';
import { reviewMachine } from '../review/machine.js';

/**
 * Where a cycle keeps its reviews, one envelope per subject (issue 10: a host stores each review as
 * its own row and the cycle as one small record). `load` returns undefined for a review never saved.
 */
export interface ReviewRepository {
  load(subjectId: string): ReviewEnvelope | undefined;
  save(subjectId: string, envelope: ReviewEnvelope): void;
  /**
   * Saves the envelope as JSON text (`persistText`), for a repository that keeps text: the runner
   * uses it instead of `save` when present, and the envelope is then never built as objects.
   */
  saveText?(subjectId: string, text: string): void;
  /**
   * The envelope as the JSON text saved, for a repository that keeps text: the runner restores it
   * with `restoreText` (the seal checked on the saved text) instead of `load`.
   */
  loadText?(subjectId: string): string | undefined;
}

/**
 * The default repository: a Map in memory (what `createCycle` uses without `reviews`). Each row is
 * the envelope's JSON text as UTF-8 bytes, as a database would keep it: a loaded envelope is a
 * fresh copy that shares nothing with the one saved, and 11,000 closed reviews take their text's
 * size (about 5 KB each) rather than several times that as objects (issue 10: the province under
 * 1 GiB). Bytes rather than a string: the text of a Vietnamese review is a two-byte string twice
 * the size, and a Buffer lies outside the JavaScript heap, which the collector neither copies nor
 * marks (the province of 10,000 subjects: 850 → 720 MB peak).
 */
export function memoryReviews(): ReviewRepository & {
  readonly size: () => number;
  readonly ids: () => string[];
} {
  const rows = new Map<string, Buffer>();
  return {
    load: (id) => {
      const bytes = rows.get(id);
      return bytes === undefined
        ? undefined
        : (JSON.parse(bytes.toString('utf8')) as ReviewEnvelope);
    },
    loadText: (id) => rows.get(id)?.toString('utf8'),
    save: (id, envelope) => {
      rows.set(id, Buffer.from(JSON.stringify(envelope), 'utf8'));
    },
    saveText: (id, text) => {
      rows.set(id, Buffer.from(text, 'utf8'));
    },
    size: () => rows.size,
    ids: () => [...rows.keys()],
  };
}

/** A saved review, restored (not started): from its text when the repository keeps text. */
export function restoreSaved(
  reviews: ReviewRepository,
  id: string,
  options: RestoreOptions,
): ReviewActor | undefined {
  const text = reviews.loadText?.(id);
  if (text !== undefined) return restoreText(reviewMachine, text, options);
  const saved = reviews.load(id);
  return saved ? restore(reviewMachine, saved, options) : undefined;
}
