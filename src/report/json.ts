import { AssessmentError } from '../core/errors.js';
import { toInputIssues } from '../schemas/issues.js';
import { type Summary, SummarySchema } from './summary-schema.js';
import { writeFileAtomic } from './write.js';

/** A summary checked against its schema (e.g. one read back from a `.json` file). */
export function parseSummary(value: unknown): Summary {
  const parsed = SummarySchema.safeParse(value);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'summary');
  return parsed.data;
}

/**
 * The summary as the `.json` file holds it: 2-space indent, a trailing newline, and a stable key
 * order — the order of `SummarySchema`'s fields (parsing rebuilds every object in that order),
 * and the `labels` record sorted by key in code-unit order (no locale). The same summary gives
 * byte-identical text however its objects were built.
 */
export function summaryJson(summary: Summary): string {
  const s = parseSummary(summary);
  const labels = Object.fromEntries(
    Object.entries(s.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return `${JSON.stringify({ ...s, labels }, null, 2)}\n`;
}

/** Writes the `.json` to `path` atomically. */
export async function writeSummaryJson(path: string, summary: Summary): Promise<void> {
  await writeFileAtomic(path, summaryJson(summary));
}
