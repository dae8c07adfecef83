import type { Borders, Cell, Row, Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import { ZONE } from '../core/zone.js';

/** What exceljs forbids in a sheet name (Excel does too), and its length limit. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const SHEET_NAME_MAX = 31;

/**
 * A valid, unique sheet name for `wanted`: `[]:*?/\` become `-`, no leading or trailing
 * apostrophe, at most 31 characters, and unique among `used` ignoring case (Excel compares sheet
 * names case-insensitively), by a suffix ` (2)`, ` (3)` … within the 31. Adds the name to `used`.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .normalize('NFC')
      .replace(FORBIDDEN, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Nhóm';
  let name = [...clean].slice(0, SHEET_NAME_MAX).join('').trim();
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${[...clean]
      .slice(0, SHEET_NAME_MAX - suffix.length)
      .join('')
      .trim()}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const COUNT_FORMAT = '0';
export const PERCENT_FORMAT = '0.0';

/** A bordered cell; bold, centred and shaded when it is a heading. */
export function box(cell: Cell, heading = false): void {
  cell.border = BORDER;
  cell.alignment = {
    vertical: 'middle',
    horizontal: heading ? 'center' : cell.alignment?.horizontal,
    wrapText: true,
  };
  if (heading) {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  }
}

/** Writes `values` from column 1 of `row`, each cell boxed; numbers get `formats[i]`. */
export function fillRow(
  row: Row,
  values: ReadonlyArray<string | number | null>,
  options: { heading?: boolean; bold?: boolean; formats?: ReadonlyArray<string | undefined> } = {},
): void {
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    box(cell, options.heading);
    if (options.bold) cell.font = { bold: true };
    const format = options.formats?.[i];
    if (typeof v === 'number' && format) cell.numFmt = format;
    if (typeof v === 'number') cell.alignment = { ...cell.alignment, horizontal: 'right' };
  });
}

/** Title rows: a bold, centred line merged across `width` columns. */
export function titleRow(
  sheet: Worksheet,
  at: number,
  value: string,
  width: number,
  style: { bold?: boolean; italic?: boolean; size?: number } = {},
): void {
  sheet.mergeCells(at, 1, at, width);
  const cell = sheet.getCell(at, 1);
  cell.value = value;
  cell.font = { bold: style.bold ?? false, italic: style.italic ?? false, size: style.size ?? 11 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** An instant as an officer reads it, in Vietnam's time: `24/11/2024 16:30`. */
export function localInstant(iso: string | undefined): string {
  if (iso === undefined) return '';
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).toFormat('dd/MM/yyyy HH:mm');
}

/** A `YYYY-MM-DD` day as `dd/MM/yyyy`. */
export function localDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The workbook's date stamp: 00:00 of `asOf` in Vietnam (never the system clock). */
export function stamp(asOf: string): Date {
  return DateTime.fromISO(asOf, { zone: ZONE }).toJSDate();
}
