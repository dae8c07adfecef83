import { z } from 'zod';
import { isRealDate } from '../core/civil-date.js';

/** Adds a bilingual custom issue (see `toInputIssues`). */
export function addIssue(
  ctx: z.core.$RefinementCtx,
  path: ReadonlyArray<string | number>,
  code: string,
  vi: string,
  en: string,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message: en, params: { vi, code } });
}

/** A real calendar date written `YYYY-MM-DD` (2025-02-30 is refused). */
export const IsoDate = z.string().superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    addIssue(
      ctx,
      [],
      'invalid_date',
      `Ngày phải viết dạng YYYY-MM-DD: "${value}".`,
      `Expected a date written YYYY-MM-DD: "${value}".`,
    );
  } else if (!isRealDate(value)) {
    addIssue(
      ctx,
      [],
      'invalid_date',
      `Ngày không tồn tại: ${value}.`,
      `Not a real date: ${value}.`,
    );
  }
});

/** A non-negative whole number (a count). */
export const Count = z.number().int().min(0);

/** A review year. */
export const Year = z.number().int().min(2000).max(2100);
