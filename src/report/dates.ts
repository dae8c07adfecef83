import { DateTime } from 'luxon';
import type { Lang } from '../core/text.js';
import { ZONE } from '../core/zone.js';

// Dates as the human outputs print them (the JSON keeps ISO): in Vietnamese the administrative
// style of the letters, `29-11-2024`, times `10:31`; in English `29 November 2024`. Month names
// are spelled here, not asked of the locale, so the output never depends on the host's settings.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A `YYYY-MM-DD` day: `29-11-2024` (vi), `29 November 2024` (en). */
export function dayText(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'vi') return `${d}-${m}-${y}`;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** An instant in Vietnam's time: `10:31 ngày 26-11-2024` (vi), `26 November 2024, 10:31` (en). */
export function instantText(iso: string, lang: Lang): string {
  const t = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
  const day = dayText(t.toFormat('yyyy-MM-dd'), lang);
  const time = t.toFormat('HH:mm');
  return lang === 'vi' ? `${time} ngày ${day}` : `${day}, ${time}`;
}
