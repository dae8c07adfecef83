import type { HolidayYearInput } from '../schedule.js';

const NEW_YEAR_SWAP = 'CV 12729/VPCP-KGVX (25/12/2025)';

/**
 * 2026 (Bính Ngọ), the first year announced by Bộ Nội vụ. Thông báo 9441/TB-BNV (16/10/2025) under
 * Công văn 9859/VPCP-KGVX (13/10/2025): Tết 5 days Mon 16/02 (29 Chạp) – Fri 20/02 (mùng 4), break
 * 14–22/02; Quốc khánh 1/9 + 2/9 with Mon 31/8 swapped for Sat 22/8. New Year: Fri 2/1 swapped for
 * Sat 10/1 by Công văn 12729/VPCP-KGVX (25/12/2025). Giỗ Tổ on Sun 26/4 → Mon 27/4 compensatory
 * (Điều 111). 30/4–1/5 (Thu–Fri): no swap (CV 3383/BNV-CVL, number from GitHub copies only).
 * Source: shared/research/nd335-holidays.md Part 2 (2026).
 */
export const YEAR_2026: HolidayYearInput = {
  year: 2026,
  notices: ['TB 9441/TB-BNV (16/10/2025)', 'CV 9859/VPCP-KGVX (13/10/2025)', NEW_YEAR_SWAP],
  days: [
    { date: '2026-01-01', occasion: 'new-year' },
    { date: '2026-01-02', occasion: 'new-year', kind: 'swap', notice: NEW_YEAR_SWAP },
    { date: '2026-02-16', occasion: 'tet' },
    { date: '2026-02-17', occasion: 'tet' },
    { date: '2026-02-18', occasion: 'tet' },
    { date: '2026-02-19', occasion: 'tet' },
    { date: '2026-02-20', occasion: 'tet' },
    { date: '2026-04-26', occasion: 'hung-kings' },
    { date: '2026-04-27', occasion: 'hung-kings', kind: 'compensatory' },
    { date: '2026-04-30', occasion: 'victory' },
    { date: '2026-05-01', occasion: 'labour' },
    { date: '2026-08-31', occasion: 'national-day', kind: 'swap' },
    { date: '2026-09-01', occasion: 'national-day' },
    { date: '2026-09-02', occasion: 'national-day' },
  ],
  workingDays: [
    { date: '2026-01-10', replaces: '2026-01-02', notice: NEW_YEAR_SWAP },
    { date: '2026-08-22', replaces: '2026-08-31' },
  ],
};
