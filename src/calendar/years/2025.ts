import type { HolidayYearInput } from '../schedule.js';

/**
 * 2025 (Ất Tỵ). Thông báo 6150/TB-BLĐTBXH (03/12/2024) under Công văn 8726/VPCP-KGVX (26/11/2024):
 * Tết 25/01–02/02 "bao gồm 05 ngày nghỉ tết Âm lịch và 04 ngày nghỉ hằng tuần" (the 5 days are
 * Mon 27/01, 28 Chạp, to Fri 31/01, mùng 3); 30/4–4/5 with Fri 2/5 swapped for Sat 26/4; Quốc khánh
 * 30/8–2/9 with Mon 1/9 as the second day. Source: shared/research/nd335-holidays.md Part 2 (2025).
 */
export const YEAR_2025: HolidayYearInput = {
  year: 2025,
  notices: ['TB 6150/TB-BLĐTBXH (03/12/2024)', 'CV 8726/VPCP-KGVX (26/11/2024)'],
  days: [
    { date: '2025-01-01', occasion: 'new-year' },
    { date: '2025-01-27', occasion: 'tet' },
    { date: '2025-01-28', occasion: 'tet' },
    { date: '2025-01-29', occasion: 'tet' },
    { date: '2025-01-30', occasion: 'tet' },
    { date: '2025-01-31', occasion: 'tet' },
    { date: '2025-04-07', occasion: 'hung-kings' },
    { date: '2025-04-30', occasion: 'victory' },
    { date: '2025-05-01', occasion: 'labour' },
    { date: '2025-05-02', occasion: 'labour', kind: 'swap' },
    { date: '2025-09-01', occasion: 'national-day' },
    { date: '2025-09-02', occasion: 'national-day' },
  ],
  workingDays: [{ date: '2025-04-26', replaces: '2025-05-02' }],
};
