import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize, summaryCsv, summaryJson, summaryXlsx } from '../../src/index.js';
import { dayText, instantText } from '../../src/report/dates.js';
import { COLLECTIVES, HEADS, namedInput, seedInput } from './fixture.js';

const summary = summarize(namedInput());

describe('names next to the ids', () => {
  it('the JSON keeps the ids and adds the names; a group without a name is named by its id', () => {
    expect(summary.groups.map((g) => [g.group, g.name?.vi])).toEqual([
      [COLLECTIVES, 'Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội'],
      [HEADS, 'Người đứng đầu các sở, ban, ngành: diện BTV'],
      ['Cấp phó thuộc diện Ban cán sự đảng quản lý', 'Cấp phó thuộc diện Ban cán sự đảng quản lý'],
    ]);
    expect(summary.appendix[0]?.group).toBe(COLLECTIVES);
    expect(summary.scopes).toEqual([
      { id: 'btv-tinh-uy', name: { vi: 'Diện Ban Thường vụ Tỉnh ủy quản lý', en: 'BTV cadres' } },
      { id: 'bcsd-ubnd', name: { vi: 'bcsd-ubnd', en: 'bcsd-ubnd' } },
    ]);
    const json = JSON.parse(summaryJson(summary));
    expect(json.groups[0].group).toBe(COLLECTIVES);
    expect(json.groups[0].name.en).toBe('Departments');
    expect(json.appendix[0].decidedOn).toBe('2024-11-20');
    expect(json.dossiers.late[0].submittedAt).toBe('2024-11-24T17:00:00Z');
  });

  it('names a default group (a row without `group`) by its role and rule set', () => {
    const input = seedInput();
    input.rows = input.rows.map(({ group: _g, ...r }) => r);
    const s = summarize(input);
    expect(s.groups[0]?.group).toBe('collective/leadership (qd124-2023)');
    expect(s.groups[0]?.name?.vi).toBe('Tập thể lãnh đạo, quản lý (qd124-2023)');
  });

  it('names the quota group and the head and collective in the findings, ids kept', () => {
    const [quota] = summary.checks.quota;
    expect(quota?.group).toBe(COLLECTIVES);
    expect(quota?.groupName?.en).toBe('Departments');
    expect(quota?.message.en).toMatch(/^Group "Departments": 2 EXCELLENT/);
    const [cap] = summary.checks.headCap;
    expect(cap?.subjects).toEqual(['so-tai-chinh/giam-doc', 'so-tai-chinh/tap-the']);
    expect(cap?.message.vi).toContain('"Giám đốc (người đứng đầu) Sở Tài chính"');
    expect(cap?.message.vi).not.toContain('so-tai-chinh/');
  });

  it('lists each override with the breach, who allowed it (named) and why', () => {
    expect(summary.overrides).toEqual([
      {
        rule: 'X-QUOTA',
        group: COLLECTIVES,
        groupName: { vi: 'Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội', en: 'Departments' },
        limit: 1,
        actual: 2,
        subjectId: 'hoi-nha-bao/tap-the',
        name: 'Tập thể lãnh đạo Hội Nhà báo tỉnh',
        by: 'bcsd-ubnd.bi-thu',
        byName: { vi: 'Bí thư Ban cán sự đảng UBND tỉnh', en: 'Bí thư Ban cán sự đảng UBND tỉnh' },
        reason: 'Thành tích nổi bật',
      },
    ]);
    // the one excess EXCELLENT is overridden: a warning, recorded
    expect(summary.checks.quota[0]?.severity).toBe('warning');
  });
});

describe('.csv with names and dates', () => {
  const csv = summaryCsv(summary);
  const lines = csv.slice(1).split('\r\n');

  it('prints the group and scope names, the decision day dd-mm-yyyy, and the override', () => {
    const head = lines[0]?.split(',') ?? [];
    expect(head.slice(-2)).toEqual(['Cấp có thẩm quyền cho phép', 'Lý do cho phép']);
    const first = lines[1] ?? '';
    expect(first).toContain(',"Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội",');
    expect(first).toContain(',20-11-2024,');
    expect(first).not.toContain('2024-11-20');
    const nhaBao = lines.find((l) => l.includes(',hoi-nha-bao/tap-the,')) ?? '';
    expect(nhaBao.endsWith(',Bí thư Ban cán sự đảng UBND tỉnh,Thành tích nổi bật')).toBe(true);
    const head1 = lines.find((l) => l.includes(',so-noi-vu/giam-doc,')) ?? '';
    expect(head1).toContain(',Diện Ban Thường vụ Tỉnh ủy quản lý,');
  });

  it('stays byte-identical for the same input, and so does the .json', () => {
    expect(Buffer.from(summaryCsv(summarize(namedInput())))).toEqual(Buffer.from(csv));
    expect(summaryJson(summarize(namedInput()))).toBe(summaryJson(summary));
  });
});

describe('.xlsx with names and dates, read back with exceljs', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load((await summaryXlsx(summary)) as unknown as ExcelJS.Buffer);
  });

  it('names each group sheet by the group’s name (≤ 31, valid), the full name in its title row', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Tập thể lãnh đạo các sở, ban…',
      'Người đứng đầu các sở, ban…',
      'Cấp phó thuộc diện Ban cán sự…',
    ]);
    expect(book.worksheets[1]?.getCell('A2').value).toBe(
      'Nhóm: Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội',
    );
    expect(book.worksheets[1]?.getCell('D6').value).toBe(
      'Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội',
    );
    const overview = book.getWorksheet('Tổng hợp');
    expect(overview?.getCell('B7').value).toBe('Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội');
  });

  it('writes decision days as real dates shown dd/mm/yyyy', () => {
    const cell = book.worksheets[1]?.getCell('J6');
    expect(cell?.value).toEqual(new Date(Date.UTC(2024, 10, 20)));
    expect(cell?.numFmt).toBe('dd/mm/yyyy');
  });

  it('lists the overrides on the overview: group, limit, actual, subject, who, why', () => {
    const rows: unknown[][] = [];
    book.getWorksheet('Tổng hợp')?.eachRow((r) => {
      rows.push((r.values as unknown[]).slice(1));
    });
    const at = rows.findIndex((r) => r[0] === 'Kết quả vượt tỷ lệ có ý kiến của cấp có thẩm quyền');
    expect(at).toBeGreaterThan(0);
    expect(rows[at + 2]?.slice(0, 8)).toEqual([
      1,
      'Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội',
      'X-QUOTA',
      1,
      2,
      'Tập thể lãnh đạo Hội Nhà báo tỉnh',
      'Bí thư Ban cán sự đảng UBND tỉnh',
      'Thành tích nổi bật',
    ]);
  });
});

describe('dates as the human outputs print them', () => {
  it('days dd-mm-yyyy in Vietnamese, spelled out in English', () => {
    expect(dayText('2024-11-29', 'vi')).toBe('29-11-2024');
    expect(dayText('2024-11-29', 'en')).toBe('29 November 2024');
    expect(dayText('2025-01-05', 'en')).toBe('5 January 2025');
  });

  it('instants in Vietnam’s time, whatever offset they were written with', () => {
    expect(instantText('2024-11-26T10:31:00+07:00', 'vi')).toBe('10:31 ngày 26-11-2024');
    expect(instantText('2024-11-24T17:00:00Z', 'vi')).toBe('00:00 ngày 25-11-2024');
    expect(instantText('2024-11-26T10:31:00+07:00', 'en')).toBe('26 November 2024, 10:31');
  });
});
