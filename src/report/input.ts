import { z } from 'zod';
import { LEVELS } from '../core/level.js';
import type { CheckOptions } from '../rules/cross/check.js';
import { addIssue, IsoDate, Year } from '../schemas/common.js';
import { ResultRowSchema } from '../schemas/result-row.js';
import { Prose } from '../schemas/review-boundary.js';
import { Instant } from '../schemas/review-input.js';
import { TextSchema } from '../schemas/text.js';

/** A name as an officer writes it, compared and printed in NFC (trimmed, non-empty). */
const Name = Prose;

export const SUMMARY_STATUSES = ['rated', 'not-rated', 'not-reviewed'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];

/**
 * One subject's line in the summary: the result-row shape that `checkResults` reads, plus what an
 * officer's appendix needs. `level` is required when `status` is `rated` and absent otherwise;
 * a `not-rated` or `not-reviewed` row carries its `statusReason`. `recipients` are the bodies the
 * row goes to besides the organizer (the seed: `ban-to-chuc-tinh-uy` for cadres managed by the
 * provincial standing committee).
 */
export const SummaryRowSchema = ResultRowSchema.extend({
  level: z.enum(LEVELS).optional(),
  name: Name,
  unitName: Name,
  status: z.enum(SUMMARY_STATUSES),
  statusReason: TextSchema.optional(),
  /** Management scope (diện quản lý), e.g. `btv-tinh-uy`. */
  scope: z.string().min(1).optional(),
  recipients: z.array(z.string().min(1)).default([]),
  /** The day the level was decided, `YYYY-MM-DD`. */
  decidedOn: IsoDate.optional(),
}).superRefine((row, ctx) => {
  if (row.status === 'rated' && row.level === undefined)
    addIssue(
      ctx,
      ['level'],
      'level_required',
      'Đối tượng đã xếp loại phải có mức xếp loại (level).',
      'A rated subject needs its level.',
    );
  if (row.status !== 'rated' && row.level !== undefined)
    addIssue(
      ctx,
      ['level'],
      'level_not_allowed',
      `Đối tượng "${row.status}" không có mức xếp loại.`,
      `A "${row.status}" subject has no level.`,
    );
  if (row.status !== 'rated' && row.statusReason === undefined)
    addIssue(
      ctx,
      ['statusReason'],
      'reason_required',
      'Đối tượng không xếp loại hoặc không kiểm điểm phải ghi lý do (statusReason).',
      'A not-rated or not-reviewed subject needs its reason (statusReason).',
    );
});
export type SummaryRowInput = z.input<typeof SummaryRowSchema>;
export type SummaryRow = z.output<typeof SummaryRowSchema>;

/** One unit's dossier (hồ sơ) against its submission deadline; no `submittedAt` means missing. */
export const DossierFactSchema = z.strictObject({
  unitId: z.string().min(1),
  unitName: Name,
  submittedAt: Instant.optional(),
  dueAt: Instant,
});
export type DossierFactInput = z.input<typeof DossierFactSchema>;
export type DossierFact = z.output<typeof DossierFactSchema>;

/** A body a row is sent to, with its name for the headings. */
export const RecipientPartySchema = z.strictObject({ id: z.string().min(1), name: TextSchema });

/** An id with its name in both languages (a group's, a scope's). */
const NamedSchema = RecipientPartySchema;

/**
 * What `summarize()` reads. `asOf` is the day the summary is compiled (`YYYY-MM-DD`): it is
 * printed and stamps the workbook, never the system clock. `check` is passed to `checkResults`
 * unchanged (a profile, a default rule set).
 */
export const SummaryInputSchema = z.strictObject({
  title: TextSchema.optional(),
  year: Year.optional(),
  asOf: IsoDate,
  /** Receives every row (PROCESS.md §4: each result goes to the organizer). */
  organizer: z.string().min(1),
  parties: z.array(RecipientPartySchema).default([]),
  /**
   * Names of the rows' comparable groups (`rows[].group`) and management scopes (`rows[].scope`):
   * the human outputs print them, the JSON adds them next to the ids. A group or scope without a
   * name is printed by its id.
   */
  groups: z.array(NamedSchema).default([]),
  scopes: z.array(NamedSchema).default([]),
  /** Persons the summary names (who gave an override), by id; parties are named by `parties`. */
  persons: z.array(z.strictObject({ id: z.string().min(1), name: Name })).default([]),
  rows: z.array(SummaryRowSchema),
  dossiers: z.array(DossierFactSchema).default([]),
  check: z
    .custom<CheckOptions>((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
    .optional(),
});
export type SummaryInput = z.input<typeof SummaryInputSchema>;
export type SummaryInputParsed = z.output<typeof SummaryInputSchema>;
