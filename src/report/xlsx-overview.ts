import type { Worksheet } from 'exceljs';
import { LEVELS, levelLabel } from '../core/level.js';
import type { Text } from '../core/text.js';
import { groupName, recipientName } from './csv.js';
import { SUMMARY_LABELS as L } from './labels.js';
import type { Counts, Finding, OverrideEntry, Summary } from './summary-schema.js';
import {
  box,
  COUNT_FORMAT,
  fillRow,
  INSTANT_FORMAT,
  instantCell,
  localDate,
  PERCENT_FORMAT,
  titleRow,
} from './xlsx-style.js';

/** Overview columns: STT, Nhóm, Tổng số, Được xếp loại, 4 × (Số lượng, Tỷ lệ), 2 statuses, verdict. */
export const OVERVIEW_WIDTH = 15;
/** The overview's table heading takes rows 5 and 6; rows 1–6 stay frozen. */
export const OVERVIEW_HEADER_ROWS = 6;

/** The heading of the printed summary: `TỔNG HỢP … NĂM 2024`. */
export function bigTitle(summary: Summary): string {
  const base = 'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG';
  return summary.year === undefined ? base : `${base} NĂM ${summary.year}`;
}

export function titleRows(sheet: Worksheet, summary: Summary, width: number, sub?: string): void {
  titleRow(sheet, 1, bigTitle(summary), width, { bold: true, size: 13 });
  titleRow(sheet, 2, sub ?? summary.title.vi, width, { bold: true });
  titleRow(sheet, 3, `(${L.asOf.vi} ${localDate(summary.asOf)})`, width, { italic: true });
}

function countCells(c: Counts): Array<number | null> {
  return [
    c.subjects,
    c.rated,
    ...c.levels.flatMap((l) => [l.count, l.percent]),
    c.notRated,
    c.notReviewed,
  ];
}

const FORMATS = [
  undefined,
  undefined,
  COUNT_FORMAT,
  COUNT_FORMAT,
  ...LEVELS.flatMap(() => [COUNT_FORMAT, PERCENT_FORMAT]),
  COUNT_FORMAT,
  COUNT_FORMAT,
];

/** Counts per comparable group and level, in the shape of an administrative summary table. */
export function fillOverview(sheet: Worksheet, summary: Summary): void {
  titleRows(sheet, summary, OVERVIEW_WIDTH);
  const top = sheet.getRow(5);
  const sub = sheet.getRow(6);
  [L.no, L.group, L.total, L.rated].forEach((t, i) => {
    top.getCell(i + 1).value = t.vi;
  });
  LEVELS.forEach((level, i) => {
    top.getCell(5 + i * 2).value = levelLabel(level, 'vi');
    sub.getCell(5 + i * 2).value = L.count.vi;
    sub.getCell(6 + i * 2).value = L.percent.vi;
  });
  [L.notRated, L.notReviewed, L.quotaVerdict].forEach((t, i) => {
    top.getCell(13 + i).value = t.vi;
  });
  for (const row of [top, sub])
    for (let col = 1; col <= OVERVIEW_WIDTH; col++) box(row.getCell(col), true);
  for (const col of [1, 2, 3, 4, 13, 14, 15]) sheet.mergeCells(5, col, 6, col);
  LEVELS.forEach((_, i) => {
    sheet.mergeCells(5, 5 + i * 2, 5, 6 + i * 2);
  });
  let at = OVERVIEW_HEADER_ROWS + 1;
  summary.groups.forEach((g, i) => {
    const name = groupName(summary, g.group).vi;
    fillRow(sheet.getRow(at++), [i + 1, name, ...countCells(g.counts), L[g.quota].vi], {
      formats: FORMATS,
    });
  });
  fillRow(sheet.getRow(at++), ['', L.grandTotal.vi, ...countCells(summary.totals), ''], {
    bold: true,
    formats: FORMATS,
  });
  const names = new Map([...summary.appendix].reverse().map((e) => [e.id, e.name]));
  const who = (f: Finding) =>
    f.groupName?.vi ?? f.group ?? f.subjects.map((id) => names.get(id) ?? id).join('; ');
  at = findings(sheet, at + 1, [L.quota, L.group], summary.checks.quota, who);
  at = overrides(sheet, at + 1, summary.overrides ?? []);
  at = findings(sheet, at + 1, [L.headCap, L.subjects], summary.checks.headCap, who);
  at = findings(sheet, at + 1, [L.decision, L.subjects], summary.checks.decision, who);
  at = dossiers(sheet, at + 1, summary);
  recipients(sheet, at + 1, summary);
}

function section(sheet: Worksheet, at: number, heading: string): number {
  const cell = sheet.getCell(at, 1);
  cell.value = heading;
  cell.font = { bold: true };
  return at + 1;
}

/** STT, Nhóm / Đối tượng, Quy tắc, Giới hạn, Thực tế, Mức độ, Nội dung (merged to the right). */
function findings(
  sheet: Worksheet,
  start: number,
  [heading, whoHeading]: readonly [Text, Text],
  list: readonly Finding[],
  whoOf: (f: Finding) => string,
): number {
  let at = section(sheet, start, heading.vi);
  const head = [L.no, whoHeading, L.rule, L.limit, L.actual, L.severity, L.message];
  fillRow(
    sheet.getRow(at),
    head.map((t) => t.vi),
    { heading: true },
  );
  sheet.mergeCells(at, 7, at, OVERVIEW_WIDTH);
  at += 1;
  if (list.length === 0) return none(sheet, at);
  list.forEach((f, i) => {
    const values = [i + 1, whoOf(f), f.rule, f.limit ?? null, f.actual ?? null, L[f.severity].vi];
    fillRow(sheet.getRow(at), [...values, f.message.vi], {
      formats: [undefined, undefined, undefined, COUNT_FORMAT, COUNT_FORMAT],
    });
    sheet.mergeCells(at, 7, at, OVERVIEW_WIDTH);
    at += 1;
  });
  return at;
}

/**
 * Each result let stand above the quota: STT, Nhóm, Quy tắc, Giới hạn, Thực tế, Đối tượng, who
 * allowed it and why (merged to the right).
 */
function overrides(sheet: Worksheet, start: number, list: readonly OverrideEntry[]): number {
  let at = section(sheet, start, L.overrides.vi);
  const head = [L.no, L.group, L.rule, L.limit, L.actual, L.subjects, L.overrideBy];
  fillRow(
    sheet.getRow(at),
    [...head, L.overrideReason].map((t) => t.vi),
    { heading: true },
  );
  sheet.mergeCells(at, 8, at, OVERVIEW_WIDTH);
  at += 1;
  if (list.length === 0) return none(sheet, at);
  list.forEach((o, i) => {
    const values = [i + 1, o.groupName.vi, o.rule, o.limit, o.actual, o.name, o.byName.vi];
    fillRow(sheet.getRow(at), [...values, o.reason], {
      formats: [undefined, undefined, undefined, COUNT_FORMAT, COUNT_FORMAT],
    });
    sheet.mergeCells(at, 8, at, OVERVIEW_WIDTH);
    at += 1;
  });
  return at;
}

function none(sheet: Worksheet, at: number): number {
  fillRow(sheet.getRow(at), ['', L.none.vi]);
  return at + 1;
}

/** Late and missing units: STT, Đơn vị, Tình trạng, Hạn nộp, Thời điểm nộp. */
function dossiers(sheet: Worksheet, start: number, summary: Summary): number {
  let at = section(
    sheet,
    start,
    `${L.dossiers.vi}: ${L.late.vi.toLowerCase()}, ${L.missing.vi.toLowerCase()}`,
  );
  fillRow(
    sheet.getRow(at++),
    [L.no, L.unit, L.dossierStatus, L.dueAt, L.submittedAt].map((t) => t.vi),
    { heading: true },
  );
  const list = [...summary.dossiers.late, ...summary.dossiers.missing];
  if (list.length === 0) return none(sheet, at);
  list.forEach((d, i) => {
    const status = d.status === 'late' ? L.late.vi : L.missing.vi;
    // the deadline and the submission as real date-times (Excel sorts and filters them)
    fillRow(
      sheet.getRow(at++),
      [i + 1, d.unitName, status, instantCell(d.dueAt), instantCell(d.submittedAt)],
      { formats: [undefined, undefined, undefined, INSTANT_FORMAT, INSTANT_FORMAT] },
    );
  });
  return at;
}

/** Who receives how many rows: STT, Nơi nhận, Số lượng. */
function recipients(sheet: Worksheet, start: number, summary: Summary): number {
  let at = section(sheet, start, L.recipients.vi);
  fillRow(
    sheet.getRow(at++),
    [L.no, L.recipients, L.count].map((t) => t.vi),
    { heading: true },
  );
  summary.recipients.forEach((r, i) => {
    const name = recipientName(summary, r.recipient).vi;
    fillRow(sheet.getRow(at++), [i + 1, name, r.subjects.length], {
      formats: [undefined, undefined, COUNT_FORMAT],
    });
  });
  return at;
}
