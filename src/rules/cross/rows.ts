import type { InputIssue } from '../../core/errors.js';
import { text } from '../../core/text.js';
import type { RuleSetId } from '../../schemas/assessment.js';
import type { ResultRow } from '../../schemas/result-row.js';
import { effectiveRuleSet, quotaGroup } from './quota.js';

/**
 * Checks a set of result rows before any cross rule counts them (RULES.md §5, X-QUOTA): two rows
 * with the same `id` and rule set are invalid (one person may have a party row and a
 * civil-service row), and so is a named group whose rows mix rule sets or regimes — it would be
 * compared under no single rule. Issues are located at `[index].field`.
 */
export function checkRowSet(rows: readonly ResultRow[], fallback?: RuleSetId): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const groups = new Map<string, { index: number; set?: RuleSetId; regime?: string }>();
  rows.forEach((row, i) => {
    const set = effectiveRuleSet(row, fallback);
    const key = `${row.id}\u0000${set ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        path: [i, 'id'],
        code: 'duplicate_id',
        message: text(
          `Mã "${row.id}" bị lặp (dòng ${first} và ${i}) trong cùng bộ quy tắc ${set ?? '(không ghi)'}.`,
          `Duplicate id "${row.id}" (rows ${first} and ${i}) under the same rule set ${set ?? '(none given)'}.`,
        ),
      });
    else seen.set(key, i);
    if (!row.group) return;
    const g = groups.get(quotaGroup(row, set));
    if (!g) {
      groups.set(quotaGroup(row, set), {
        index: i,
        ...(set ? { set } : {}),
        ...(row.regime ? { regime: row.regime } : {}),
      });
      return;
    }
    const mixedSet = set !== undefined && g.set !== undefined && set !== g.set;
    const mixedRegime =
      row.regime !== undefined && g.regime !== undefined && row.regime !== g.regime;
    if (mixedSet || mixedRegime)
      issues.push({
        path: [i, mixedSet ? 'ruleSet' : 'regime'],
        code: 'mixed_group',
        message: text(
          `Nhóm "${row.group}" trộn ${mixedSet ? `bộ quy tắc ${g.set} và ${set}` : `chế độ ${g.regime} và ${row.regime}`} (dòng ${g.index} và ${i}): không so sánh được.`,
          `Group "${row.group}" mixes ${mixedSet ? `rule sets ${g.set} and ${set}` : `regimes ${g.regime} and ${row.regime}`} (rows ${g.index} and ${i}): it cannot be compared.`,
        ),
      });
    g.set ??= set;
    if (row.regime) g.regime ??= row.regime;
  });
  return issues;
}
