import { text } from '../../core/text.js';
import type { RuleSetId } from '../../schemas/assessment.js';
import type { RulesProfile } from '../../schemas/profile.js';
import type { ResultRow } from '../../schemas/result-row.js';
import { assumedPartOn } from '../profile-switches.js';
import type { Violation } from './violation.js';

/**
 * The quota of each rule set: which cross rule counts it, the rate in percent, the outstanding
 * rate where the regulation allows one, and whether it is also counted per agency (NĐ 335 Điều 20
 * khoản 5a: "trong phạm vi cùng một cơ quan … và trong từng nhóm"). `assumed` marks a part that a
 * profile may switch off through the rule's assumed part.
 */
const QUOTAS: Record<
  RuleSetId,
  {
    readonly rule: 'X-QUOTA' | 'X-QUOTA-CIVIL';
    readonly rate: number;
    readonly outstanding?: { readonly rate: number; readonly assumed: boolean };
    readonly perAgency: boolean;
  }
> = {
  'qd124-2023': { rule: 'X-QUOTA', rate: 20, perAgency: false },
  'qd366-2025': {
    rule: 'X-QUOTA',
    rate: 20,
    outstanding: { rate: 25, assumed: false },
    perAgency: false,
  },
  // NĐ 48/2023: "không quá tỷ lệ đảng viên được xếp loại HTXS theo quy định của Đảng", read as the
  // Party's rate (rev 2); an authority's other rate is an override with a reason on the rows.
  'nd90-2020': { rule: 'X-QUOTA-CIVIL', rate: 20, perAgency: false },
  'nd335-2025': {
    rule: 'X-QUOTA',
    rate: 20,
    outstanding: { rate: 25, assumed: true },
    perAgency: true,
  },
  'nd233-2026': {
    rule: 'X-QUOTA',
    rate: 20,
    outstanding: { rate: 25, assumed: true },
    perAgency: true,
  },
};

/** Whether X-QUOTA is counted per agency (the rows' `unitId`) as well as per group. */
export function quotaPerAgency(set: RuleSetId): boolean {
  return QUOTAS[set].perAgency;
}

/** The rule set a row is counted under: its own, or the caller's default. */
export function effectiveRuleSet(row: ResultRow, fallback?: RuleSetId): RuleSetId | undefined {
  return row.ruleSet ?? fallback;
}

/** A row's comparable group: its own, or by default all subjects of its kind, role and rule set. */
export function quotaGroup(row: ResultRow, set: RuleSetId | undefined): string {
  if (row.group) return row.group;
  return set ? `${row.kind}/${row.role} (${set})` : `${row.kind}/${row.role}`;
}

/**
 * Whether the row is counted at all: X-QUOTA's rate for qd124 individuals is assumed (the text
 * speaks of collectives), so a profile switching off X-QUOTA's assumed part leaves them out.
 */
function counted(row: ResultRow, set: RuleSetId | undefined, profile: RulesProfile): boolean {
  if (set === 'qd124-2023' && row.kind === 'individual') return assumedPartOn('X-QUOTA', profile);
  return true;
}

/**
 * X-QUOTA (and X-QUOTA-CIVIL for nd90-2020): within one comparable group, `count(EXCELLENT) ≤
 * rate × count(GOOD)`, compared exactly in integers (`E * 100 ≤ G * rate`): "không vượt quá 20%"
 * leaves nothing to round (RULES.md rev 2). Under nd335 the quota is also counted per agency
 * (`unitId`). The excess is an error unless each excess EXCELLENT row carries an authority
 * override with a reason; then a warning (recorded, not hidden). Rows must already be checked for
 * duplicates and mixed groups (`checkRowSet`).
 */
export function checkQuota(
  rows: readonly ResultRow[],
  profile: RulesProfile,
  defaultRuleSet?: RuleSetId,
): Violation[] {
  const groups = new Map<
    string,
    { set: RuleSetId | undefined; rows: ResultRow[]; agency: boolean }
  >();
  const add = (key: string, set: RuleSetId | undefined, row: ResultRow, agency: boolean) => {
    const g = groups.get(key) ?? { set, rows: [], agency };
    g.rows.push(row);
    g.set ??= set;
    groups.set(key, g);
  };
  for (const row of rows) {
    const set = effectiveRuleSet(row, defaultRuleSet);
    if (!counted(row, set, profile)) continue;
    add(`group:${quotaGroup(row, set)}`, set, row, false);
    if (set && QUOTAS[set].perAgency && row.unitId)
      add(`agency:${set}:${row.unitId}`, set, row, true);
  }
  const out: Violation[] = [];
  for (const [key, g] of groups) {
    const name = g.agency ? (g.rows[0]!.unitId as string) : key.slice('group:'.length);
    const v = groupViolation(name, g.agency, g.set, g.rows, profile);
    if (v) out.push(v);
  }
  return out;
}

function groupViolation(
  name: string,
  agency: boolean,
  set: RuleSetId | undefined,
  members: readonly ResultRow[],
  profile: RulesProfile,
): Violation | null {
  const quota = set ? QUOTAS[set] : undefined;
  // With no rule set known, 20% and the 25% exception for groups the profile marks outstanding.
  const outstanding = quota ? quota.outstanding : { rate: 25, assumed: false };
  const marked = profile.quota.outstandingGroups.includes(name);
  const allowed =
    outstanding !== undefined && (!outstanding.assumed || assumedPartOn('X-QUOTA-CIVIL', profile));
  const rate = marked && allowed ? outstanding.rate : (quota?.rate ?? 20);
  const excellent = members.filter((r) => r.level === 'EXCELLENT');
  const good = members.filter((r) => r.level === 'GOOD').length;
  if (excellent.length * 100 <= good * rate) return null;
  const limit = Math.floor((good * rate) / 100);
  const excess = excellent.length - limit;
  const overridden = excellent.filter((r) => r.override).length >= excess;
  const [vi, en] = agency ? ['Cơ quan', 'Agency'] : ['Nhóm', 'Group'];
  return {
    rule: quota?.rule ?? 'X-QUOTA',
    severity: overridden ? 'warning' : 'error',
    subjects: excellent.map((r) => r.id),
    group: name,
    limit,
    actual: excellent.length,
    message: text(
      `${vi} "${name}": ${excellent.length} "Hoàn thành xuất sắc" vượt giới hạn ${limit} (${rate}% của ${good} "Hoàn thành tốt")${overridden ? '; có ý kiến của cấp có thẩm quyền' : ''}.`,
      `${en} "${name}": ${excellent.length} EXCELLENT exceeds the limit of ${limit} (${rate}% of ${good} GOOD)${overridden ? '; overridden by the authority' : ''}.`,
    ),
  };
}
