import { type Text, text } from '../core/text.js';
import type { ParticipantRole } from '../schemas/review-input.js';

/**
 * The columns the import reads. Each has its Vietnamese heading (the first, written in the
 * template and in messages) and the other spellings accepted: Vietnamese variants and English
 * aliases. Headings are compared in NFC, case-insensitively, with runs of spaces collapsed and a
 * trailing `*` or `:` dropped (officers mark required columns so).
 */
export const SUBJECT_COLUMNS = {
  id: ['Mã đối tượng', 'Mã', 'id', 'subject id'],
  name: ['Tên tập thể / cá nhân', 'Tên', 'Họ và tên', 'Họ tên', 'name'],
  kind: ['Loại đối tượng', 'Loại', 'kind'],
  role: ['Vai trò', 'role'],
  regime: ['Chế độ', 'regime'],
  employment: ['Chế độ công vụ', 'Ngạch', 'employment'],
  unitId: ['Mã đơn vị', 'unit id'],
  unitName: ['Đơn vị', 'Tên đơn vị', 'unit', 'unit name'],
  parentId: ['Mã đơn vị cấp trên', 'Đơn vị cấp trên', 'parent unit id', 'parent unit'],
  unitType: ['Loại đơn vị', 'unit type'],
  scope: ['Diện quản lý', 'scope', 'management scope'],
  category: ['Phân loại', 'category'],
  group: ['Nhóm so sánh', 'Nhóm', 'group'],
  form: ['Mẫu kiểm điểm', 'Mẫu', 'form'],
  personId: ['Mã cá nhân', 'Mã người', 'person id'],
  headOfUnitId: ['Đứng đầu đơn vị', 'head of unit', 'heads unit'],
  memberOf: ['Thành viên của tập thể', 'Thành viên của', 'member of'],
  authority: ['Cấp có thẩm quyền', 'competent authority', 'authority'],
  'p:subject': ['Người kiểm điểm', 'subject persons', 'subject'],
  'p:superior': ['Cấp trên trực tiếp', 'superior'],
  'p:unitHead': ['Người đứng đầu đơn vị', 'unit head'],
  'p:appraiser': ['Người thẩm định', 'appraiser'],
  'p:authority': ['Người quyết định xếp loại', 'authority persons', 'deciding persons'],
  'p:organizer': ['Người tổng hợp', 'organizer persons', 'organizer'],
  'p:scheduler': ['Hệ thống nhắc hạn', 'scheduler'],
  dossierItems: ['Mục hồ sơ bổ sung', 'dossier items'],
  excludedReason: ['Lý do không kiểm điểm', 'exclusion reason', 'excluded'],
  excludedReasonEn: ['Lý do không kiểm điểm (tiếng Anh)', 'exclusion reason (en)'],
  excludedRule: ['Quy định loại trừ', 'exclusion rule'],
} as const satisfies Record<string, readonly [string, ...string[]]>;
export type SubjectColumn = keyof typeof SUBJECT_COLUMNS;

/** The columns of the optional units sheet. */
export const UNIT_COLUMNS = {
  unitId: SUBJECT_COLUMNS.unitId,
  unitName: SUBJECT_COLUMNS.unitName,
  parentId: SUBJECT_COLUMNS.parentId,
  unitType: SUBJECT_COLUMNS.unitType,
  senders: ['Người gửi hồ sơ', 'senders', 'dossier senders'],
} as const satisfies Record<string, readonly [string, ...string[]]>;
export type UnitColumn = keyof typeof UNIT_COLUMNS;

/** Headings read and left alone: a row number, a note. */
export const IGNORED_HEADINGS = ['STT', 'Số TT', 'TT', 'no', 'no.', 'Ghi chú', 'note', 'notes'];

/** The columns a subjects sheet must have (`id` may be left out: see `derivedId`; `kind` follows from `role`). */
export const REQUIRED_SUBJECT_COLUMNS: readonly SubjectColumn[] = ['name', 'role', 'unitId'];
export const REQUIRED_UNIT_COLUMNS: readonly UnitColumn[] = ['unitId', 'unitName'];

/** The names the units sheet may have; any other sheet (the first one) holds the subjects. */
export const UNIT_SHEET_NAMES = ['Đơn vị', 'Danh sách đơn vị', 'units'];
export const SUBJECT_SHEET_NAMES = ['Đối tượng', 'Danh sách đối tượng', 'subjects'];

/** The participant role a `p:` column fills. */
export function participantRole(column: SubjectColumn): ParticipantRole | undefined {
  return column.startsWith('p:') ? (column.slice(2) as ParticipantRole) : undefined;
}

/** How headings and values are compared: NFC, lower case, spaces collapsed, `*`/`:` dropped. */
export function normalizeHeading(s: string): string {
  return s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/[\s*:]+$/u, '')
    .trim();
}

/** A lookup from normalized heading to column key. */
export function headingIndex<K extends string>(
  columns: Readonly<Record<K, readonly string[]>>,
): Map<string, K> {
  const index = new Map<string, K>();
  for (const [key, names] of Object.entries(columns) as [K, readonly string[]][])
    for (const n of names) index.set(normalizeHeading(n), key);
  return index;
}

/** The column's heading for messages: the Vietnamese one and its first English alias. */
export function headingLabel(names: readonly string[]): Text {
  const en = names.find((n) => /^[\x20-\x7e]+$/.test(n)) ?? names[0]!;
  return text(names[0]!, en);
}
