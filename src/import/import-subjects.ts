import { text } from '../core/text.js';
import {
  type CycleDefinition,
  type CycleDefinitionInput,
  CycleDefinitionSchema,
} from '../schemas/cycle-definition.js';
import { toInputIssues } from '../schemas/issues.js';
import { csvSheet } from './csv.js';
import { readSheet } from './header.js';
import {
  normalizeHeading,
  REQUIRED_SUBJECT_COLUMNS,
  REQUIRED_UNIT_COLUMNS,
  SUBJECT_COLUMNS,
  SUBJECT_SHEET_NAMES,
  type SubjectColumn,
  UNIT_COLUMNS,
  UNIT_SHEET_NAMES,
  type UnitColumn,
} from './headings.js';
import type { ImportIssue } from './issues.js';
import { locateIssue } from './locate.js';
import { draftSubject, draftUnits } from './rows.js';
import { type ImportSheet, sheetOfRows } from './table.js';
import { isZip, readWorkbook } from './xlsx.js';

/** The facts of the cycle that the officers' list does not hold (the CLI's options). */
export interface ImportOptions {
  readonly year: number;
  /** A bundled profile id (`kon-tum-2024`, `generic-qd366`, …); checked by the cycle when it opens. */
  readonly profile: string;
  /** The body that runs the cycle (party id). */
  readonly organizer: string;
  /** The persons who act for the organizer. */
  readonly organizerPersons: readonly string[];
  /** The body that issued the letter; default: the organizer. */
  readonly issuer?: string;
  /** The cycle's id; default `<organizer>-<year>`. */
  readonly id?: string;
  readonly title?: { readonly vi: string; readonly en: string };
  readonly openedAt?: string;
  readonly routes?: CycleDefinitionInput['routes'];
  /** `.csv` input: the name its rows are located by in messages (the file's name); default `CSV`. */
  readonly sheetName?: string;
}

export type ImportResult =
  | { readonly ok: true; readonly definition: CycleDefinition }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * What `importSubjects` reads: the bytes of an `.xlsx` workbook or of a `.csv` file (UTF-8, with
 * or without a byte order mark), a CSV text, the sheets a host already holds, or one table of
 * rows (its first non-empty row the headings).
 */
export type ImportSource =
  | Uint8Array
  | string
  | readonly ImportSheet[]
  | ReadonlyArray<ReadonlyArray<unknown>>;

/**
 * A cycle definition (`CycleDefinitionSchema`) from the officers' own list: one row per subject
 * (unit, kind, role, group, scope, who acts for each role), the units from the rows or from a
 * second sheet named `Đơn vị` (docs/import.md). Validated whole: every bad row gives a located,
 * bilingual issue (sheet, row, column), and a definition is returned only when there is none.
 */
export async function importSubjects(
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportResult> {
  const sheets = await toSheets(source, options.sheetName ?? 'CSV');
  if (!Array.isArray(sheets)) return { ok: false, issues: [sheets as ImportIssue] };
  const is = (names: readonly string[]) => (s: ImportSheet) =>
    names.map(normalizeHeading).includes(normalizeHeading(s.name));
  const unitSheet = sheets.find(is(UNIT_SHEET_NAMES));
  const subjectSheet =
    sheets.find(is(SUBJECT_SHEET_NAMES)) ??
    sheets.find((s) => s !== unitSheet && s.rows.length > 0);
  if (subjectSheet === undefined)
    return {
      ok: false,
      issues: [
        {
          code: 'no_subjects',
          message: text(
            'Tệp không có trang danh sách đối tượng.',
            'The file has no sheet of subjects.',
          ),
        },
      ],
    };
  const issues: ImportIssue[] = [];
  const subjects = readSheet<SubjectColumn>(
    subjectSheet,
    SUBJECT_COLUMNS,
    REQUIRED_SUBJECT_COLUMNS,
  );
  const units = unitSheet
    ? readSheet<UnitColumn>(unitSheet, UNIT_COLUMNS, REQUIRED_UNIT_COLUMNS)
    : { records: [], issues: [] };
  issues.push(...units.issues, ...subjects.issues);
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  const subjectDrafts = subjects.records.map((r) => draftSubject(r, issues));
  const unitDrafts = draftUnits(units.records, subjects.records, issues);
  const input = {
    id: options.id ?? `${options.organizer}-${options.year}`,
    ...(options.title ? { title: options.title } : {}),
    year: options.year,
    profile: options.profile,
    organizer: options.organizer,
    issuer: options.issuer ?? options.organizer,
    organizerPersons: [...options.organizerPersons],
    ...(options.openedAt ? { openedAt: options.openedAt } : {}),
    units: unitDrafts.map((u) => u.value),
    subjects: subjectDrafts.map((s) => s.value),
    ...(options.routes ? { routes: options.routes } : {}),
  };
  const parsed = CycleDefinitionSchema.safeParse(input);
  if (!parsed.success)
    for (const issue of toInputIssues(parsed.error))
      issues.push(locateIssue(issue, unitDrafts, subjectDrafts));
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, definition: parsed.data };
}

async function toSheets(
  source: ImportSource,
  csvName: string,
): Promise<ImportSheet[] | ImportIssue> {
  if (typeof source === 'string') return csvSheets(csvName, source);
  if (source instanceof Uint8Array) {
    if (!isZip(source)) return csvSheets(csvName, new TextDecoder('utf-8').decode(source));
    try {
      return await readWorkbook(source);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        code: 'unreadable_workbook',
        message: text(
          `Không đọc được tệp .xlsx: ${detail}`,
          `Cannot read the .xlsx file: ${detail}`,
        ),
      };
    }
  }
  const list = source as ReadonlyArray<unknown>;
  if (list.length > 0 && list.every((s) => typeof s === 'object' && s !== null && 'rows' in s))
    return list as ImportSheet[];
  return [sheetOfRows(csvName, source as ReadonlyArray<ReadonlyArray<unknown>>)];
}

function csvSheets(name: string, input: string): ImportSheet[] | ImportIssue {
  const sheet = csvSheet(name, input);
  if (sheet.unclosedQuoteAt === undefined) return [sheet];
  return {
    sheet: name,
    row: sheet.unclosedQuoteAt,
    code: 'unclosed_quote',
    message: text(
      'Dấu ngoặc kép mở ở dòng này không được đóng.',
      'A quote opened on this line is never closed.',
    ),
  };
}

/** By sheet, then row, then column (spreadsheet order), the option issues first. */
function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const col = (c?: string) => (c === undefined ? '' : c.padStart(3, ' '));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (a.issue.sheet ?? '').localeCompare(b.issue.sheet ?? '') ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        col(a.issue.column).localeCompare(col(b.issue.column)) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}
