import type { Text } from '../core/text.js';

/** Escapes what would break a Markdown table cell. */
export function cell(s: string): string {
  return s.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** Both languages in one cell: Vietnamese, then the English in italics (once when they agree). */
export function both(t: Text): string {
  return t.vi === t.en ? cell(t.vi) : `${cell(t.vi)}<br>_${cell(t.en)}_`;
}

const width = (s: string) => [...s].length;

/** A table with padded columns, exactly as the repository's Markdown formatter (biome) writes it. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string[] {
  const widths = header.map((h, i) => Math.max(3, width(h), ...rows.map((r) => width(r[i]!))));
  const line = (r: readonly string[]) =>
    `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
