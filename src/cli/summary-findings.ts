import { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import { type Text, text } from '../core/text.js';
import { FindingSchema, SUMMARY_FORMAT } from '../report/summary-schema.js';
import type { Violation } from '../rules/cross/violation.js';
import { toInputIssues } from '../schemas/issues.js';

// `kiemdiem check kiemdiem-out/summary.json` (issue 10): the demo's summary as input of `check`.
//
// Why the recorded findings and not a re-check of the appendix: a summary (`summaryJson`,
// docs/report.md) records under `checks` exactly what `checkResults` returned over the cycle's
// full result rows, under the cycle's profile. Its `appendix` lists each subject's level, but not
// the facts some checks read: the authority's `override`, `headOfUnitId`, `computedLevel`, the
// `regime`, nor which profile the cycle ran under. Checking the appendix again would be checking
// other rows: on the demo's summary it reports an X-QUOTA error where the authority recorded an
// override (a warning in the summary) and misses its X-HEAD-CAP warning. So `check` reads the
// findings the summary records, and exits as it does for rows (1 when one is an error).
//
// The summary is read tolerantly: only `format`, `asOf` and `checks` are read, and within each
// finding only the fields of a `Violation`; other fields (the summary grows: display names, …)
// are ignored.

/**
 * A finding as `FindingSchema` (the summary's own) has it, read as a `Violation`: `z.object`, not
 * strict, so that fields it does not know — `groupName` and whatever a later summary adds — are
 * dropped rather than refused.
 */
const FindingShape = z.object(FindingSchema.omit({ groupName: true }).shape);

const SummaryChecksShape = z.object({
  asOf: z.string().optional(),
  checks: z.object({
    /** The order `checkResults` returns them in: quota, head cap, decision. */
    quota: z.array(FindingShape),
    headCap: z.array(FindingShape),
    decision: z.array(FindingShape),
  }),
});

/** The findings a summary records, with the day it was compiled (when it says). */
export interface SummaryFindings {
  readonly asOf?: string;
  readonly violations: Violation[];
}

export type SummaryRead =
  | { readonly ok: true; readonly value: SummaryFindings }
  | { readonly ok: false; readonly problem: Text; readonly issues: readonly InputIssue[] };

/** Whether a JSON value claims to be a summary: an object whose `format` is `kiemdiem/summary@…`. */
export function isSummary(value: unknown): value is { readonly format: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const format = (value as { format?: unknown }).format;
  return typeof format === 'string' && format.startsWith('kiemdiem/summary@');
}

/** The findings recorded in a summary; an unknown format or malformed `checks` is a problem. */
export function summaryFindings(summary: { readonly format: string }): SummaryRead {
  if (summary.format !== SUMMARY_FORMAT)
    return {
      ok: false,
      problem: text(
        `bản tổng hợp có định dạng "${summary.format}", phiên bản này chỉ đọc ${SUMMARY_FORMAT}`,
        `the summary's format is "${summary.format}"; this version reads ${SUMMARY_FORMAT} only`,
      ),
      issues: [],
    };
  const parsed = SummaryChecksShape.safeParse(summary);
  if (!parsed.success)
    return {
      ok: false,
      problem: text(
        'bản tổng hợp không có kết quả kiểm tra đọc được (checks)',
        'the summary has no readable findings (checks)',
      ),
      issues: toInputIssues(parsed.error),
    };
  const { asOf, checks } = parsed.data;
  return {
    ok: true,
    value: {
      ...(asOf !== undefined ? { asOf } : {}),
      violations: [...checks.quota, ...checks.headCap, ...checks.decision],
    },
  };
}

/** The table's first line for a summary: where the findings come from. */
export function summaryHeading(asOf: string | undefined): Text {
  return asOf === undefined
    ? text(
        'Kết quả kiểm tra chéo ghi trong bản tổng hợp:',
        'Cross-subject findings recorded in the summary:',
      )
    : text(
        `Kết quả kiểm tra chéo ghi trong bản tổng hợp (tính đến ngày ${asOf}):`,
        `Cross-subject findings recorded in the summary (as of ${asOf}):`,
      );
}
