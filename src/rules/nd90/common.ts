import type { Assessment } from '../../schemas/assessment.js';

// Citations and subject filters shared by the rows of nd90-2020.

export const N90 = 'NĐ 90/2020/NĐ-CP';
export const N48 = `${N90} Điều 2 (sửa đổi bởi NĐ 48/2023/NĐ-CP)`;
export const INDIVIDUAL = { kinds: ['individual'] } as const;
export const MANAGER = { roles: ['leader'] } as const;

/** Months off work in the year: what was not worked, or the sick leave, whichever is more. */
export function monthsOff(a: Assessment): number {
  const s = a.service;
  if (!s) return 0;
  return Math.max(12 - s.monthsWorked, s.sickLeaveMonths);
}
