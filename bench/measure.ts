// Timing: the mix is cut into equal slices; one untimed warm-up pass over the first slice, then
// one timed pass per slice (process.hrtime.bigint), so the timed passes together cover every
// assessment exactly once, for every contender. Reported: the median pass.

export interface Sample {
  readonly name: string;
  /** Assessments per timed pass. */
  readonly perPass: number;
  readonly passes: number;
  /** Median wall time of one pass, in nanoseconds. */
  readonly medianNs: number;
  /** Fastest and slowest pass, assessments per second (spread, for noise). */
  readonly range: readonly [number, number];
  readonly perSecond: number;
}

/** Runs the contender over assessments `[from, to)`, writing each outcome code into its own array. */
export type Pass = (from: number, to: number) => void | Promise<void>;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface Contender {
  readonly name: string;
  readonly pass: Pass;
}

/**
 * Warm-up: every contender runs the first slice once, untimed. Then slice by slice, every
 * contender runs the same slice in turn (round robin), so load from other processes on a
 * shared machine falls on all contenders alike; the median pass is reported.
 */
export async function timeRoundRobin(
  contenders: readonly Contender[],
  total: number,
  passes: number,
  warmUp: 'slice' | 'all' = 'slice',
): Promise<Sample[]> {
  const size = Math.ceil(total / passes);
  for (const c of contenders) await c.pass(0, warmUp === 'all' ? total : Math.min(size, total));
  const times = contenders.map((): number[] => []);
  for (let from = 0; from < total; from += size) {
    const to = Math.min(from + size, total);
    for (const [k, c] of contenders.entries()) {
      const t0 = process.hrtime.bigint();
      await c.pass(from, to);
      const ns = Number(process.hrtime.bigint() - t0);
      times[k]!.push((ns * size) / (to - from)); // normalised to a full slice (the last may be short)
    }
  }
  const rate = (ns: number) => (size * 1e9) / ns;
  return contenders.map((c, k) => {
    const t = times[k]!;
    const medianNs = median(t);
    return {
      name: c.name,
      perPass: size,
      passes: t.length,
      medianNs,
      range: [rate(Math.max(...t)), rate(Math.min(...t))],
      perSecond: rate(medianNs),
    };
  });
}

/** `1234567.8` → `1,234,568`. */
export function grouped(n: number, digits = 0): string {
  return n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A plain text table, first column left-aligned, the others right-aligned. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const fmt = (r: readonly string[]) =>
    r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  return [fmt(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(fmt)];
}
