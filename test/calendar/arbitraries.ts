import fc from 'fast-check';

const DAY = 86_400_000;
const FROM = Date.UTC(2022, 0, 1);
const TO = Date.UTC(2031, 11, 31);

/** A `YYYY-MM-DD` day between 2022 and 2031: shipped years and computed ones. */
export const isoDay = fc
  .integer({ min: 0, max: Math.floor((TO - FROM) / DAY) })
  .map((i) => new Date(FROM + i * DAY).toISOString().slice(0, 10));

/** An instant (epoch milliseconds) in the same span. */
export const instantMs = fc.integer({ min: FROM, max: TO });
