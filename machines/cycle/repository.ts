import type { ReviewEnvelope } from '../envelope.js';

/**
 * Where a cycle keeps its reviews, one envelope per subject (issue 10: a host stores each review as
 * its own row and the cycle as one small record). `load` returns undefined for a review never saved.
 */
export interface ReviewRepository {
  load(subjectId: string): ReviewEnvelope | undefined;
  save(subjectId: string, envelope: ReviewEnvelope): void;
}

/** The default repository: a Map in memory (what `createCycle` uses without `reviews`). */
export function memoryReviews(): ReviewRepository & {
  readonly size: () => number;
  readonly ids: () => string[];
} {
  const rows = new Map<string, ReviewEnvelope>();
  return {
    load: (id) => rows.get(id),
    save: (id, envelope) => {
      rows.set(id, envelope);
    },
    size: () => rows.size,
    ids: () => [...rows.keys()],
  };
}
