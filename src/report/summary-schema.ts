import { z } from 'zod';
import { LEVELS } from '../core/level.js';
import { RULE_SET_IDS, SUBJECT_KINDS, SUBJECT_ROLES } from '../schemas/assessment.js';
import { SUMMARY_STATUSES } from './input.js';

const Text = z.strictObject({ vi: z.string(), en: z.string() });
const Count = z.number().int().min(0);

export const LevelCountSchema = z.strictObject({
  level: z.enum(LEVELS),
  count: Count,
  /** Percent of the rated subjects, one decimal, largest remainder (see `percentShares`). */
  percent: z.number().nullable(),
});

export const CountsSchema = z.strictObject({
  subjects: Count,
  rated: Count,
  notRated: Count,
  notReviewed: Count,
  levels: z.array(LevelCountSchema),
});

export const QUOTA_VERDICTS = ['within', 'exceeded', 'overridden'] as const;

export const GroupSummarySchema = z.strictObject({
  group: z.string(),
  /** The group's name (the definition's `groups`), or its id when it has none. */
  name: Text.optional(),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  counts: CountsSchema,
  /** From `checkResults`: a quota finding on this group, an error (exceeded) or a warning. */
  quota: z.enum(QUOTA_VERDICTS),
});

export const AppendixEntrySchema = z.strictObject({
  /** STT: the running number, 1-based. */
  no: z.number().int().min(1),
  id: z.string(),
  name: z.string(),
  unitId: z.string().optional(),
  unitName: z.string(),
  group: z.string(),
  kind: z.enum(SUBJECT_KINDS),
  role: z.enum(SUBJECT_ROLES),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  status: z.enum(SUMMARY_STATUSES),
  level: z.enum(LEVELS).optional(),
  /** The level's name, or "Không xếp loại" / "Không kiểm điểm". */
  result: Text,
  statusReason: Text.optional(),
  scope: z.string().optional(),
  decidedOn: z.string().optional(),
  /** The organizer first, then the row's own recipients. */
  recipients: z.array(z.string()),
  /** The authority's override the row carries (X-QUOTA or X-DECISION): who, named, and why. */
  override: z.strictObject({ by: z.string(), byName: Text, reason: z.string() }).optional(),
});

export const UnratedEntrySchema = z.strictObject({
  no: z.number().int().min(1),
  id: z.string(),
  name: z.string(),
  unitName: z.string(),
  group: z.string(),
  reason: Text,
});

/**
 * A `checkResults` finding: its ids as it returned them (`subjects`, `group`), and its message
 * with each quoted id replaced by the name it stands for (a subject's, a group's).
 */
export const FindingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  subjects: z.array(z.string()),
  group: z.string().optional(),
  /** The group's name (or, for an agency counted under NĐ 335, the unit's), else its id. */
  groupName: Text.optional(),
  limit: z.number().int().optional(),
  actual: z.number().int().optional(),
  message: Text,
});

export const DossierEntrySchema = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  dueAt: z.string(),
  submittedAt: z.string().optional(),
  status: z.enum(['on-time', 'late', 'missing']),
});

export const RecipientListSchema = z.strictObject({
  recipient: z.string(),
  name: Text.optional(),
  subjects: z.array(z.strictObject({ no: z.number().int().min(1), id: z.string() })),
});

/** A management scope (diện quản lý) the appendix names, with its name (or its id). */
export const ScopeEntrySchema = z.strictObject({ id: z.string(), name: Text });

/**
 * One result let stand above the quota (X-QUOTA, X-QUOTA-CIVIL): the breach (group, limit,
 * actual), the subject, who allowed it (id and name) and why.
 */
export const OverrideEntrySchema = z.strictObject({
  rule: z.string(),
  group: z.string(),
  groupName: Text,
  limit: z.number().int(),
  actual: z.number().int(),
  subjectId: z.string(),
  name: z.string(),
  by: z.string(),
  byName: Text,
  reason: z.string(),
});

export const SUMMARY_FORMAT = 'kiemdiem/summary@1';

/** The summary as plain JSON: what `summarize()` returns and `summaryJson()` writes. */
export const SummarySchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  title: Text,
  year: z.number().int().optional(),
  asOf: z.string(),
  organizer: z.string(),
  labels: z.record(z.string(), Text),
  totals: CountsSchema,
  groups: z.array(GroupSummarySchema),
  /** The scopes the appendix names, in order of first mention. */
  scopes: z.array(ScopeEntrySchema).optional(),
  appendix: z.array(AppendixEntrySchema),
  notRated: z.array(UnratedEntrySchema),
  notReviewed: z.array(UnratedEntrySchema),
  checks: z.strictObject({
    /** X-QUOTA and X-QUOTA-CIVIL. */
    quota: z.array(FindingSchema),
    /** X-HEAD-CAP and N233-HEAD-CAP. */
    headCap: z.array(FindingSchema),
    /** X-DECISION. */
    decision: z.array(FindingSchema),
  }),
  /** The results let stand above the quota, breach by breach, each with who allowed it and why. */
  overrides: z.array(OverrideEntrySchema).optional(),
  dossiers: z.strictObject({
    onTime: z.array(DossierEntrySchema),
    late: z.array(DossierEntrySchema),
    missing: z.array(DossierEntrySchema),
  }),
  recipients: z.array(RecipientListSchema),
});
export type Summary = z.output<typeof SummarySchema>;
export type GroupSummary = z.output<typeof GroupSummarySchema>;
export type AppendixEntry = z.output<typeof AppendixEntrySchema>;
export type UnratedEntry = z.output<typeof UnratedEntrySchema>;
export type Finding = z.output<typeof FindingSchema>;
export type DossierEntry = z.output<typeof DossierEntrySchema>;
export type RecipientList = z.output<typeof RecipientListSchema>;
export type ScopeEntry = z.output<typeof ScopeEntrySchema>;
export type OverrideEntry = z.output<typeof OverrideEntrySchema>;
export type Counts = z.output<typeof CountsSchema>;
export type QuotaVerdict = (typeof QUOTA_VERDICTS)[number];
