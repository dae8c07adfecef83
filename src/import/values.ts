import { type Text, text } from '../core/text.js';
import {
  EMPLOYMENTS,
  type Employment,
  REGIMES,
  type Regime,
  SUBJECT_KINDS,
  SUBJECT_ROLES,
  type SubjectKind,
  type SubjectRole,
} from '../schemas/assessment.js';
import { normalizeHeading } from './headings.js';

/**
 * The words an officer writes in the kind, role, regime and employment columns, and the value
 * each stands for. The library's own ids (`collective`, `leadership`, …) are accepted too, as are
 * the labels of the summary's exports (`Tập thể lãnh đạo, quản lý`), so an exported list can be
 * read back. Compared like headings (NFC, case and spacing ignored).
 */
const KIND_WORDS: Record<SubjectKind, readonly string[]> = {
  collective: ['Tập thể'],
  individual: ['Cá nhân'],
};

const ROLE_WORDS: Record<SubjectRole, readonly string[]> = {
  leadership: ['Tập thể lãnh đạo, quản lý', 'Tập thể lãnh đạo', 'Lãnh đạo, quản lý (tập thể)'],
  'party-organization': ['Tổ chức đảng', 'Chi bộ', 'Đảng bộ'],
  leader: ['Cán bộ lãnh đạo, quản lý', 'Lãnh đạo, quản lý', 'Lãnh đạo'],
  member: ['Không giữ chức vụ lãnh đạo, quản lý', 'Không giữ chức vụ', 'Đảng viên'],
  outside: ['Đảng viên ngoài hệ thống chính trị', 'Ngoài hệ thống chính trị'],
};

const REGIME_WORDS: Record<Regime, readonly string[]> = {
  party: ['Đảng', 'Đảng viên, tổ chức đảng'],
  'civil-service': ['Công vụ', 'Chính quyền', 'Cán bộ, công chức, viên chức'],
};

const EMPLOYMENT_WORDS: Record<Employment, readonly string[]> = {
  'civil-servant': ['Công chức'],
  'public-employee': ['Viên chức'],
  cadre: ['Cán bộ'],
};

/** One vocabulary: the value of each accepted word, and the words to list in a message. */
export interface Vocabulary<V extends string> {
  readonly read: (cell: string) => V | undefined;
  readonly accepted: Text;
}

function vocabulary<V extends string>(
  ids: readonly V[],
  words: Record<V, readonly string[]>,
): Vocabulary<V> {
  const index = new Map<string, V>();
  for (const id of ids) {
    index.set(normalizeHeading(id), id);
    for (const w of words[id]) index.set(normalizeHeading(w), id);
  }
  const vi = ids.map((id) => `"${words[id][0]}"`).join(', ');
  const en = ids.map((id) => `"${id}"`).join(', ');
  return {
    read: (cell) => index.get(normalizeHeading(cell)),
    accepted: text(vi, en),
  };
}

export const KINDS = vocabulary(SUBJECT_KINDS, KIND_WORDS);
export const ROLES = vocabulary(SUBJECT_ROLES, ROLE_WORDS);
export const REGIME_VALUES = vocabulary(REGIMES, REGIME_WORDS);
export const EMPLOYMENT_VALUES = vocabulary(EMPLOYMENTS, EMPLOYMENT_WORDS);

/** A list cell (several persons): items separated by `;`, `,` or line breaks, blanks dropped. */
export function listCell(cell: string): string[] {
  return cell
    .split(/[;,\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The id of a subject row that has none: `<unit id>/<name without diacritics>`, e.g.
 * `so-tai-chinh/giam-doc-nguyen-van-a`. Officers' lists seldom carry ids; a derived id that
 * collides with another row is reported as a duplicate, located at both rows' names.
 */
export function derivedId(unitId: string, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${unitId}/${slug || 'x'}`;
}
