import { DateTime } from 'luxon';
import { ZONE } from '../calendar/index.js';
import type { Clock } from './types.js';

/** An ISO instant with an explicit offset (what the machine takes), e.g. `…T09:00:00.000+07:00`. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3_600_000;

/**
 * An epoch instant written in Asia/Ho_Chi_Minh. Vietnam has kept UTC+07:00 without daylight
 * saving since 1975; earlier instants go through luxon's zone data.
 */
function vietnam(ms: number): string {
  if (ms >= Date.UTC(1976, 0, 1)) {
    const local = new Date(ms + 7 * HOUR).toISOString();
    return `${local.slice(0, -1)}+07:00`;
  }
  return DateTime.fromMillis(ms, { zone: ZONE }).toISO() ?? '';
}

/** The clock's reading as an ISO instant in Asia/Ho_Chi_Minh (a host bug throws). */
export function readClock(clock: Clock): string {
  const raw = clock();
  const ms =
    raw instanceof Date
      ? raw.getTime()
      : typeof raw === 'string' && WITH_OFFSET.test(raw)
        ? Date.parse(raw)
        : Number.NaN;
  if (!Number.isFinite(ms))
    throw new TypeError(
      `Đồng hồ trả về thời điểm không hợp lệ / The clock returned an invalid instant: ${String(raw)}`,
    );
  return vietnam(ms);
}

/**
 * The instant of an event (issue 11): `max(clock(), the review's clock)`, never the client's —
 * so a worker whose clock runs behind another's never makes an event `OUT_OF_ORDER`.
 */
export function eventInstant(clock: Clock, reviewNow: string): string {
  const at = readClock(clock);
  return Date.parse(at) >= Date.parse(reviewNow) ? at : reviewNow;
}

/**
 * The instant of a cycle event: the clock's reading — kept as the host's clock wrote it when that
 * is an ISO instant with an offset, since the cycle records it (a dossier's `submittedAt`) — or
 * the cycle's own clock when that is later, as for a review.
 */
export function cycleInstant(clock: Clock, cycleNow: string | null): string {
  const raw = clock();
  const at = typeof raw === 'string' && WITH_OFFSET.test(raw) ? raw : readClock(() => raw);
  return cycleNow !== null && Date.parse(cycleNow) > Date.parse(at) ? cycleNow : at;
}
