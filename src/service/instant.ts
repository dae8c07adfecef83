import { DateTime } from 'luxon';
import { ZONE } from '../calendar/index.js';
import type { Clock } from './types.js';

/** The clock's reading as an ISO instant in Asia/Ho_Chi_Minh (a host bug throws). */
export function readClock(clock: Clock): string {
  const raw = clock();
  const at =
    raw instanceof Date
      ? DateTime.fromJSDate(raw, { zone: ZONE })
      : DateTime.fromISO(String(raw), { setZone: true });
  if (!at.isValid)
    throw new TypeError(
      `Đồng hồ trả về thời điểm không hợp lệ / The clock returned an invalid instant: ${String(raw)}`,
    );
  return at.setZone(ZONE).toISO() ?? '';
}

/**
 * The instant of an event (issue 11): `max(clock(), the review's clock)`, never the client's —
 * so a worker whose clock runs behind another's never makes an event `OUT_OF_ORDER`.
 */
export function eventInstant(clock: Clock, reviewNow: string): string {
  const at = readClock(clock);
  return Date.parse(at) >= Date.parse(reviewNow) ? at : reviewNow;
}
