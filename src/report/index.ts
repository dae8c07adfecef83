// The summary (tổng hợp) of a cycle's results and its exports. Uses rules and core only.
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
  type QuotaVerdict,
  type RecipientList,
  SUMMARY_FORMAT,
  type Summary,
  SummarySchema,
  type UnratedEntry,
} from './summary-schema.js';
