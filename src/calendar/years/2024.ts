import type { HolidayYearInput } from '../schedule.js';

/**
 * 2024 (Giáp Thìn). Tết and Quốc khánh: Thông báo 5015/TB-LĐTBXH (22/11/2023) under Công văn
 * 8662/VPCP-KGVX (03/11/2023). 30/4–1/5 swap (Mon 29/4 off, Sat 4/5 worked): Công văn
 * 2450/VPCP-KGVX (12/4/2024); ministry notice 1570/TB-LĐTBXH (number from GitHub copies only).
 * Source: shared/research/nd335-holidays.md Part 2 (2024).
 *
 * Tết 08/02–14/02 is "05 ngày nghỉ tết Âm lịch và 02 ngày nghỉ bù": the 5 days are 08/02 (29 Chạp)
 * to 12/02 (mùng 3); Sat 10 and Sun 11 fall in them, so 13 and 14 are compensatory (Điều 111).
 */
export const YEAR_2024: HolidayYearInput = {
  year: 2024,
  notices: [
    'TB 5015/TB-LĐTBXH (22/11/2023)',
    'CV 8662/VPCP-KGVX (03/11/2023)',
    'CV 2450/VPCP-KGVX (12/4/2024)',
  ],
  days: [
    { date: '2024-01-01', occasion: 'new-year' },
    { date: '2024-02-08', occasion: 'tet' },
    { date: '2024-02-09', occasion: 'tet' },
    { date: '2024-02-10', occasion: 'tet' },
    { date: '2024-02-11', occasion: 'tet' },
    { date: '2024-02-12', occasion: 'tet' },
    { date: '2024-02-13', occasion: 'tet', kind: 'compensatory' },
    { date: '2024-02-14', occasion: 'tet', kind: 'compensatory' },
    { date: '2024-04-18', occasion: 'hung-kings' },
    {
      date: '2024-04-29',
      occasion: 'victory',
      kind: 'swap',
      notice: 'CV 2450/VPCP-KGVX (12/4/2024); TB 1570/TB-LĐTBXH',
    },
    { date: '2024-04-30', occasion: 'victory' },
    { date: '2024-05-01', occasion: 'labour' },
    { date: '2024-09-02', occasion: 'national-day' },
    { date: '2024-09-03', occasion: 'national-day' },
  ],
  workingDays: [
    {
      date: '2024-05-04',
      replaces: '2024-04-29',
      notice: 'CV 2450/VPCP-KGVX (12/4/2024); TB 1570/TB-LĐTBXH',
    },
  ],
};
