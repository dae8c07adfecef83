import { formatPath } from '../core/errors.js';
import type { Lang, Text } from '../core/text.js';

/**
 * One located problem of an import: where in the officers' file (sheet, row as the spreadsheet
 * numbers it, column letter and its heading), what (a code) and why, in both languages. A problem
 * with the options rather than a row (`--year`, `--organizer`) has a `path` instead of a sheet.
 */
export interface ImportIssue {
  /** The sheet's name (`.csv`: the name given in the options, `CSV` by default). */
  readonly sheet?: string;
  /** The spreadsheet's row number (1-based; `.csv`: the record's first line). */
  readonly row?: number;
  /** The column letter (`A`, `B`, … `AA`). */
  readonly column?: string;
  /** The heading of that column as written in the file. */
  readonly heading?: string;
  /** A problem with the import options: the option's path (`year`, `organizerPersons[0]`). */
  readonly path?: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: Text;
}

/** `Đối tượng!C7 (Vai trò): …` — the cell an officer opens, then the message. */
export function formatImportIssue(issue: ImportIssue, lang: Lang): string {
  const cell = `${issue.column ?? ''}${issue.row ?? ''}`;
  const where =
    issue.sheet !== undefined
      ? `${issue.sheet}${cell ? `!${cell}` : ''}${issue.heading ? ` (${issue.heading})` : ''}`
      : formatPath(issue.path ?? []);
  return `${where}: ${issue.message[lang]}`;
}

/** The spreadsheet letter of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
