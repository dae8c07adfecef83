// The summary (tổng hợp) of a cycle's results and its exports. Uses rules and core only.
export { APPENDIX_COLUMNS, summaryCsv, UTF8_BOM, writeSummaryCsv } from './csv.js';
export { type ReportFiles, type WriteReportsOptions, writeReports } from './files.js';
export {
  type DossierFact,
  type DossierFactInput,
  DossierFactSchema,
  SUMMARY_STATUSES,
  type SummaryInput,
  SummaryInputSchema,
  type SummaryRow,
  type SummaryRowInput,
  SummaryRowSchema,
  type SummaryStatus,
} from './input.js';
export { parseSummary, summaryJson, writeSummaryJson } from './json.js';
export { type SubjectEntry, writeJsonl } from './jsonl.js';
export { SUMMARY_LABELS, type SummaryLabelKey } from './labels.js';
export { percentShares } from './percent.js';
export { toResultRows } from './rows.js';
export { summarize } from './summarize.js';
export {
  type AppendixEntry,
  type Counts,
  type DossierEntry,
  type Finding,
  type GroupSummary,
  type OverrideEntry,
  type QuotaVerdict,
  type RecipientList,
  type ScopeEntry,
  SUMMARY_FORMAT,
  type Summary,
  SummarySchema,
  type UnratedEntry,
} from './summary-schema.js';
export { writeAtomic, writeFileAtomic } from './write.js';
// The workbook itself is not exported: its type is exceljs's, an optional peer a host may not have.
export { summaryXlsx, writeSummaryXlsx } from './xlsx.js';
