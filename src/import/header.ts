import { text } from '../core/text.js';
import { headingIndex, headingLabel, IGNORED_HEADINGS, normalizeHeading } from './headings.js';
import { columnLetter, type ImportIssue } from './issues.js';
import type { ImportRow, ImportSheet } from './table.js';

/** Where a record's cell came from: its column letter and the heading as the file writes it. */
export interface CellPlace {
  readonly column: string;
  readonly heading: string;
}

/** One data row of a sheet, read by column key. */
export interface SheetRecord<K extends string> {
  readonly sheet: string;
  readonly row: number;
  /** The cell's text by column key; a column the sheet lacks reads `''`. */
  readonly get: (key: K) => string;
  /** Where the column of `key` is, when the sheet has it. */
  readonly place: (key: K) => CellPlace | undefined;
}

const IGNORED = new Set(IGNORED_HEADINGS.map(normalizeHeading));

/** How many leading rows may be titles above the heading row (an administrative table has some). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads a sheet with a heading row: the first of its first rows in which at least two cells are
 * known headings (title rows above it are skipped). An unknown heading, a column given twice or a
 * required column missing is an issue; rows after the headings become records (rows with nothing
 * in the known columns are skipped).
 */
export function readSheet<K extends string>(
  sheet: ImportSheet,
  columns: Readonly<Record<K, readonly [string, ...string[]]>>,
  required: readonly K[],
): { readonly records: SheetRecord<K>[]; readonly issues: ImportIssue[] } {
  const index = headingIndex(columns);
  const known = (cell: string) => index.has(normalizeHeading(cell));
  const at = sheet.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((r) => r.cells.filter((c) => c !== '' && known(c)).length >= 2);
  if (at < 0) {
    const expected = required.map((k) => headingLabel(columns[k]));
    return {
      records: [],
      issues: [
        {
          sheet: sheet.name,
          code: 'no_headings',
          message: text(
            `Không tìm thấy dòng tiêu đề cột trong ${HEADER_SEARCH_ROWS} dòng đầu (cần các cột: ${expected.map((e) => `"${e.vi}"`).join(', ')}).`,
            `No heading row in the first ${HEADER_SEARCH_ROWS} rows (the columns needed: ${expected.map((e) => `"${e.en}"`).join(', ')}).`,
          ),
        },
      ],
    };
  }
  const header = sheet.rows[at]!;
  const issues: ImportIssue[] = [];
  const position = new Map<K, number>();
  header.cells.forEach((cell, i) => {
    if (cell === '' || IGNORED.has(normalizeHeading(cell))) return;
    const place = {
      sheet: sheet.name,
      row: header.number,
      column: columnLetter(i + 1),
      heading: cell,
    };
    const key = index.get(normalizeHeading(cell));
    if (key === undefined) {
      const vi = Object.values<readonly string[]>(columns).map((n) => `"${n[0]}"`);
      const en = Object.values<readonly string[]>(columns).map((n) => `"${headingLabel(n).en}"`);
      issues.push({
        ...place,
        code: 'unknown_column',
        message: text(
          `Cột "${cell}" không được hỗ trợ; các cột đọc được: ${vi.join(', ')}.`,
          `Unknown column "${cell}"; the columns read: ${en.join(', ')}.`,
        ),
      });
    } else if (position.has(key)) {
      const first = columnLetter(position.get(key)! + 1);
      issues.push({
        ...place,
        code: 'duplicate_column',
        message: text(
          `Cột "${cell}" trùng với cột ${first}.`,
          `Column "${cell}" repeats column ${first}.`,
        ),
      });
    } else position.set(key, i);
  });
  for (const key of required) {
    if (position.has(key)) continue;
    const label = headingLabel(columns[key]);
    issues.push({
      sheet: sheet.name,
      row: header.number,
      code: 'missing_column',
      message: text(`Thiếu cột "${label.vi}".`, `Missing column "${label.en}".`),
    });
  }
  const records = sheet.rows
    .slice(at + 1)
    .filter((r) => [...position.values()].some((i) => (r.cells[i] ?? '') !== ''))
    .map((r) => record(sheet.name, r, header, position));
  return { records, issues };
}

function record<K extends string>(
  sheet: string,
  row: ImportRow,
  header: ImportRow,
  position: ReadonlyMap<K, number>,
): SheetRecord<K> {
  return {
    sheet,
    row: row.number,
    get: (key) => {
      const i = position.get(key);
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
    place: (key) => {
      const i = position.get(key);
      return i === undefined
        ? undefined
        : { column: columnLetter(i + 1), heading: header.cells[i]! };
    },
  };
}

/** An issue at one cell of a record (or at its row, when the sheet lacks that column). */
export function cellIssue<K extends string>(
  r: SheetRecord<K>,
  key: K,
  code: string,
  message: ImportIssue['message'],
): ImportIssue {
  return { sheet: r.sheet, row: r.row, ...r.place(key), code, message };
}
