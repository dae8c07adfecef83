import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fillRow, type Look, restyle } from '../../src/report/xlsx-style.js';

const LOOKS: Look[] = [];
for (const heading of [false, true])
  for (const bold of [false, true])
    for (const numeric of [false, true])
      for (const format of [undefined, '0', '0.0']) LOOKS.push({ heading, bold, numeric, format });

describe('fillRow shares one style object per look', () => {
  it('gives a fresh cell the style the member-by-member path gives it, for every look', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('t');
    LOOKS.forEach((look, i) => {
      const value = look.numeric ? 12 : 'chữ';
      fillRow(sheet.getRow(2 * i + 1), [value], {
        heading: look.heading,
        bold: look.bold,
        formats: [look.format],
      });
      const reference = sheet.getRow(2 * i + 2).getCell(1);
      reference.value = value;
      restyle(reference, look);
      expect(sheet.getRow(2 * i + 1).getCell(1).style, JSON.stringify(look)).toEqual(
        reference.style,
      );
    });
  });

  it('shares the object between cells of the same look and not across looks', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('t');
    fillRow(sheet.getRow(1), ['a', 1, 2], { formats: [undefined, '0', '0.0'] });
    fillRow(sheet.getRow(2), ['b', 3, 4], { formats: [undefined, '0', '0.0'] });
    fillRow(sheet.getRow(3), ['c'], { heading: true });
    const style = (r: number, c: number) => sheet.getRow(r).getCell(c).style;
    for (const c of [1, 2, 3]) expect(style(1, c)).toBe(style(2, c));
    expect(style(1, 2)).not.toBe(style(1, 3)); // another number format
    expect(style(1, 1)).not.toBe(style(3, 1)); // a heading
    expect(style(1, 3).numFmt).toBe('0.0');
    expect(style(3, 1).font?.bold).toBe(true);
  });

  it('restyles a cell that already has a style of its own, keeping what it had', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('t');
    const cell = sheet.getRow(1).getCell(1);
    cell.style = { alignment: { horizontal: 'left' } };
    const before = cell.style;
    fillRow(sheet.getRow(1), ['x']);
    expect(cell.style).toBe(before); // its own object, not a shared one
    expect(cell.style.alignment).toEqual({
      vertical: 'middle',
      horizontal: 'left',
      wrapText: true,
    });
    expect(cell.style.border?.top?.style).toBe('thin');
  });
});
