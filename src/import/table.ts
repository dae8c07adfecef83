/**
 * A sheet as the import reads it: its name and its rows, each row the cells' texts (NFC, trimmed;
 * an empty cell is `''`), with the row's number in the file. Both readers (`.xlsx`, `.csv`) give
 * this, and so does a host passing rows it already has.
 */
export interface ImportSheet {
  readonly name: string;
  readonly rows: readonly ImportRow[];
}

export interface ImportRow {
  /** The row's number as the officer sees it (1-based). */
  readonly number: number;
  readonly cells: readonly string[];
}

/** A cell's value as text: NFC, trimmed, inner runs of spaces kept (names are written as they are). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') {
    const v = value as {
      richText?: ReadonlyArray<{ text?: unknown }>;
      text?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(v.richText))
      return cellText(v.richText.map((r) => String(r.text ?? '')).join(''));
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return String(v.error);
  }
  return '';
}

/**
 * Rows given as arrays of values (the first non-empty row is read as the headings): the sheet a
 * host passes to `importSubjects` when it already holds the table. Row numbers count from 1.
 */
export function sheetOfRows(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
): ImportSheet {
  return { name, rows: rows.map((cells, i) => ({ number: i + 1, cells: cells.map(cellText) })) };
}
