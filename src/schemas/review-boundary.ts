import { DateTime } from 'luxon';
import { z } from 'zod';
import { LUNAR_RANGE } from '../calendar/lunar.js';
import { nfc } from '../core/nfc.js';
import { ZONE } from '../core/zone.js';
import { addIssue, IsoDate } from './common.js';

/**
 * The values a review accepts at its boundary (its input and its events): instants and dates the
 * calendar can compute with, ids in one Unicode form. A value outside is invalid input with a
 * located, bilingual issue — never a throw deep inside a guard.
 */

/**
 * The years an instant or a date of a review may lie in (in Asia/Ho_Chi_Minh): the calendar's
 * lunar range (`LUNAR_RANGE`, 1950–2199) less its first year, kept as a margin for the working
 * days a deadline's lead time counts backwards from its due day.
 */
export const REVIEW_YEAR_RANGE = { from: LUNAR_RANGE.from + 1, to: LUNAR_RANGE.to } as const;

function outOfRange(year: number): boolean {
  return year < REVIEW_YEAR_RANGE.from || year > REVIEW_YEAR_RANGE.to;
}

let rangeMs: { readonly from: number; readonly to: number } | undefined;

/**
 * The first and last millisecond of the range, in Asia/Ho_Chi_Minh (the offset was not always
 * +07:00), worked out on first use: luxon's first use of the zone takes about 20 ms, which
 * importing the library paid for every CLI command (bench/README.md, "What part 9 found").
 */
function rangeMillis(): { readonly from: number; readonly to: number } {
  rangeMs ??= {
    from: DateTime.fromObject({ year: REVIEW_YEAR_RANGE.from }, { zone: ZONE }).toMillis(),
    to: DateTime.fromObject({ year: REVIEW_YEAR_RANGE.to + 1 }, { zone: ZONE }).toMillis() - 1,
  };
  return rangeMs;
}

const RANGE_VI = `${REVIEW_YEAR_RANGE.from}–${REVIEW_YEAR_RANGE.to}`;

const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Epoch milliseconds of the instants seen (NaN: not a valid instant); luxon parses slowly. */
const millis = new Map<string, number>();

/**
 * `DateTime.fromISO(value, { setZone: true }).toMillis()`: milliseconds since the epoch, NaN when
 * luxon cannot read it (memoised: the machine reads the same few instants on every event).
 */
export function instantMillis(value: string): number {
  let ms = millis.get(value);
  if (ms === undefined) {
    ms = DateTime.fromISO(value, { setZone: true }).toMillis();
    if (millis.size > 10_000) millis.clear();
    millis.set(value, ms);
  }
  return ms;
}

/** Whether a string is a valid instant (the shape with an offset, a real time), in range. */
function judge(value: string): 'ok' | 'invalid' | 'range' {
  const ms = SHAPE.test(value) ? instantMillis(value) : Number.NaN;
  if (Number.isNaN(ms)) return 'invalid';
  const range = rangeMillis();
  return ms < range.from || ms > range.to ? 'range' : 'ok';
}

/**
 * An instant written ISO 8601 with an offset (`2024-11-24T17:00:00Z`,
 * `2024-11-25T00:00:00+07:00`), in the years of {@link REVIEW_YEAR_RANGE}. A time without an offset
 * is refused: it would be read in whatever zone the host runs in.
 */
export const Instant = z.string().superRefine((value, ctx) => {
  const verdict = judge(value);
  if (verdict === 'invalid') {
    addIssue(
      ctx,
      [],
      'invalid_instant',
      `Thời điểm phải viết theo ISO 8601 có múi giờ, ví dụ 2024-11-25T00:00:00+07:00: "${value}".`,
      `Expected an ISO 8601 instant with an offset, e.g. 2024-11-25T00:00:00+07:00: "${value}".`,
    );
  } else if (verdict === 'range') {
    addIssue(
      ctx,
      [],
      'instant_out_of_range',
      `Thời điểm ngoài khoảng năm lịch tính được (${RANGE_VI}): "${value}".`,
      `Instant outside the calendar's years (${RANGE_VI}): "${value}".`,
    );
  }
});

/** A real calendar date `YYYY-MM-DD` in the years of {@link REVIEW_YEAR_RANGE}. */
export const ReviewDate = IsoDate.superRefine((value, ctx) => {
  const year = Number(value.slice(0, 4));
  if (/^\d{4}-/.test(value) && outOfRange(year))
    addIssue(
      ctx,
      [],
      'date_out_of_range',
      `Ngày ngoài khoảng năm lịch tính được (${RANGE_VI}): ${value}.`,
      `Date outside the calendar's years (${RANGE_VI}): ${value}.`,
    );
});

/** Control characters (C0, DEL, C1) and the Unicode line/paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * An id (a person, a unit, a group, a point, a deadline): non-empty, NFC, without surrounding
 * whitespace or control characters. Identity compares after this: the subject's id written in NFD
 * is the subject.
 */
export const Id = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    if (value.trim() !== value)
      addIssue(
        ctx,
        [],
        'id_whitespace',
        `Mã không được có khoảng trắng ở đầu hoặc cuối: "${value}".`,
        `An id must not start or end with whitespace: "${value}".`,
      );
    if (CONTROL.test(value))
      addIssue(
        ctx,
        [],
        'id_control',
        'Mã không được chứa ký tự điều khiển.',
        'An id must not contain control characters.',
      );
  })
  .transform(nfc);

/** Free text written by a person (a reason, a conclusion): trimmed, NFC, non-empty. */
export const Prose = z.string().trim().min(1).transform(nfc);

/** A short label or form name: non-empty, NFC. */
export const Label = z.string().min(1).transform(nfc);
