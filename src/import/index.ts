// Import (issue 10, item 8): a cycle definition from the officers' own `.xlsx` or `.csv` list.
export { SUBJECT_COLUMNS, UNIT_COLUMNS } from './headings.js';
export {
  type ImportOptions,
  type ImportResult,
  type ImportSource,
  importSubjects,
} from './import-subjects.js';
export { formatImportIssue, type ImportIssue } from './issues.js';
export type { ImportRow, ImportSheet } from './table.js';
