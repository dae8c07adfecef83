import { z } from 'zod';
import { AssessmentError } from '../core/errors.js';
import { toInputIssues } from '../schemas/issues.js';
import type { ResultRow } from '../schemas/result-row.js';
import { type SummaryRow, type SummaryRowInput, SummaryRowSchema } from './input.js';

/**
 * The rows `checkResults` and `kiemdiem check` read, from summary rows: the rated ones, with the
 * fields of the result-row shape only (that schema is strict). Not-rated and not-reviewed rows
 * have no level and are not compared. Invalid rows throw AssessmentError located at `[i].field`.
 */
export function toResultRows(rows: readonly SummaryRowInput[]): ResultRow[] {
  const parsed = z.array(SummaryRowSchema).safeParse(rows);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'summary rows');
  return checkRows(parsed.data).rows;
}

/** `toResultRows` on parsed rows; `index[i]` is the summary row that check row `i` came from. */
export function checkRows(rows: readonly SummaryRow[]): { rows: ResultRow[]; index: number[] } {
  const out: ResultRow[] = [];
  const index: number[] = [];
  rows.forEach((r, i) => {
    if (r.status !== 'rated' || r.level === undefined) return;
    const {
      name: _name,
      unitName: _unit,
      status: _status,
      statusReason: _reason,
      scope: _scope,
      recipients: _recipients,
      decidedOn: _decided,
      ...row
    } = r;
    out.push({ ...row, level: r.level });
    index.push(i);
  });
  return { rows: out, index };
}

/** Re-locates an AssessmentError about check rows at the summary rows they came from. */
export function relocate(error: unknown, index: readonly number[]): unknown {
  if (!(error instanceof AssessmentError)) return error;
  return new AssessmentError(
    error.issues.map((issue) => {
      const [first, ...rest] = issue.path;
      if (typeof first !== 'number') return issue;
      return { ...issue, path: ['rows', index[first] ?? first, ...rest] };
    }),
    'summary rows',
  );
}
