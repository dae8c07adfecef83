import { compareLevels, levelLabel } from '../../core/level.js';
import { text } from '../../core/text.js';
import type { ResultRow } from '../../schemas/result-row.js';
import type { Violation } from './violation.js';

/**
 * X-DECISION: a decided level above the computed one is an error unless it carries an authority
 * override with a reason (then a warning, so the summary records it). A level below the computed
 * one is the authority's judgment: allowed, not reported here (the review machine records it).
 */
export function checkDecision(rows: readonly ResultRow[]): Violation[] {
  return rows.flatMap((row): Violation[] => {
    if (!row.computedLevel || compareLevels(row.level, row.computedLevel) <= 0) return [];
    const why = row.override ? `; ${row.override.by}: ${row.override.reason}` : '';
    return [
      {
        rule: 'X-DECISION',
        severity: row.override ? 'warning' : 'error',
        subjects: [row.id],
        message: text(
          `"${row.id}": mức quyết định (${levelLabel(row.level, 'vi')}) cao hơn mức tính toán (${levelLabel(row.computedLevel, 'vi')})${row.override ? why : ', không có ý kiến của cấp có thẩm quyền kèm lý do'}.`,
          `"${row.id}": decided level (${levelLabel(row.level, 'en')}) is above the computed level (${levelLabel(row.computedLevel, 'en')})${row.override ? why : ' without an authority override and reason'}.`,
        ),
      },
    ];
  });
}
