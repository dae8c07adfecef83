/**
 * Shares of a whole in percent with one decimal that always add up to exactly 100.0 (when the
 * whole is not empty), by the largest-remainder method on tenths of a percent, in integers:
 *
 * 1. each part gets `floor(count × 1000 / total)` tenths;
 * 2. the tenths still missing to reach 1000 go one each to the parts with the largest remainder
 *    `count × 1000 mod total`; on equal remainders the later part (the lower level) goes first,
 *    so the EXCELLENT share is never the one rounded up on a tie.
 *
 * Every share is within 0.1 of its exact value; a part of 0 stays 0.0; a whole of 0 gives null.
 */
export function percentShares(counts: readonly number[]): Array<number | null> {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => null);
  const tenths = counts.map((c) => Math.floor((c * 1000) / total));
  let missing = 1000 - tenths.reduce((a, b) => a + b, 0);
  const order = counts
    .map((c, i) => ({ i, rest: (c * 1000) % total }))
    .sort((a, b) => b.rest - a.rest || b.i - a.i);
  for (const { i } of order) {
    if (missing === 0) break;
    tenths[i]! += 1;
    missing -= 1;
  }
  return tenths.map((t) => t / 10);
}
