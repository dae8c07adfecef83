import { text } from '../core/text.js';
import { COLLECTIVE_ROLES } from '../schemas/assessment.js';
import { PARTICIPANT_ROLES } from '../schemas/review-input.js';
import { cellIssue, type SheetRecord } from './header.js';
import { SUBJECT_COLUMNS, type SubjectColumn, type UnitColumn } from './headings.js';
import type { ImportIssue } from './issues.js';
import {
  derivedId,
  EMPLOYMENT_VALUES,
  KINDS,
  listCell,
  REGIME_VALUES,
  ROLES,
  type Vocabulary,
} from './values.js';

/** A unit or subject as read from its row, before validation, and the record it came from. */
export interface Drafted<K extends string> {
  readonly value: Record<string, unknown>;
  readonly from: SheetRecord<K>;
}

/** The cell's text, or nothing for an empty cell (so the schema's defaults and "required" apply). */
function put(target: Record<string, unknown>, field: string, value: string): void {
  if (value !== '') target[field] = value;
}

function word<V extends string>(
  r: SheetRecord<SubjectColumn>,
  key: SubjectColumn,
  vocabulary: Vocabulary<V>,
  issues: ImportIssue[],
): V | undefined {
  const cell = r.get(key);
  if (cell === '') return undefined;
  const value = vocabulary.read(cell);
  if (value === undefined)
    issues.push(
      cellIssue(
        r,
        key,
        'unknown_value',
        text(
          `"${cell}" không phải giá trị của cột "${SUBJECT_COLUMNS[key][0]}"; chỉ nhận: ${vocabulary.accepted.vi}.`,
          `"${cell}" is not a value of the column "${SUBJECT_COLUMNS[key][0]}"; expected one of: ${vocabulary.accepted.en}.`,
        ),
      ),
    );
  return value;
}

const PLAIN: readonly SubjectColumn[] = [
  'scope',
  'category',
  'group',
  'form',
  'personId',
  'headOfUnitId',
  'memberOf',
  'authority',
];

/** One subject row → the subject object the schema validates (unknown words are issues). */
export function draftSubject(
  r: SheetRecord<SubjectColumn>,
  issues: ImportIssue[],
): Drafted<SubjectColumn> {
  const s: Record<string, unknown> = {};
  const unitId = r.get('unitId');
  const name = r.get('name');
  const id = r.get('id') || (unitId && name ? derivedId(unitId, name) : '');
  put(s, 'id', id);
  put(s, 'name', name);
  const kind = word(r, 'kind', KINDS, issues);
  const role = word(r, 'role', ROLES, issues);
  const regime = word(r, 'regime', REGIME_VALUES, issues);
  const employment = word(r, 'employment', EMPLOYMENT_VALUES, issues);
  // The kind follows from the role (the roles of collectives and individuals are disjoint), so
  // the kind column may be left out. An unknown word is reported once, above; the schema is given
  // a consistent stand-in so it does not report the same cell again.
  const roleKind =
    role && ((COLLECTIVE_ROLES as readonly string[]).includes(role) ? 'collective' : 'individual');
  s.kind = kind ?? roleKind ?? (r.get('kind') ? 'individual' : undefined);
  s.role =
    role ?? (r.get('role') ? (s.kind === 'collective' ? 'leadership' : 'member') : undefined);
  if (regime) s.regime = regime;
  if (employment) s.employment = employment;
  else if (r.get('employment') && regime === 'civil-service') s.employment = 'civil-servant';
  put(s, 'unitId', unitId);
  for (const key of PLAIN) put(s, key, r.get(key));
  const participants: Record<string, string[]> = {};
  for (const role of PARTICIPANT_ROLES) {
    const persons = listCell(r.get(`p:${role}`));
    if (persons.length > 0) participants[role] = persons;
  }
  if (Object.keys(participants).length > 0) s.participants = participants;
  const items = listCell(r.get('dossierItems'));
  if (items.length > 0) s.dossierItems = items;
  const reason = r.get('excludedReason');
  const reasonEn = r.get('excludedReasonEn');
  const rule = r.get('excludedRule');
  if (reason !== '') {
    // The officers' list is Vietnamese; without an English column the reason is shown as written.
    s.excluded = { reason: { vi: reason, en: reasonEn || reason }, ...(rule ? { rule } : {}) };
  } else if (reasonEn !== '' || rule !== '') {
    issues.push(
      cellIssue(
        r,
        'excludedReason',
        'exclusion_reason_missing',
        text(
          'Có quy định loại trừ hoặc lý do tiếng Anh nhưng thiếu "Lý do không kiểm điểm".',
          'An exclusion rule or English reason is given without the exclusion reason.',
        ),
      ),
    );
  }
  return { value: s, from: r };
}

/** The unit fields a row can give, by unit column. */
const UNIT_FIELDS: ReadonlyArray<readonly [UnitColumn & SubjectColumn, string]> = [
  ['unitName', 'name'],
  ['parentId', 'parentId'],
  ['unitType', 'type'],
];

/**
 * Gathers the units: the units sheet's rows first (each unit once), then every unit a subject row
 * names. A subject row may give its unit's name, parent and type; given twice, they must agree.
 */
export function draftUnits(
  unitRows: readonly SheetRecord<UnitColumn>[],
  subjectRows: readonly SheetRecord<SubjectColumn>[],
  issues: ImportIssue[],
): Drafted<UnitColumn | SubjectColumn>[] {
  const units = new Map<string, Drafted<UnitColumn | SubjectColumn>>();
  const note = (r: SheetRecord<UnitColumn> | SheetRecord<SubjectColumn>, sheetOfUnits: boolean) => {
    const id = (r as SheetRecord<UnitColumn>).get('unitId');
    if (id === '') return;
    const known = units.get(id);
    if (known === undefined) {
      const value: Record<string, unknown> = { id };
      for (const [col, field] of UNIT_FIELDS)
        put(value, field, (r as SheetRecord<UnitColumn>).get(col));
      if (sheetOfUnits) {
        const senders = listCell((r as SheetRecord<UnitColumn>).get('senders'));
        if (senders.length > 0) value.senders = senders;
      }
      units.set(id, { value, from: r as SheetRecord<UnitColumn | SubjectColumn> });
      return;
    }
    if (sheetOfUnits) {
      issues.push(
        cellIssue(
          r as SheetRecord<UnitColumn>,
          'unitId',
          'duplicate_unit',
          text(
            `Đơn vị "${id}" đã có ở dòng ${known.from.row}.`,
            `Unit "${id}" is already on row ${known.from.row}.`,
          ),
        ),
      );
      return;
    }
    for (const [col, field] of UNIT_FIELDS) {
      const cell = (r as SheetRecord<SubjectColumn>).get(col);
      const had = known.value[field];
      if (cell === '') continue;
      if (had === undefined) known.value[field] = cell;
      else if (had !== cell)
        issues.push(
          cellIssue(
            r as SheetRecord<SubjectColumn>,
            col,
            'unit_conflict',
            text(
              `Đơn vị "${id}" đã ghi "${String(had)}" ở ${known.from.sheet} dòng ${known.from.row}, ở đây "${cell}".`,
              `Unit "${id}" reads "${String(had)}" on ${known.from.sheet} row ${known.from.row}, here "${cell}".`,
            ),
          ),
        );
    }
  };
  for (const r of unitRows) note(r, true);
  for (const r of subjectRows) note(r, false);
  return [...units.values()];
}
