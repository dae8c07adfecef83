import ExcelJS from 'exceljs';

/** The headings of the officers' list as the template writes them. */
export const HEADINGS = [
  'STT',
  'Mã đối tượng',
  'Tên tập thể / cá nhân',
  'Loại đối tượng',
  'Vai trò',
  'Mã đơn vị',
  'Đơn vị',
  'Mã đơn vị cấp trên',
  'Diện quản lý',
  'Nhóm',
  'Mã cá nhân',
  'Đứng đầu đơn vị',
  'Thành viên của',
  'Cấp có thẩm quyền',
  'Người kiểm điểm',
  'Người đứng đầu đơn vị',
  'Người quyết định xếp loại',
];

/** A small province: a department and its sub-unit, their collectives and leaders. */
export const ROWS: readonly (readonly string[])[] = [
  [
    '1',
    'stc/tap-the',
    'Tập thể lãnh đạo Sở Tài chính',
    'Tập thể',
    'Tập thể lãnh đạo, quản lý',
    'stc',
    'Sở Tài chính',
    '',
    'btv-tinh-uy',
    'so-nganh',
    '',
    '',
    '',
    'bcsd',
    'gd-stc',
    'gd-stc',
    'bt-bcsd',
  ],
  [
    '2',
    'stc/giam-doc',
    'Giám đốc Sở Tài chính',
    'Cá nhân',
    'Cán bộ lãnh đạo, quản lý',
    'stc',
    'Sở Tài chính',
    '',
    'btv-tinh-uy',
    'giam-doc-so',
    'p-gd-stc',
    'stc',
    'stc/tap-the',
    'bcsd',
    'gd-stc',
    'gd-stc',
    'bt-bcsd',
  ],
  [
    '3',
    'stc-ql/tap-the',
    'Tập thể lãnh đạo Phòng Quản lý ngân sách',
    'Tập thể',
    'Tập thể lãnh đạo, quản lý',
    'stc-ql',
    'Phòng Quản lý ngân sách',
    'stc',
    '',
    'phong',
    '',
    '',
    '',
    'stc',
    'tp-ql',
    'tp-ql',
    'gd-stc',
  ],
  [
    '4',
    'stc-ql/truong-phong',
    'Trưởng phòng Quản lý ngân sách',
    'Cá nhân',
    'Lãnh đạo, quản lý',
    'stc-ql',
    'Phòng Quản lý ngân sách',
    'stc',
    '',
    'truong-phong',
    'p-tp-ql',
    'stc-ql',
    'stc-ql/tap-the',
    'stc',
    'tp-ql',
    'tp-ql',
    'gd-stc; pgd-stc',
  ],
];

export const OPTIONS = {
  year: 2025,
  profile: 'generic-qd366',
  organizer: 'so-noi-vu',
  issuer: 'bcsd-ubnd',
  organizerPersons: ['cv-snv-1'],
} as const;

/** A workbook as an officer keeps it: title rows above the headings, a units sheet optional. */
export async function workbook(
  rows: readonly (readonly (string | number | ExcelJS.CellValue)[])[] = ROWS,
  options: {
    headings?: readonly string[];
    units?: readonly (readonly string[])[];
    sheet?: string;
  } = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(options.sheet ?? 'Đối tượng');
  ws.addRow(['DANH SÁCH ĐỐI TƯỢNG KIỂM ĐIỂM NĂM 2025']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow([...(options.headings ?? HEADINGS)]);
  for (const r of rows) ws.addRow([...r]);
  if (options.units) {
    const us = wb.addWorksheet('Đơn vị');
    us.addRow(['Mã đơn vị', 'Tên đơn vị', 'Mã đơn vị cấp trên', 'Loại đơn vị', 'Người gửi hồ sơ']);
    for (const r of options.units) us.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same list as CSV text (fields quoted when needed), lines ended by `eol`. */
export function csv(
  rows: readonly (readonly string[])[] = ROWS,
  options: { bom?: boolean; sep?: string; eol?: string; headings?: readonly string[] } = {},
): string {
  const sep = options.sep ?? ',';
  const q = (s: string) => (/["\n\r,;]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [options.headings ?? HEADINGS, ...rows].map((r) => r.map(q).join(sep));
  return `${options.bom ? '\uFEFF' : ''}${lines.join(options.eol ?? '\r\n')}${options.eol ?? '\r\n'}`;
}
