import type { ReviewEnvelope } from '../envelope.js';

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
}

/**
 * The default repository: a Map in memory (what `createCycle` uses without `reviews`). Each row is
 * the envelope's JSON text, as a database would keep it: a loaded envelope is a fresh copy that
 * shares nothing with the one saved, and 11,000 closed reviews take their text's size (about 5 KB
 * each) rather than several times that as objects (issue 10: the province under 1 GiB).
 */
export function memoryReviews(): ReviewRepository & {
  readonly size: () => number;
  readonly ids: () => string[];
} {
  const rows = new Map<string, string>();
  return {
    load: (id) => {
      const text = rows.get(id);
      return text === undefined ? undefined : (JSON.parse(text) as ReviewEnvelope);
    },
    save: (id, envelope) => {
      rows.set(id, JSON.stringify(envelope));
    },
    saveText: (id, text) => {
      rows.set(id, text);
    },
    size: () => rows.size,
    ids: () => [...rows.keys()],
  };
}
