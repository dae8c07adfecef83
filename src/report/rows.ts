import { AssessmentError } from '../core/errors.js';
import type { ResultRow } from '../schemas/result-row.js';
import type { SummaryRow } from './input.js';

/**
 * The rows `checkResults` and `kiemdiem check` read: the rated summary rows, with the fields of
 * the result-row shape only (that schema is strict). Not-rated and not-reviewed rows have no
 * level and are not compared. `index[i]` is the summary row that check row `i` came from.
 */
export function toResultRows(rows: readonly SummaryRow[]): ResultRow[] {
  return checkRows(rows).rows;
}

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
