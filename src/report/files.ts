import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSummaryCsv } from './csv.js';
import { writeSummaryJson } from './json.js';
import { type SubjectEntry, writeJsonl } from './jsonl.js';
import type { Summary } from './summary-schema.js';
import { writeSummaryXlsx } from './xlsx.js';

export interface WriteReportsOptions {
  /** The file names' stem: `tong-hop` gives `tong-hop.xlsx`, `.csv`, `.json` (the default). */
  readonly name?: string;
  /** Audit entries for `<name>-audit.jsonl`; omitted, no audit file is written. */
  readonly audit?: Iterable<SubjectEntry> | AsyncIterable<SubjectEntry>;
}

/** The paths `writeReports` wrote. */
export interface ReportFiles {
  readonly xlsx: string;
  readonly csv: string;
  readonly json: string;
  readonly jsonl?: string;
}

/**
 * Writes the summary's files into `dir` (created if missing), each atomically: `.xlsx`, `.csv`
 * (the appendix), `.json` (the summary) and, given audit entries, `-audit.jsonl`.
 */
export async function writeReports(
  dir: string,
  summary: Summary,
  options: WriteReportsOptions = {},
): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const stem = join(dir, options.name ?? 'tong-hop');
  const files = { xlsx: `${stem}.xlsx`, csv: `${stem}.csv`, json: `${stem}.json` };
  await writeSummaryXlsx(files.xlsx, summary);
  await writeSummaryCsv(files.csv, summary);
  await writeSummaryJson(files.json, summary);
  if (!options.audit) return files;
  const jsonl = `${stem}-audit.jsonl`;
  await writeJsonl(jsonl, options.audit);
  return { ...files, jsonl };
}
