import { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import { fromNumber } from '../rules/scoring/rational.js';
import { addIssue, Count, IsoDate } from './common.js';
import { TextSchema } from './text.js';

/** A conversion coefficient: > 0, at most 4 decimals as written (1.25, 0.0625 is refused). */
export const Coefficient = z
  .number()
  .positive()
  .superRefine((k, ctx) => {
    if (Number.isFinite(k) && 10_000n % fromNumber(k).d !== 0n)
      addIssue(
        ctx,
        [],
        'coefficient_decimals',
        `Hệ số quy đổi có nhiều nhất 4 chữ số thập phân: ${k}.`,
        `A conversion coefficient has at most 4 decimals: ${k}.`,
      );
  });

/** One product line (sản phẩm/công việc) of a period — N335-QTY, N335-QUAL, N335-PROG. */
export const ProductLineSchema = z
  .strictObject({
    /** A catalogue id; the coefficient is looked up there when not given inline. */
    product: z.string().min(1).optional(),
    name: z.string().min(1).optional(),
    coefficient: Coefficient.optional(),
    assigned: Count,
    /** May exceed `assigned`: the shares are capped at 100. */
    done: Count,
    qualityFailures: Count.default(0),
    delays: Count.default(0),
    objectiveCauseConfirmed: z.boolean().default(false),
  })
  .superRefine((line, ctx) => {
    if (line.coefficient === undefined && line.product === undefined)
      addIssue(
        ctx,
        ['coefficient'],
        'coefficient_required',
        'Dòng sản phẩm cần "coefficient" hoặc mã "product" trong danh mục.',
        'A product line needs a "coefficient" or a catalogue "product" id.',
      );
  });
export type ProductLine = z.infer<typeof ProductLineSchema>;
export type ProductLineInput = z.input<typeof ProductLineSchema>;

/** What a leader adds to a period — N335-LEAD. */
export const LeadSchema = z.strictObject({
  managedStaff: z.strictObject({ total: Count, completedOrBetter: Count }).superRefine((m, ctx) => {
    if (m.completedOrBetter > m.total)
      addIssue(
        ctx,
        ['completedOrBetter'],
        'completedOrBetter_gt_total',
        `Số công chức hoàn thành trở lên (${m.completedOrBetter}) lớn hơn tổng số (${m.total}).`,
        `completedOrBetter (${m.completedOrBetter}) exceeds total (${m.total}).`,
      );
  }),
  unitAllOnTime: z.boolean(),
  prolongedDisunity: z.boolean().default(false),
});
export type Lead = z.infer<typeof LeadSchema>;

export const ABSENCES = ['leave', 'sickness', 'maternity'] as const;
export type Absence = (typeof ABSENCES)[number];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A period's year, kind and the months (1–12) it covers; `undefined` for a malformed one. */
export function periodSpan(
  period: string,
): { year: number; kind: 'month' | 'quarter'; months: number[] } | undefined {
  const m = MONTH.exec(period);
  if (m) return { year: Number(m[1]), kind: 'month', months: [Number(m[2])] };
  const q = QUARTER.exec(period);
  if (!q) return undefined;
  const first = (Number(q[2]) - 1) * 3 + 1;
  return { year: Number(q[1]), kind: 'quarter', months: [first, first + 1, first + 2] };
}

/** The first day of a period, `YYYY-MM-DD` (what a catalogue's effective range must cover). */
export function periodStart(period: string): string {
  const span = periodSpan(period);
  if (!span) throw new RangeError(`Not a period: ${period}`);
  return `${span.year}-${String(span.months[0]).padStart(2, '0')}-01`;
}

/** One scored period (tháng or quý) — N335-INPUT, N335-GEN, N335-LEAVE. */
export const PeriodSchema = z
  .strictObject({
    period: z.string().superRefine((p, ctx) => {
      if (!periodSpan(p))
        addIssue(
          ctx,
          [],
          'invalid_period',
          `Kỳ đánh giá viết dạng YYYY-MM (tháng) hoặc YYYY-Qn (quý): "${p}".`,
          `A period is written YYYY-MM (month) or YYYY-Qn (quarter): "${p}".`,
        );
    }),
    general: z.number().min(0).max(30).optional(),
    products: z.array(ProductLineSchema).optional(),
    lead: LeadSchema.optional(),
    /** Sent by the previous unit after a transfer (may give `points` directly). */
    previousUnit: z.boolean().default(false),
    points: z.number().min(0).max(100).optional(),
    /** Lawful absence for the whole period: not scored (N335-LEAVE). */
    absent: z.enum(ABSENCES).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.points !== undefined) {
      if (!p.previousUnit)
        addIssue(
          ctx,
          ['points'],
          'points_not_previous_unit',
          'Chỉ kỳ do đơn vị cũ gửi ("previousUnit": true) mới được ghi thẳng "points".',
          'Only a period sent by the previous unit ("previousUnit": true) may give "points".',
        );
      for (const key of ['products', 'general', 'lead'] as const)
        if (p[key] !== undefined)
          addIssue(
            ctx,
            [key],
            'points_and_products',
            `Kỳ đã ghi "points" thì không ghi "${key}".`,
            `A period that gives "points" does not give "${key}".`,
          );
      return;
    }
    if (p.absent !== undefined) return;
    for (const key of ['products', 'general'] as const)
      if (p[key] === undefined)
        addIssue(
          ctx,
          [key],
          'required',
          `Kỳ đã làm việc cần "products" và "general" (thiếu "${key}").`,
          `A worked period needs "products" and "general" ("${key}" is missing).`,
        );
  });
export type Period = z.infer<typeof PeriodSchema>;
export type PeriodInput = z.input<typeof PeriodSchema>;

/** All periods of one assessment: one kind (previous-unit periods aside), none overlapping. */
export const PeriodsSchema = z.array(PeriodSchema).superRefine((periods, ctx) => {
  const spans = periods.map((p) => periodSpan(p.period));
  const own = periods.findIndex((p, i) => !p.previousUnit && spans[i]);
  const kind = own >= 0 ? spans[own]?.kind : undefined;
  periods.forEach((p, i) => {
    const span = spans[i];
    if (!span) return;
    if (!p.previousUnit && span.kind !== kind)
      addIssue(
        ctx,
        [i, 'period'],
        'period_kind_mixed',
        `Mọi kỳ phải cùng loại (${kind === 'month' ? 'tháng' : 'quý'}), trừ kỳ do đơn vị cũ gửi: ${p.period}.`,
        `All periods are of one kind (${kind}), except those sent by a previous unit: ${p.period}.`,
      );
    const clash = spans.findIndex(
      (other, j) =>
        j < i && other?.year === span.year && other.months.some((m) => span.months.includes(m)),
    );
    if (clash >= 0)
      addIssue(
        ctx,
        [i, 'period'],
        'period_overlap',
        `Kỳ ${p.period} trùng với kỳ ${periods[clash]?.period} (periods[${clash}]).`,
        `Period ${p.period} overlaps ${periods[clash]?.period} (periods[${clash}]).`,
      );
  });
});

/** What needs the review year: every period lies within it. Paths `['periods', i, 'period']`. */
export function checkPeriods(
  periods: readonly Pick<Period, 'period'>[],
  year: number,
): InputIssue[] {
  const issues: InputIssue[] = [];
  periods.forEach((p, i) => {
    const span = periodSpan(p.period);
    if (span && span.year !== year)
      issues.push({
        path: ['periods', i, 'period'],
        code: 'period_outside_year',
        message: text(
          `Kỳ ${p.period} không thuộc năm đánh giá ${year}.`,
          `Period ${p.period} is not within the review year ${year}.`,
        ),
      });
  });
  return issues;
}

/** One entry of an agency's product catalogue (profile data). */
export const ProductCatalogueEntrySchema = z
  .strictObject({
    id: z.string().min(1),
    name: TextSchema,
    coefficient: Coefficient,
    effectiveFrom: IsoDate.optional(),
    effectiveTo: IsoDate.optional(),
  })
  .superRefine((e, ctx) => {
    if (e.effectiveFrom && e.effectiveTo && e.effectiveTo < e.effectiveFrom)
      addIssue(
        ctx,
        ['effectiveTo'],
        'effective_range',
        `Ngày hết hiệu lực (${e.effectiveTo}) trước ngày có hiệu lực (${e.effectiveFrom}).`,
        `effectiveTo (${e.effectiveTo}) is before effectiveFrom (${e.effectiveFrom}).`,
      );
  });
export type ProductCatalogueEntry = z.infer<typeof ProductCatalogueEntrySchema>;
export type ProductCatalogueEntryInput = z.input<typeof ProductCatalogueEntrySchema>;

/** Whether an entry is in force on `date` (both ends inclusive, a missing end is open). */
export function inForce(entry: ProductCatalogueEntry, date: string): boolean {
  return (
    (entry.effectiveFrom === undefined || entry.effectiveFrom <= date) &&
    (entry.effectiveTo === undefined || date <= entry.effectiveTo)
  );
}

function rangesOverlap(x: ProductCatalogueEntry, y: ProductCatalogueEntry): boolean {
  const startsBeforeEnd = (a: ProductCatalogueEntry, b: ProductCatalogueEntry) =>
    a.effectiveFrom === undefined ||
    b.effectiveTo === undefined ||
    a.effectiveFrom <= b.effectiveTo;
  return startsBeforeEnd(x, y) && startsBeforeEnd(y, x);
}

/** A catalogue: an id repeats only with effective ranges that do not overlap. */
export const ProductCatalogueSchema = z
  .array(ProductCatalogueEntrySchema)
  .superRefine((entries, ctx) => {
    entries.forEach((e, i) => {
      const clash = entries.findIndex((o, j) => j < i && o.id === e.id && rangesOverlap(o, e));
      if (clash >= 0)
        addIssue(
          ctx,
          [i, 'id'],
          'catalogue_overlap',
          `Mã "${e.id}" lặp lại với thời gian hiệu lực chồng lên mục [${clash}].`,
          `Id "${e.id}" repeats with an effective range overlapping entry [${clash}].`,
        );
    });
  });
export type ProductCatalogue = z.infer<typeof ProductCatalogueSchema>;
