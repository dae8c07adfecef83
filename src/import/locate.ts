import type { InputIssue } from '../core/errors.js';
import type { SubjectColumn, UnitColumn } from './headings.js';
import type { ImportIssue } from './issues.js';
import type { Drafted } from './rows.js';

/** The column a unit's field is read from. */
const UNIT_FIELD_COLUMN: Readonly<Record<string, UnitColumn>> = {
  id: 'unitId',
  name: 'unitName',
  parentId: 'parentId',
  type: 'unitType',
  senders: 'senders',
};

/** The column a subject's field is read from (`participants.<role>` and `excluded.*` included). */
function subjectColumn(rest: ReadonlyArray<string | number>): SubjectColumn | undefined {
  const [field, sub] = rest;
  if (field === 'participants')
    return typeof sub === 'string' ? (`p:${sub}` as SubjectColumn) : undefined;
  if (field === 'excluded') return sub === 'rule' ? 'excludedRule' : 'excludedReason';
  return typeof field === 'string' ? (field as SubjectColumn) : undefined;
}

/**
 * A schema issue of the assembled definition, located back in the file: `subjects[i].role` is the
 * role cell of subject i's row, `units[j].parentId` the parent cell of the row unit j was first
 * read from. An issue outside both (the year, the organizer) is an issue of the options.
 */
export function locateIssue(
  issue: InputIssue,
  units: readonly Drafted<UnitColumn | SubjectColumn>[],
  subjects: readonly Drafted<SubjectColumn>[],
): ImportIssue {
  const [list, index, ...rest] = issue.path;
  const draft =
    typeof index === 'number'
      ? list === 'subjects'
        ? subjects[index]
        : list === 'units'
          ? units[index]
          : undefined
      : undefined;
  if (draft === undefined) return { path: issue.path, code: issue.code, message: issue.message };
  const column = list === 'units' ? UNIT_FIELD_COLUMN[String(rest[0])] : subjectColumn(rest);
  const place = column === undefined ? undefined : draft.from.place(column as never);
  return {
    sheet: draft.from.sheet,
    row: draft.from.row,
    ...place,
    code: issue.code,
    message: issue.message,
  };
}
