import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Worksheet } from 'exceljs';
import { groupName, recipientName, scopeName } from './csv.js';
import { kindLabel, SUMMARY_LABELS as L, roleLabel, type SummaryLabelKey } from './labels.js';
import type { AppendixEntry, GroupSummary, Summary } from './summary-schema.js';
import { writeAtomic } from './write.js';
import { fillOverview, OVERVIEW_HEADER_ROWS, OVERVIEW_WIDTH, titleRows } from './xlsx-overview.js';
import {
  type CellValue,
  COUNT_FORMAT,
  DATE_FORMAT,
  dateCell,
  fillRow,
  sheetName,
  stamp,
} from './xlsx-style.js';

type ExcelModule = typeof import('exceljs');

/**
 * exceljs is loaded on first use, so a host that never writes a workbook never loads it. It is an
 * optional peer dependency (it weighs ~20 MB installed): a host that writes `.xlsx` installs it.
 * Exported for `src/import/` (reading the officers' `.xlsx`), not from the package root.
 */
export async function excel(): Promise<ExcelModule> {
  let mod: ExcelModule & { default?: ExcelModule };
  try {
    mod = await import('exceljs');
  } catch (cause) {
    throw new Error(
      'Cần cài exceljs 4 để ghi tệp .xlsx (npm install exceljs@4) / Writing .xlsx needs exceljs 4 (npm install exceljs@4)',
      { cause },
    );
  }
  return mod.default ?? mod;
}

/** A group sheet's columns: heading, width, and the cell of one subject. */
const GROUP_COLUMNS: ReadonlyArray<{
  readonly key: SummaryLabelKey;
  readonly width: number;
  readonly cell: (e: AppendixEntry, i: number, s: Summary) => CellValue;
  readonly format?: string;
}> = [
  { key: 'no', width: 6, cell: (_, i) => i + 1, format: COUNT_FORMAT },
  { key: 'name', width: 36, cell: (e) => e.name },
  { key: 'unit', width: 32, cell: (e) => e.unitName },
  { key: 'group', width: 30, cell: (e, _, s) => groupName(s, e.group).vi },
  { key: 'kind', width: 11, cell: (e) => kindLabel(e.kind).vi },
  { key: 'role', width: 24, cell: (e) => roleLabel(e.role).vi },
  { key: 'result', width: 28, cell: (e) => e.result.vi },
  { key: 'reason', width: 36, cell: (e) => e.statusReason?.vi ?? '' },
  { key: 'scope', width: 24, cell: (e, _, s) => (e.scope ? scopeName(s, e.scope).vi : '') },
  {
    key: 'decidedOn',
    width: 13,
    cell: (e) => (e.decidedOn ? dateCell(e.decidedOn) : ''),
    format: DATE_FORMAT,
  },
  {
    key: 'recipients',
    width: 30,
    cell: (e, _, s) => e.recipients.map((r) => recipientName(s, r).vi).join('; '),
  },
  { key: 'id', width: 24, cell: (e) => e.id },
];

/** A group sheet's heading row; rows 1 to this one stay frozen. */
export const GROUP_HEADER_ROW = 5;

const GROUP_FORMATS = GROUP_COLUMNS.map((c) => c.format);

const OVERVIEW_WIDTHS = [6, 40, 10, 12, 10, 9, 10, 9, 10, 9, 10, 9, 12, 12, 22];

function fillGroup(sheet: Worksheet, summary: Summary, group: GroupSummary): void {
  const width = GROUP_COLUMNS.length;
  // widths first: a streamed sheet writes its columns with its first committed row
  GROUP_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  titleRows(sheet, summary, width, `${L.group.vi}: ${groupName(summary, group.group).vi}`);
  fillRow(
    sheet.getRow(GROUP_HEADER_ROW),
    GROUP_COLUMNS.map((c) => L[c.key].vi),
    { heading: true },
  );
  let i = 0;
  for (const e of summary.appendix) {
    if (e.group !== group.group) continue;
    const row = sheet.getRow(GROUP_HEADER_ROW + 1 + i);
    fillRow(
      row,
      GROUP_COLUMNS.map((c) => c.cell(e, i, summary)),
      { formats: GROUP_FORMATS },
    );
    // written out now: the list of 11,000 subjects is never held as cells (issue 10)
    row.commit();
    i++;
  }
}

/**
 * Streams the summary as a workbook into `out`: the overview sheet "Tổng hợp" (counts and
 * percentages per group and level, quota findings, head-cap warnings, late and missing dossiers,
 * recipients), then one sheet per comparable group listing its subjects, named by the group's
 * name (cut to Excel's 31 characters; the title row holds it whole). Numbers are numbers (counts
 * `0`, percentages `0.0`), decision days are dates (`dd/mm/yyyy`), a dossier's deadline and
 * submission date-times in Vietnam's wall time (`dd/mm/yyyy hh:mm`), heading rows are frozen, sheet
 * names are valid and unique.
 * `created` and `modified` are 00:00 of `summary.asOf` in Vietnam. exceljs's streaming writer:
 * a group sheet's rows are written out as they are filled, so a province's appendix is never held
 * as cells (the whole workbook in memory took 1.3 s and 180 MB for 11,000 subjects).
 */
async function writeWorkbook(out: Writable, summary: Summary): Promise<void> {
  const { stream } = await excel();
  const book = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  book.creator = 'kiemdiem';
  book.lastModifiedBy = 'kiemdiem';
  book.created = stamp(summary.asOf);
  book.modified = stamp(summary.asOf);
  const used = new Set<string>();
  const overview = book.addWorksheet(sheetName(L.overview.vi, used), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: OVERVIEW_HEADER_ROWS }],
  });
  OVERVIEW_WIDTHS.slice(0, OVERVIEW_WIDTH).forEach((w, i) => {
    overview.getColumn(i + 1).width = w;
  });
  fillOverview(overview, summary);
  overview.commit();
  for (const group of summary.groups) {
    const sheet = book.addWorksheet(sheetName(groupName(summary, group.group).vi, used), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: GROUP_HEADER_ROW }],
    });
    fillGroup(sheet, summary, group);
    sheet.commit();
  }
  await book.commit();
}

/**
 * The `.xlsx` bytes. Not byte-identical across runs: the zip stamps each entry with the time of
 * writing; the cells, styles and document properties are the same.
 */
export async function summaryXlsx(summary: Summary): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (c: Buffer) => chunks.push(c));
  const done = finished(sink);
  await writeWorkbook(sink, summary);
  sink.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes the `.xlsx` to `path` atomically, streamed (see {@link writeAtomic}). */
export async function writeSummaryXlsx(path: string, summary: Summary): Promise<void> {
  await writeAtomic(path, (out) => writeWorkbook(out, summary));
}
