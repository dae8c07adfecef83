import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/import/csv.js';
import { importSubjects } from '../../src/import/import-subjects.js';
import { csv, OPTIONS, ROWS } from './fixture.js';

describe('parseCsv', () => {
  it('reads quoted fields holding the separator, line breaks and doubled quotes', () => {
    const { records } = parseCsv('a,b,c\r\n"x, y","line 1\nline 2","say ""hi"""\r\nlast,,\r\n');
    expect(records.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'line 1\nline 2', 'say "hi"'],
      ['last', '', ''],
    ]);
    // A record keeps the line it starts on: the quoted line break moves the next record down.
    expect(records.map((r) => r.number)).toEqual([1, 2, 4]);
  });

  it('drops a byte order mark, accepts LF, CR and a missing final line break', () => {
    const a = parseCsv('\uFEFFa,b\nc,d').records.map((r) => r.cells);
    const b = parseCsv('a,b\rc,d\r').records.map((r) => r.cells);
    expect(a).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(b).toEqual(a);
  });

  it('reads `;` lists (Excel in a Vietnamese locale) and keeps commas inside them', () => {
    const { records } = parseCsv('Mã;Tên\nx;Sở Tài chính, Kế hoạch\n');
    expect(records[1]?.cells).toEqual(['x', 'Sở Tài chính, Kế hoạch']);
  });

  it('reports a quote that is never closed, with the line it opened on', () => {
    expect(parseCsv('a,b\nc,"d\ne,f\n').unclosedQuoteAt).toBe(2);
  });

  it('normalizes every cell to NFC', () => {
    const nfd = 'Sở Tài chính'.normalize('NFD');
    expect(nfd).not.toBe('Sở Tài chính');
    expect(parseCsv(`${nfd}\n`).records[0]?.cells[0]).toBe('Sở Tài chính');
  });
});

describe('importSubjects from CSV', () => {
  it('gives the same definition with and without a BOM, as text or as bytes, `,` or `;`', async () => {
    const plain = await importSubjects(csv(), OPTIONS);
    expect(plain.ok).toBe(true);
    const variants = [
      csv(ROWS, { bom: true }),
      new TextEncoder().encode(csv(ROWS, { bom: true })),
      new TextEncoder().encode(csv(ROWS, { sep: ';', eol: '\n' })),
    ];
    for (const v of variants) expect(await importSubjects(v, OPTIONS)).toEqual(plain);
    if (!plain.ok) return;
    expect(plain.definition.subjects).toHaveLength(4);
    expect(plain.definition.subjects[3]?.participants.authority).toEqual(['gd-stc', 'pgd-stc']);
  });

  it('reads NFD headings, values and ids as their NFC forms', async () => {
    const nfd = csv(ROWS).normalize('NFD');
    const r = await importSubjects(nfd, OPTIONS);
    expect(r).toEqual(await importSubjects(csv(), OPTIONS));
  });

  it('locates a bad row by the file name, the record line and the column', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[2]![4] = 'Trưởng nhóm'; // not a role
    const r = await importSubjects(csv(rows), { ...OPTIONS, sheetName: 'subjects.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        sheet: 'subjects.csv',
        row: 4,
        column: 'E',
        heading: 'Vai trò',
        code: 'unknown_value',
      }),
    ]);
    expect(r.issues[0]?.message.vi).toContain('"Trưởng nhóm"');
    expect(r.issues[0]?.message.en).toContain('"leadership"');
  });

  it('reports an unclosed quote instead of guessing', async () => {
    const r = await importSubjects(`${csv()}"unclosed,x\n`, OPTIONS);
    expect(r).toEqual({
      ok: false,
      issues: [expect.objectContaining({ sheet: 'CSV', row: 6, code: 'unclosed_quote' })],
    });
  });
});
