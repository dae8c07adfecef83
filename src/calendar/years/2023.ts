import type { HolidayYearInput } from '../schedule.js';

/**
 * 2023 (Quý Mão). Set by Công văn 8056/VPCP-KGVX (01/12/2022) for Tết and Quốc khánh; the
 * ministry's notice 5034/TB-LĐTBXH (number from GitHub copies only). 30/4–1/5 break: Giỗ Tổ (Sat
 * 29/4) and 30/4 (Sun) made up on Tue 2/5 and Wed 3/5 (Điều 111 khoản 3); no swap.
 * Source: shared/research/nd335-holidays.md Part 2 (2023).
 *
 * Tết 20/01–26/01 ("off, 7 days"): read as Điều 112 + 111 — 5 Tết days 20/01 (29 Chạp) to 24/01
 * (mùng 3); Sat 21 and Sun 22 fall in them, so 25 and 26 are compensatory days.
 */
export const YEAR_2023: HolidayYearInput = {
  year: 2023,
  notices: ['CV 8056/VPCP-KGVX (01/12/2022)', 'TB 5034/TB-LĐTBXH'],
  days: [
    { date: '2023-01-01', occasion: 'new-year' },
    { date: '2023-01-02', occasion: 'new-year', kind: 'compensatory' },
    { date: '2023-01-20', occasion: 'tet' },
    { date: '2023-01-21', occasion: 'tet' },
    { date: '2023-01-22', occasion: 'tet' },
    { date: '2023-01-23', occasion: 'tet' },
    { date: '2023-01-24', occasion: 'tet' },
    { date: '2023-01-25', occasion: 'tet', kind: 'compensatory' },
    { date: '2023-01-26', occasion: 'tet', kind: 'compensatory' },
    { date: '2023-04-29', occasion: 'hung-kings' },
    { date: '2023-04-30', occasion: 'victory' },
    { date: '2023-05-01', occasion: 'labour' },
    { date: '2023-05-02', occasion: 'hung-kings', kind: 'compensatory' },
    { date: '2023-05-03', occasion: 'victory', kind: 'compensatory' },
    { date: '2023-09-01', occasion: 'national-day' },
    { date: '2023-09-02', occasion: 'national-day' },
    { date: '2023-09-04', occasion: 'national-day', kind: 'compensatory' },
  ],
};
