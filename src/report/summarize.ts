import { AssessmentError } from '../core/errors.js';
import { LEVELS } from '../core/level.js';
import { type Text, text } from '../core/text.js';
import { checkResults } from '../rules/cross/check.js';
import { effectiveRuleSet, quotaGroup } from '../rules/cross/quota.js';
import type { Violation } from '../rules/cross/violation.js';
import type { RuleSetId } from '../schemas/assessment.js';
import { fastSafeParse } from '../schemas/fast/compile.js';
import { toInputIssues } from '../schemas/issues.js';
import { dossierStatus } from './dossiers.js';
import { type SummaryInputParsed, SummaryInputSchema, type SummaryRow } from './input.js';
import { resultLabel, roleLabel, SUMMARY_LABELS } from './labels.js';
import { findingOf, type NameBook, nameBook, overrideEntries, scopeEntries } from './names.js';
import { percentShares } from './percent.js';
import { checkRows, relocate } from './rows.js';
import {
  type AppendixEntry,
  type Counts,
  type GroupSummary,
  type QuotaVerdict,
  type RecipientList,
  SUMMARY_FORMAT,
  type Summary,
  type UnratedEntry,
} from './summary-schema.js';

/** `SummaryInputSchema.safeParse`, through the fast path derived from it (issue 10: zod's walk of
 * a province's 11,000 rows was a fifth of each compile). */
const parseSummaryInput = fastSafeParse(SummaryInputSchema);

/**
 * The summary (tổng hợp) of a cycle's results (PROCESS.md §4; issue 10 item 4): counts and
 * percentages per comparable group and level, the appendix of every subject, the not-rated and
 * not-reviewed with their reasons, the cross-subject findings of `checkResults` over the same rows
 * (`toResultRows`), late and missing dossiers, and the rows each recipient receives.
 *
 * Pure and deterministic: the same input gives the same summary (no clock, no locale). Groups
 * come in the order of their first row, subjects within a group in input order. A row's group is
 * the one `checkResults` counts it in: its `group`, or `kind/role (ruleSet)`.
 * Invalid input throws AssessmentError located at `rows[i].field` and so on.
 */
export function summarize(input: unknown): Summary {
  const parsed = parseSummaryInput(input);
  if (!parsed.success) throw new AssessmentError(toInputIssues(parsed.error), 'summary input');
  const data = parsed.data;
  const defaultSet = data.check?.ruleSet;
  const { rows: resultRows, index } = checkRows(data.rows);
  let findings: Violation[];
  try {
    findings = checkResults(resultRows, data.check ?? {});
  } catch (error) {
    throw relocate(error, index);
  }
  const quota = findings.filter((v) => v.rule === 'X-QUOTA' || v.rule === 'X-QUOTA-CIVIL');

  const byGroup = new Map<string, { set: RuleSetId | undefined; rows: SummaryRow[] }>();
  for (const row of data.rows) {
    const set = effectiveRuleSet({ ...row, level: row.level ?? 'GOOD' }, defaultSet);
    const name = groupOf(row, defaultSet);
    const g = byGroup.get(name) ?? { set, rows: [] };
    g.set ??= set;
    g.rows.push(row);
    byGroup.set(name, g);
  }
  const groupNames = groupNamesOf(data, byGroup);
  const book = nameBook(data, groupNames);
  const groups: GroupSummary[] = [];
  const appendix: AppendixEntry[] = [];
  for (const [group, g] of byGroup) {
    const name = book.group(group);
    groups.push({
      group,
      name: { vi: name.vi, en: name.en },
      ...(g.set ? { ruleSet: g.set } : {}),
      counts: countsOf(g.rows),
      quota: verdictOf(group, quota),
    });
    for (const row of g.rows) appendix.push(entryOf(row, appendix.length + 1, group, data, book));
  }
  const finding = (v: Violation) => findingOf(v, book);

  return {
    format: SUMMARY_FORMAT,
    title: data.title ?? titleOf(data.year),
    ...(data.year !== undefined ? { year: data.year } : {}),
    asOf: data.asOf,
    organizer: data.organizer,
    labels: { ...SUMMARY_LABELS },
    totals: countsOf(data.rows),
    groups,
    scopes: scopeEntries(
      appendix.map((e) => e.scope),
      book,
    ),
    appendix,
    notRated: unrated(appendix, 'not-rated'),
    notReviewed: unrated(appendix, 'not-reviewed'),
    checks: {
      quota: quota.map(finding),
      headCap: findings
        .filter((v) => v.rule === 'X-HEAD-CAP' || v.rule === 'N233-HEAD-CAP')
        .map(finding),
      decision: findings.filter((v) => v.rule === 'X-DECISION').map(finding),
    },
    overrides: overrideEntries(quota, data.rows, book),
    dossiers: dossierStatus(data.dossiers),
    recipients: recipientLists(appendix, data),
  };
}

/**
 * Each group's name: the one `groups` gives; for the default group of rows without a `group`
 * (`kind/role (ruleSet)`), the role's name and the rule set; else the id.
 */
function groupNamesOf(
  data: SummaryInputParsed,
  byGroup: ReadonlyMap<string, { set: RuleSetId | undefined; rows: SummaryRow[] }>,
): Map<string, Text> {
  const given = new Map(data.groups.map((g) => [g.id, g.name]));
  const out = new Map<string, Text>();
  for (const [group, g] of byGroup) {
    const first = g.rows[0];
    const named = given.get(group);
    if (named) out.set(group, named);
    else if (first && first.group === undefined) {
      const role = roleLabel(first.role);
      const set = g.set ? ` (${g.set})` : '';
      out.set(group, text(`${role.vi}${set}`, `${role.en}${set}`));
    }
  }
  return out;
}

function groupOf(row: SummaryRow, defaultSet: RuleSetId | undefined): string {
  const asResult = { ...row, level: row.level ?? 'GOOD' };
  return quotaGroup(asResult, effectiveRuleSet(asResult, defaultSet));
}

function titleOf(year: number | undefined): Text {
  const { vi, en } = SUMMARY_LABELS.title;
  return year === undefined ? text(vi, en) : text(`${vi} năm ${year}`, `${en}, ${year}`);
}

function countsOf(rows: readonly SummaryRow[]): Counts {
  const counts = LEVELS.map((level) => rows.filter((r) => r.level === level).length);
  const shares = percentShares(counts);
  return {
    subjects: rows.length,
    rated: rows.filter((r) => r.status === 'rated').length,
    notRated: rows.filter((r) => r.status === 'not-rated').length,
    notReviewed: rows.filter((r) => r.status === 'not-reviewed').length,
    levels: LEVELS.map((level, i) => ({
      level,
      count: counts[i] ?? 0,
      percent: shares[i] ?? null,
    })),
  };
}

function verdictOf(group: string, quota: readonly Violation[]): QuotaVerdict {
  const found = quota.filter((v) => v.group === group);
  if (found.some((v) => v.severity === 'error')) return 'exceeded';
  return found.length > 0 ? 'overridden' : 'within';
}

function entryOf(
  row: SummaryRow,
  no: number,
  group: string,
  data: SummaryInputParsed,
  book: NameBook,
): AppendixEntry {
  const set = effectiveRuleSet({ ...row, level: row.level ?? 'GOOD' }, data.check?.ruleSet);
  return {
    no,
    id: row.id,
    name: row.name,
    ...(row.unitId !== undefined ? { unitId: row.unitId } : {}),
    unitName: row.unitName,
    group,
    kind: row.kind,
    role: row.role,
    ...(set ? { ruleSet: set } : {}),
    status: row.status,
    ...(row.level !== undefined ? { level: row.level } : {}),
    result: { ...resultLabel(row.status, row.level) },
    ...(row.statusReason ? { statusReason: { ...row.statusReason } } : {}),
    ...(row.scope !== undefined ? { scope: row.scope } : {}),
    ...(row.decidedOn !== undefined ? { decidedOn: row.decidedOn } : {}),
    recipients: [...new Set([data.organizer, ...row.recipients])],
    ...(row.override ? { override: overrideOf(row.override, book) } : {}),
  };
}

function overrideOf(o: { by: string; reason: string }, book: NameBook): AppendixEntry['override'] {
  const name = book.who(o.by);
  return { by: o.by, byName: { vi: name.vi, en: name.en }, reason: o.reason };
}

function unrated(appendix: readonly AppendixEntry[], status: SummaryRow['status']): UnratedEntry[] {
  return appendix
    .filter((e) => e.status === status)
    .map((e) => ({
      no: e.no,
      id: e.id,
      name: e.name,
      unitName: e.unitName,
      group: e.group,
      reason: e.statusReason ?? resultLabel(e.status, undefined),
    }));
}

/** The organizer first (it receives every row), then other recipients in order of first mention. */
function recipientLists(
  appendix: readonly AppendixEntry[],
  data: SummaryInputParsed,
): RecipientList[] {
  const names = new Map(data.parties.map((p) => [p.id, p.name]));
  const lists = new Map<string, RecipientList['subjects']>([[data.organizer, []]]);
  for (const e of appendix)
    for (const r of e.recipients) {
      const list = lists.get(r) ?? [];
      list.push({ no: e.no, id: e.id });
      lists.set(r, list);
    }
  return [...lists].map(([recipient, subjects]) => {
    const name = names.get(recipient);
    return { recipient, ...(name ? { name: { vi: name.vi, en: name.en } } : {}), subjects };
  });
}
