import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importSubjects } from '../../src/import/import-subjects.js';
import { CycleDefinitionSchema } from '../../src/schemas/cycle-definition.js';
import { csv, HEADINGS, OPTIONS, ROWS, workbook } from './fixture.js';

const col = (heading: string) => String.fromCharCode(65 + HEADINGS.indexOf(heading));

/** The rows with one cell changed: `row` counts subjects from 0, `heading` names the column. */
function edit(row: number, heading: string, value: string) {
  const rows = ROWS.map((r) => [...r]);
  rows[row]![HEADINGS.indexOf(heading)] = value;
  return rows;
}

describe('importSubjects from .xlsx (written by exceljs, read back)', () => {
  it('reads the officers’ list into a definition the schema accepts, equal to the CSV’s', async () => {
    const r = await importSubjects(await workbook(), OPTIONS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(CycleDefinitionSchema.parse(r.definition)).toEqual(r.definition);
    expect(r).toEqual(await importSubjects(csv(), OPTIONS));
    const head = r.definition.subjects.find((s) => s.id === 'stc-ql/truong-phong');
    expect(head).toMatchObject({
      kind: 'individual',
      role: 'leader',
      unitId: 'stc-ql',
      headOfUnitId: 'stc-ql',
      memberOf: 'stc-ql/tap-the',
      personId: 'p-tp-ql',
      participants: { subject: ['tp-ql'], unitHead: ['tp-ql'], authority: ['gd-stc', 'pgd-stc'] },
    });
    expect(r.definition.units).toEqual([
      { id: 'stc', name: 'Sở Tài chính', senders: [] },
      { id: 'stc-ql', name: 'Phòng Quản lý ngân sách', parentId: 'stc', senders: [] },
    ]);
    expect(r.definition).toMatchObject({
      id: 'so-noi-vu-2025',
      year: 2025,
      organizer: 'so-noi-vu',
      issuer: 'bcsd-ubnd',
    });
  });

  it('reads numbers, rich text and formulas as their text; English headings as aliases', async () => {
    const english = [
      'no.',
      'id',
      'name',
      'kind',
      'role',
      'unit id',
      'unit name',
      'parent unit',
      'scope',
      'group',
      'person id',
      'head of unit',
      'member of',
      'authority',
      'subject persons',
      'unit head',
      'authority persons',
    ];
    const rows: ExcelJS.CellValue[][] = ROWS.map((r) => [...r]);
    rows[0]![2] = {
      richText: [{ text: 'Tập thể lãnh đạo ' }, { text: 'Sở Tài chính', font: { bold: true } }],
    };
    rows[0]![4] = 'leadership';
    rows[1]![3] = { formula: '"Cá nhân"', result: 'Cá nhân' };
    rows[1]![0] = 2;
    const r = await importSubjects(await workbook(rows, { headings: english }), OPTIONS);
    expect(r).toEqual(await importSubjects(await workbook(), OPTIONS));
  });

  it('takes the units from a second sheet "Đơn vị", with their type and dossier senders', async () => {
    const rows = ROWS.map((r) => [...r]);
    for (const r of rows) r[HEADINGS.indexOf('Đơn vị')] = '';
    const units = [
      ['stc', 'Sở Tài chính', '', 'department', 'vt-stc'],
      ['stc-ql', 'Phòng Quản lý ngân sách', 'stc', 'office', ''],
    ];
    const r = await importSubjects(await workbook(rows, { units }), OPTIONS);
    expect(r.ok && r.definition.units).toEqual([
      { id: 'stc', name: 'Sở Tài chính', type: 'department', senders: ['vt-stc'] },
      {
        id: 'stc-ql',
        name: 'Phòng Quản lý ngân sách',
        parentId: 'stc',
        type: 'office',
        senders: [],
      },
    ]);
  });

  it('derives a missing subject id from the unit and the name without diacritics', async () => {
    const r = await importSubjects(await workbook(edit(1, 'Mã đối tượng', '')), OPTIONS);
    expect(r.ok && r.definition.subjects[1]?.id).toBe('stc/giam-doc-so-tai-chinh');
  });

  it('locates every bad row (sheet, row, column, vi/en) and returns no definition', async () => {
    const rows = edit(0, 'Vai trò', 'Cá nhân xuất sắc');
    rows[1]![HEADINGS.indexOf('Thành viên của')] = 'khong-co'; // no such collective
    rows[2]![HEADINGS.indexOf('Mã đơn vị cấp trên')] = 'so-x'; // no such unit
    rows[3]![HEADINGS.indexOf('Mã đối tượng')] = 'stc/giam-doc'; // twice
    rows[3]![HEADINGS.indexOf('Đơn vị')] = 'Phòng Ngân sách'; // the unit's name differs
    const r = await importSubjects(await workbook(rows), OPTIONS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const at = r.issues.map((i) => [i.sheet, i.row, i.column, i.code]);
    expect(at).toEqual([
      ['Đối tượng', 4, col('Vai trò'), 'unknown_value'],
      ['Đối tượng', 5, col('Thành viên của'), 'unknown_collective'],
      ['Đối tượng', 6, col('Mã đơn vị cấp trên'), 'unknown_unit'],
      ['Đối tượng', 7, col('Mã đối tượng'), 'duplicate_id'],
      ['Đối tượng', 7, col('Đơn vị'), 'unit_conflict'],
      // The unit was first read from row 6, with the wrong parent: row 7 disagrees with it.
      ['Đối tượng', 7, col('Mã đơn vị cấp trên'), 'unit_conflict'],
    ]);
    for (const i of r.issues) {
      expect(i.message.vi).not.toBe('');
      expect(i.message.en).not.toBe('');
      expect(i.heading).toBe(HEADINGS[i.column!.charCodeAt(0) - 65]);
    }
  });

  it('reports a role that does not fit the kind, and a missing name, at their cells', async () => {
    const rows = edit(0, 'Loại đối tượng', 'Cá nhân');
    rows[2]![HEADINGS.indexOf('Tên tập thể / cá nhân')] = '';
    rows[2]![HEADINGS.indexOf('Mã đối tượng')] = 'stc-ql/tap-the';
    const r = await importSubjects(await workbook(rows), OPTIONS);
    expect(r.ok ? [] : r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, col('Vai trò'), 'role_kind'],
      [6, col('Tên tập thể / cá nhân'), 'required'],
    ]);
  });

  it('refuses an unknown heading, a repeated one and a missing required column', async () => {
    const headings = [...HEADINGS];
    headings[9] = 'Nhóm tương đồng ABC';
    headings[13] = 'Vai trò';
    headings[5] = 'Ghi chú';
    const r = await importSubjects(await workbook(ROWS, { headings }), OPTIONS);
    expect(r.ok ? [] : r.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, undefined, 'missing_column'], // the unit id (F became a note): the row, first
      [3, 'J', 'unknown_column'],
      [3, 'N', 'duplicate_column'],
    ]);
  });

  it('refuses a file that is not a workbook and a sheet without headings, without throwing', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    const a = await importSubjects(broken, OPTIONS);
    expect(a.ok ? '' : a.issues[0]?.code).toBe('unreadable_workbook');
    const b = await importSubjects(
      [
        ['just', 'text'],
        ['no', 'headings'],
      ],
      OPTIONS,
    );
    expect(b.ok ? '' : b.issues[0]?.code).toBe('no_headings');
  });

  it('reports the options’ problems by their path', async () => {
    const r = await importSubjects(await workbook(), {
      ...OPTIONS,
      year: 1990,
      organizerPersons: [],
    });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.sheet])).toEqual([
      [['year'], undefined],
      [['organizerPersons'], undefined],
    ]);
  });
});
