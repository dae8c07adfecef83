import type { Borders, Cell, Row, Style, Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import { ZONE } from '../core/zone.js';

/** What exceljs forbids in a sheet name (Excel does too), and its length limit. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const SHEET_NAME_MAX = 31;

/**
 * `clean` in at most `max` characters: as it is when it fits, else cut at the end of a word (when
 * one ends in the second half) and ended by `…`, so a cut name reads as one.
 */
function fitName(clean: string, max: number): string {
  const chars = [...clean];
  if (chars.length <= max) return clean;
  let head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  if (chars[max - 1] !== ' ' && space > max / 2) head = head.slice(0, space);
  return `${head.replace(/[\s,;.–-]+$/u, '')}…`;
}

/**
 * A valid, unique sheet name for `wanted` (a group's full name; the sheet's title row holds it
 * whole): `[]:*?/\` become `-`, no leading or trailing apostrophe, at most 31 characters (cut at
 * a word, ended by `…`), and unique among `used` ignoring case (Excel compares sheet names
 * case-insensitively), by a suffix ` (2)`, ` (3)` … within the 31. Adds the name to `used`.
 */
export function sheetName(wanted: string, used: Set<string>): string {
  const clean =
    wanted
      .normalize('NFC')
      .replace(FORBIDDEN, '-')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Nhóm';
  let name = fitName(clean, SHEET_NAME_MAX);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${fitName(clean, SHEET_NAME_MAX - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const COUNT_FORMAT = '0';
export const PERCENT_FORMAT = '0.0';
/** A day (a decision date): a real date cell, shown `29/11/2024`. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A cell value `fillRow` writes: text, a number, a date (see {@link dateCell}), or nothing. */
export type CellValue = string | number | Date | null;

/**
 * A `YYYY-MM-DD` day as the Date exceljs writes as that day: 00:00 UTC, which Excel reads as the
 * day's serial number (Excel dates have no time zone).
 */
export function dateCell(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

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

/** What `fillRow` decides of a cell's style. */
export interface Look {
  readonly heading: boolean;
  readonly bold: boolean;
  readonly numeric: boolean;
  readonly format: string | undefined;
}

/** The style `box` and `fillRow` give a fresh cell (one with no style of its own yet). */
function styleOf(look: Look): Partial<Style> {
  const style: Partial<Style> = {
    border: BORDER,
    alignment: {
      vertical: 'middle',
      horizontal: look.numeric ? 'right' : look.heading ? 'center' : undefined,
      wrapText: true,
    },
  };
  if (look.heading || look.bold) style.font = { bold: true };
  if (look.heading)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  if (look.numeric && look.format) style.numFmt = look.format;
  return style;
}

/**
 * One style object per look, shared by every cell that has it. exceljs's writer remembers the
 * style id of a style object it has seen (a WeakMap in its styles part), so a shared object is
 * turned into XML once, not once per cell: before, each of a province's ~140,000 appendix cells
 * had its own style object, turned into XML and looked up again (issue 10: the workbook of 11,000
 * subjects took 1.16 s, now 0.43). A cell filled here shares its style: change it by assigning a new
 * `cell.style`, never by setting `cell.font` and the like (that would change every cell sharing
 * it; exceljs itself shares styles this way between merged cells).
 */
const looks = new Map<string | undefined, Array<Partial<Style> | undefined>>();

function sharedStyle(look: Look): Partial<Style> {
  // by format, then the three flags as bits: no key string per cell
  let byFlags = looks.get(look.format);
  if (byFlags === undefined) {
    byFlags = [];
    looks.set(look.format, byFlags);
  }
  const bits = (look.heading ? 1 : 0) | (look.bold ? 2 : 0) | (look.numeric ? 4 : 0);
  let style = byFlags[bits];
  if (style === undefined) {
    style = styleOf(look);
    byFlags[bits] = style;
  }
  return style;
}

/** Whether a cell has no style of its own (the row and column it is in give it none). */
function unstyled(cell: Cell): boolean {
  for (const _ in cell.style) return false;
  return true;
}

/** Writes `values` from column 1 of `row`, each cell boxed; numbers and dates get `formats[i]`. */
export function fillRow(
  row: Row,
  values: ReadonlyArray<CellValue>,
  options: { heading?: boolean; bold?: boolean; formats?: ReadonlyArray<string | undefined> } = {},
): void {
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    const look: Look = {
      heading: options.heading ?? false,
      bold: options.bold ?? false,
      numeric: typeof v === 'number' || v instanceof Date,
      format: options.formats?.[i],
    };
    if (unstyled(cell)) cell.style = sharedStyle(look);
    else restyle(cell, look); // a cell styled before (none of ours today)
  });
}

/**
 * A cell's own style changed member by member to `look` (what `fillRow` did to every cell before
 * the shared styles; a fresh cell ends with a style equal to the shared one, as a test checks).
 */
export function restyle(cell: Cell, look: Look): void {
  box(cell, look.heading);
  if (look.bold) cell.font = { bold: true };
  if (look.numeric && look.format) cell.numFmt = look.format;
  if (look.numeric) cell.alignment = { ...cell.alignment, horizontal: 'right' };
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

/** How an instant cell shows: Vietnam's wall time, day first (Excel has no time zones). */
export const INSTANT_FORMAT = 'dd/mm/yyyy hh:mm';

/**
 * An instant as the Date exceljs writes as Vietnam's wall time: Excel keeps no zone, and a serial
 * made from the instant itself would show the UTC time (`24/11/2024 17:00` for 00:00 on the 25th).
 */
export function instantCell(iso: string | undefined): Date | '' {
  if (iso === undefined) return '';
  const t = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
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
