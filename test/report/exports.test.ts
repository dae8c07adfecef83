import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LEVELS,
  levelLabel,
  parseSummary,
  type Summary,
  summarize,
  summaryCsv,
  summaryJson,
  summaryXlsx,
  writeReports,
} from '../../src/index.js';
import { sheetName } from '../../src/report/xlsx-style.js';
import { seedInput } from './fixture.js';

/** RFC 4180, written here independently of the exporter: fields, quotes, CRLF records. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
      field += c;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

const summary = summarize(seedInput());

describe('.csv', () => {
  const csv = summaryCsv(summary);

  it('starts with the UTF-8 BOM, ends lines with CRLF and is NFC', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv).toBe(csv.normalize('NFC'));
  });

  it('parses back to the same rows, one per subject, with Vietnamese headings', () => {
    const [head, ...rows] = parseCsv(csv.slice(1));
    expect(head?.slice(0, 5)).toEqual(['STT', 'Mã', 'Tên tập thể / cá nhân', 'Đơn vị', 'Nhóm']);
    expect(head).toContain('Mức xếp loại');
    expect(rows).toHaveLength(summary.appendix.length);
    const col = (name: string) => head!.indexOf(name);
    rows.forEach((row, i) => {
      const e = summary.appendix[i]!;
      expect(row).toHaveLength(head!.length);
      expect(Number(row[col('STT')])).toBe(e.no);
      expect(row[col('Mã')]).toBe(e.id);
      expect(row[col('Tên tập thể / cá nhân')]).toBe(e.name);
      expect(row[col('Đơn vị')]).toBe(e.unitName);
      expect(row[col('Nhóm')]).toBe(e.group);
      expect(row[col('Mức xếp loại')]).toBe(e.level ? levelLabel(e.level) : e.result.vi);
      expect(row[col('Lý do')]).toBe(e.statusReason?.vi ?? '');
    });
    const btv = rows.find((r) => r[col('Mã')] === 'so-noi-vu/giam-doc')!;
    expect(btv[col('Nơi nhận')]).toBe('Sở Nội vụ; Ban Tổ chức Tỉnh ủy');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const input = seedInput();
    input.rows[0] = { ...input.rows[0]!, name: 'Tập thể "A", khối\nB' };
    const [, first] = parseCsv(summaryCsv(summarize(input)).slice(1));
    expect(first?.[2]).toBe('Tập thể "A", khối\nB');
  });

  it('is byte-identical for the same input', () => {
    expect(Buffer.from(summaryCsv(summarize(seedInput())))).toEqual(Buffer.from(csv));
  });
});

describe('.json', () => {
  it('holds the summary with a trailing newline, 2-space indent, and reads back', () => {
    const json = summaryJson(summary);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toMatch(/^ {2}"format": "kiemdiem\/summary@1",$/);
    expect(parseSummary(JSON.parse(json))).toEqual(summary);
  });

  it('is byte-identical for the same input, whatever order the keys were built in', () => {
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reversed(v)]),
      );
    };
    const json = summaryJson(summary);
    expect(summaryJson(summarize(seedInput()))).toBe(json);
    expect(summaryJson(reversed(summary) as Summary)).toBe(json);
  });
});

describe('.xlsx, read back with exceljs', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await summaryXlsx(summary)) as unknown as ExcelJS.Buffer);
  });

  it('has the overview and one sheet per comparable group, with valid unique names', () => {
    const names = book.worksheets.map((s) => s.name);
    expect(names).toHaveLength(1 + summary.groups.length);
    expect(names[0]).toBe('Tổng hợp');
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // cut at a word and ended by an ellipsis; the title row holds the whole name
    expect(names[2]).toBe('Người đứng đầu thuộc diện Ban…');
    expect(book.worksheets[2]?.getCell('A2').value).toBe(
      'Nhóm: Người đứng đầu thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
    );
  });

  it('holds the summary numbers as numbers, under frozen headings', () => {
    const sheet = book.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe(
      'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2024',
    );
    expect(sheet.getCell('A3').value).toBe('(Tính đến ngày 30/11/2024)');
    expect(sheet.getCell('A5').value).toBe('STT');
    expect(sheet.getCell('E5').value).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(sheet.getCell('F6').value).toBe('Tỷ lệ (%)');
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getCell('A5').border?.top?.style).toBe('thin');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    const lines = [...summary.groups.map((g) => g.counts), summary.totals];
    lines.forEach((c, i) => {
      const row = sheet.getRow(7 + i);
      const values = [c.subjects, c.rated, ...c.levels.flatMap((l) => [l.count, l.percent])];
      values.forEach((v, j) => {
        const cell = row.getCell(3 + j).value;
        expect(typeof cell).toBe('number');
        expect(cell).toBe(v);
      });
      expect(row.getCell(13).value).toBe(c.notRated);
      expect(row.getCell(14).value).toBe(c.notReviewed);
    });
    expect(sheet.getRow(7 + summary.groups.length).getCell(2).value).toBe('Tổng cộng');
    expect(sheet.getCell('F7').numFmt).toBe('0.0');
    expect(sheet.getColumn(2).width).toBe(40);
  });

  it('lists quota verdicts with limit and actual, and the late and missing units', () => {
    const sheet = book.getWorksheet('Tổng hợp')!;
    const cells: unknown[][] = [];
    sheet.eachRow((row) => {
      cells.push((row.values as unknown[]).slice(1));
    });
    const quota = cells.filter((r) => r[2] === 'X-QUOTA');
    expect(quota.map((r) => [r[1], r[3], r[4]])).toEqual(
      summary.checks.quota.map((q) => [q.group, q.limit, q.actual]),
    );
    const headCap = cells.filter((r) => r[2] === 'X-HEAD-CAP');
    expect(headCap).toHaveLength(summary.checks.headCap.length);
    expect(headCap[0]?.[1]).toBe(
      'Giám đốc (người đứng đầu) Sở Tài chính; Tập thể lãnh đạo Sở Tài chính',
    );
    // the deadline and the submission are date-times showing Vietnam's wall time (Excel has no
    // zones): 00:00 on the 25th, not the UTC 17:00 on the 24th; submitted 2024-11-24T17:00:00Z
    const late = cells.find((r) => r[1] === 'Sở Y tế' && r[2] === 'Nộp chậm');
    expect(late?.[3]).toEqual(new Date(Date.UTC(2024, 10, 25, 0, 0)));
    expect(late?.[4]).toEqual(new Date(Date.UTC(2024, 10, 25, 0, 0)));
    let format: string | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Sở Y tế' && row.getCell(3).value === 'Nộp chậm')
        format = row.getCell(4).numFmt;
    });
    expect(format).toBe('dd/mm/yyyy hh:mm');
    expect(cells.find((r) => r[1] === 'Hội Nhà báo tỉnh')?.[2]).toBe('Chưa nộp');
  });

  it('lists each group’s subjects on its sheet, numbered, with the frozen heading row', () => {
    summary.groups.forEach((g, i) => {
      const sheet = book.worksheets[i + 1]!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
      expect(sheet.getCell('A5').value).toBe('STT');
      expect(sheet.getCell('B5').value).toBe('Tên tập thể / cá nhân');
      const entries = summary.appendix.filter((e) => e.group === g.group);
      entries.forEach((e, j) => {
        const row = sheet.getRow(6 + j);
        expect(row.getCell(1).value).toBe(j + 1);
        expect(row.getCell(2).value).toBe(e.name);
        expect(row.getCell(3).value).toBe(e.unitName);
        expect(row.getCell(7).value).toBe(e.result.vi);
      });
      expect(sheet.getRow(6 + entries.length).getCell(1).value).toBeNull();
      const levels = LEVELS.map((l) => entries.filter((e) => e.level === l).length);
      expect(levels).toEqual(g.counts.levels.map((l) => l.count));
    });
  });

  it('stamps the workbook with the summary date, not the clock', () => {
    expect(book.created.toISOString()).toBe('2024-11-29T17:00:00.000Z');
    expect(book.modified.toISOString()).toBe('2024-11-29T17:00:00.000Z');
  });
});

describe('sheet names', () => {
  it('replaces forbidden characters, cuts to 31 and makes names unique ignoring case', () => {
    const used = new Set<string>(['tổng hợp']);
    expect(sheetName('Tổng hợp', used)).toBe('Tổng hợp (2)');
    expect(sheetName('A/B: [x]*?\\', used)).toBe('A-B- -x----');
    const long = 'Cán bộ lãnh đạo thuộc diện Ban Thường vụ Tỉnh ủy quản lý';
    const first = sheetName(long, used);
    const second = sheetName(long.toUpperCase(), used);
    expect([...first].length).toBeLessThanOrEqual(31);
    expect(first).toBe('Cán bộ lãnh đạo thuộc diện Ban…');
    expect([...second].length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(sheetName("'quoted'", used)).toBe('quoted');
  });
});

describe('writeReports', () => {
  it('writes the .xlsx, .csv, .json and the audit .jsonl into a directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kiemdiem-report-'));
    const audit = summary.appendix.map((e) => ({ subjectId: e.id, type: 'DECIDE_LEVEL' }));
    const files = await writeReports(join(dir, 'out'), summary, { audit });
    expect(await readFile(files.csv, 'utf8')).toBe(summaryCsv(summary));
    expect(await readFile(files.json, 'utf8')).toBe(summaryJson(summary));
    const lines = (await readFile(files.jsonl!, 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).subjectId)).toEqual(audit.map((a) => a.subjectId));
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.readFile(files.xlsx);
    expect(xlsx.worksheets).toHaveLength(4);
  });
});
