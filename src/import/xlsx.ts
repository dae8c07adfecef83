import { excel } from '../report/xlsx.js';
import { cellText, type ImportRow, type ImportSheet } from './table.js';

/**
 * Reads every worksheet of an `.xlsx` workbook (exceljs, loaded lazily: an optional peer
 * dependency, as for the exports). A cell's text is its value, a formula's cached result, a rich
 * text's runs joined, a hyperlink's text. Empty rows are left out; row numbers are the sheet's.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<ImportSheet[]> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings ask for a Node Buffer; a Uint8Array view of the same bytes is one.
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  return workbook.worksheets.map((sheet) => {
    const rows: ImportRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push({ number, cells });
    });
    return { name: sheet.name.normalize('NFC'), rows };
  });
}

/** Whether the bytes are a zip archive (an `.xlsx` is one): `PK\x03\x04`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
