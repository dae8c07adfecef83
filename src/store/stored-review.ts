import { parseRow } from './errors.js';
import type { StoredReview } from './types.js';

/**
 * A review row as a store reads it back: `envelope` is parsed from the row's text the first time
 * it is read (then kept), or throws CORRUPT_ROW naming the subject then. Issue 11: the service
 * reuses the actor it cached when the row's text is the one it saved, byte for byte, and then
 * never reads `envelope`; parsing it on every load was about 6% of a send on SQLite.
 */
export function storedReview(
  subjectId: string,
  version: number,
  text: string,
  nextDueAt: string | null,
): StoredReview {
  let parsed: { value: unknown } | undefined;
  return {
    subjectId,
    version,
    get envelope(): unknown {
      parsed ??= { value: parseRow(subjectId, 'snapshot', text) };
      return parsed.value;
    },
    envelopeText: text,
    nextDueAt,
  };
}
