import { text } from '../../core/text.js';
import type { RuleSetId } from '../../schemas/assessment.js';
import type { RulesProfile } from '../../schemas/profile.js';
import type { ResultRow } from '../../schemas/result-row.js';
import type { Violation } from './violation.js';

/** Quota rates in percent per rule set; `outstanding` only where the regulation allows it. */
const RATES: Partial<Record<RuleSetId, { base: number; outstanding?: number }>> = {
  'qd124-2023': { base: 20 },
  'qd366-2025': { base: 20, outstanding: 25 },
  'nd335-2025': { base: 20 },
};

const ROUND = { floor: Math.floor, round: Math.round, ceil: Math.ceil } as const;

/** The group a row is counted in: its own, or by default all subjects of its kind and role. */
function quotaGroup(row: ResultRow): string {
  return row.group ?? `${row.kind}/${row.role}`;
}

/**
 * X-QUOTA: within one comparable group, `count(EXCELLENT) ≤ rate × count(GOOD)`, the limit rounded
 * as the profile says. Rows of a rule set with no quota (nd90-2020) are not counted. A group with no
 * `ruleSet` on any row uses `defaultRuleSet`, or, when none is known, 20% and the 25% exception
 * only for groups the profile marks outstanding. The excess is an error unless each excess EXCELLENT
 * row carries an authority override with a reason; then it is a warning (recorded, not hidden).
 */
export function checkQuota(
  rows: readonly ResultRow[],
  profile: RulesProfile,
  defaultRuleSet?: RuleSetId,
): Violation[] {
  const groups = new Map<string, ResultRow[]>();
  for (const row of rows) {
    const set = row.ruleSet ?? defaultRuleSet;
    if (set && !RATES[set]) continue;
    const key = quotaGroup(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out: Violation[] = [];
  for (const [group, members] of groups) {
    const set = members.find((r) => r.ruleSet)?.ruleSet ?? defaultRuleSet;
    const rates = set ? RATES[set]! : { base: 20, outstanding: 25 };
    const outstanding =
      profile.quota.outstandingGroups.includes(group) && rates.outstanding !== undefined;
    const rate = outstanding ? rates.outstanding! : rates.base;
    const excellent = members.filter((r) => r.level === 'EXCELLENT');
    const good = members.filter((r) => r.level === 'GOOD').length;
    const limit = ROUND[profile.quota.rounding]((good * rate) / 100);
    if (excellent.length <= limit) continue;
    const excess = excellent.length - limit;
    const overridden = excellent.filter((r) => r.override).length >= excess;
    out.push({
      rule: 'X-QUOTA',
      severity: overridden ? 'warning' : 'error',
      subjects: excellent.map((r) => r.id),
      group,
      limit,
      actual: excellent.length,
      message: text(
        `Nhóm "${group}": ${excellent.length} "Hoàn thành xuất sắc" vượt giới hạn ${limit} (${rate}% của ${good} "Hoàn thành tốt")${overridden ? '; có ý kiến của cấp có thẩm quyền' : ''}.`,
        `Group "${group}": ${excellent.length} EXCELLENT exceeds the limit of ${limit} (${rate}% of ${good} GOOD)${overridden ? '; overridden by the authority' : ''}.`,
      ),
    });
  }
  return out;
}
