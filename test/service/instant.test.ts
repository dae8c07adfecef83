import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { eventInstant, readClock } from '../../src/service/instant.js';

describe("the service's clock", () => {
  it('writes the instant in Asia/Ho_Chi_Minh, as luxon does', () => {
    for (const iso of [
      '2025-11-05T02:00:00Z',
      '2025-12-31T23:30:00.123+07:00',
      '2024-02-29T16:59:59.999Z',
    ])
      expect(readClock(() => iso)).toBe(DateTime.fromISO(iso).setZone('Asia/Ho_Chi_Minh').toISO());
    const d = new Date(Date.UTC(2025, 10, 5, 2));
    expect(readClock(() => d)).toBe('2025-11-05T09:00:00.000+07:00');
    expect(readClock(() => '1970-01-01T00:00:00Z')).toBe(
      DateTime.fromMillis(0, { zone: 'Asia/Ho_Chi_Minh' }).toISO(),
    );
  });

  it('refuses a reading that is not an instant with an offset (a host bug)', () => {
    for (const bad of ['2025-11-05', '2025-11-05T09:00:00', 'now', new Date(Number.NaN)])
      expect(() => readClock(() => bad)).toThrow(TypeError);
  });

  it("never goes behind the review's clock", () => {
    expect(eventInstant(() => '2025-11-05T09:00:00+07:00', '2025-11-10T09:00:00.000+07:00')).toBe(
      '2025-11-10T09:00:00.000+07:00',
    );
    expect(eventInstant(() => '2025-11-11T09:00:00+07:00', '2025-11-10T09:00:00.000+07:00')).toBe(
      '2025-11-11T09:00:00.000+07:00',
    );
  });
});
