import { DateTime } from 'luxon';
import { type Text, text } from '../core/text.js';
import { ZONE } from './dates.js';

/**
 * The occasions of Bộ luật Lao động 2019 Điều 112 khoản 1 (a–e), plus 24/11 (Ngày Văn hóa Việt
 * Nam), which is a switch (see `CalendarOptions.cultureDay`).
 */
export const OCCASIONS = [
  'new-year',
  'tet',
  'hung-kings',
  'victory',
  'labour',
  'national-day',
  'culture-day',
] as const;
export type Occasion = (typeof OCCASIONS)[number];

/**
 * Why a day is off: `holiday` — the statutory day itself (Điều 112); `compensatory` — nghỉ bù for a
 * holiday that fell on a weekly rest day (Điều 111 khoản 3); `swap` — a working day given off in
 * exchange for a weekend day worked (hoán đổi, decided each year by the Prime Minister).
 */
export const HOLIDAY_KINDS = ['holiday', 'compensatory', 'swap'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export const OCCASION_NAMES: Readonly<Record<Occasion, Text>> = {
  'new-year': text('Tết Dương lịch', "New Year's Day"),
  tet: text('Tết Nguyên đán', 'Lunar New Year (Tết)'),
  'hung-kings': text('Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day"),
  victory: text('Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)'),
  labour: text('Ngày Quốc tế Lao động', 'International Labour Day'),
  'national-day': text('Quốc khánh', 'National Day'),
  'culture-day': text('Ngày Văn hóa Việt Nam', 'Vietnamese Culture Day'),
};

/** The name of a day off, built from its occasion and kind so that every year reads the same. */
export function holidayName(occasion: Occasion, kind: HolidayKind): Text {
  const o = OCCASION_NAMES[occasion];
  switch (kind) {
    case 'holiday':
      return o;
    case 'compensatory':
      return text(`Nghỉ bù ${o.vi}`, `Compensatory day off for ${o.en}`);
    case 'swap':
      return text(`Nghỉ hoán đổi dịp ${o.vi}`, `Day off by swap, ${o.en}`);
  }
}

/** The name of a weekend day worked in exchange for `replaces` (a `YYYY-MM-DD` day given off). */
export function workingDayName(replaces: string): Text {
  const d = DateTime.fromISO(replaces, { zone: ZONE });
  return text(
    `Làm bù cho ngày nghỉ ${d.toFormat('dd/MM/yyyy')} (hoán đổi)`,
    `Make-up working day for ${d.toFormat('d LLL yyyy', { locale: 'en' })} (swap)`,
  );
}
