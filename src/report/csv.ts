import type { Text } from '../core/text.js';
import { dayText } from './dates.js';
import { kindLabel, roleLabel, SUMMARY_LABELS, type SummaryLabelKey } from './labels.js';
import type { AppendixEntry, Summary } from './summary-schema.js';
import { writeFileAtomic } from './write.js';

/** The byte-order mark that makes Excel read the file as UTF-8 (and show the diacritics). */
export const UTF8_BOM = '\uFEFF';

/**
 * The appendix columns, in order: heading and the cell of one entry. Human text: groups and scopes
 * by name, the decision day as `29-11-2024`, who gave the row's override by name (the `.json`
 * keeps the ids and ISO dates).
 */
export const APPENDIX_COLUMNS: ReadonlyArray<{
  readonly key: SummaryLabelKey;
  readonly cell: (e: AppendixEntry, s: Summary) => string | number;
}> = [
  { key: 'no', cell: (e) => e.no },
  { key: 'id', cell: (e) => e.id },
  { key: 'name', cell: (e) => e.name },
  { key: 'unit', cell: (e) => e.unitName },
  { key: 'group', cell: (e, s) => groupName(s, e.group).vi },
  { key: 'kind', cell: (e) => kindLabel(e.kind).vi },
  { key: 'role', cell: (e) => roleLabel(e.role).vi },
  { key: 'ruleSet', cell: (e) => e.ruleSet ?? '' },
  { key: 'result', cell: (e) => e.result.vi },
  { key: 'reason', cell: (e) => e.statusReason?.vi ?? '' },
  { key: 'scope', cell: (e, s) => (e.scope ? scopeName(s, e.scope).vi : '') },
  { key: 'decidedOn', cell: (e) => (e.decidedOn ? dayText(e.decidedOn, 'vi') : '') },
  { key: 'recipients', cell: (e, s) => e.recipients.map((r) => recipientName(s, r).vi).join('; ') },
  { key: 'overrideBy', cell: (e) => e.override?.byName.vi ?? '' },
  { key: 'overrideReason', cell: (e) => e.override?.reason ?? '' },
];

/** A recipient's name from the summary's recipient lists, or its id. */
export function recipientName(summary: Summary, id: string): Text {
  return summary.recipients.find((r) => r.recipient === id)?.name ?? { vi: id, en: id };
}

/** A comparable group's name from the summary's groups, or its id. */
export function groupName(summary: Summary, id: string): Text {
  return summary.groups.find((g) => g.group === id)?.name ?? { vi: id, en: id };
}

/** A management scope's name from the summary's scopes, or its id. */
export function scopeName(summary: Summary, id: string): Text {
  return summary.scopes?.find((s) => s.id === id)?.name ?? { vi: id, en: id };
}

/** One field, quoted as RFC 4180 asks: when it holds a quote, a comma, CR or LF (or edge spaces). */
function field(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The appendix as `.csv`: UTF-8 with a BOM, Vietnamese headings, one line per subject, fields
 * quoted per RFC 4180, lines ended by CRLF (also the last). Deterministic: the same summary gives
 * the same text, and so the same bytes.
 */
export function summaryCsv(summary: Summary): string {
  const lines = [APPENDIX_COLUMNS.map((c) => field(SUMMARY_LABELS[c.key].vi)).join(',')];
  for (const e of summary.appendix)
    lines.push(APPENDIX_COLUMNS.map((c) => field(c.cell(e, summary))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Writes the `.csv` to `path` atomically. */
export async function writeSummaryCsv(path: string, summary: Summary): Promise<void> {
  await writeFileAtomic(path, summaryCsv(summary));
}
