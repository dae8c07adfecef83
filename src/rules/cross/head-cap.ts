import { compareLevels, levelLabel } from '../../core/level.js';
import { text } from '../../core/text.js';
import type { RulesProfile } from '../../schemas/profile.js';
import type { ResultRow } from '../../schemas/result-row.js';
import type { Violation } from './violation.js';

function above(
  upper: ResultRow,
  lower: ResultRow,
  profile: RulesProfile,
  what: 'head' | 'collective',
): Violation | null {
  if (compareLevels(upper.level, lower.level) <= 0) return null;
  const [vi, en] =
    what === 'head'
      ? ['Người đứng đầu', 'The head']
      : ['Tập thể lãnh đạo', 'The leadership collective'];
  const [viOf, enOf] =
    what === 'head' ? ['tập thể lãnh đạo', 'the leadership collective'] : ['đơn vị', 'its unit'];
  return {
    rule: 'X-HEAD-CAP',
    severity: profile.headCapSeverity,
    subjects: [upper.id, lower.id],
    message: text(
      `${vi} "${upper.id}" (${levelLabel(upper.level, 'vi')}) cao hơn ${viOf} "${lower.id}" (${levelLabel(lower.level, 'vi')}).`,
      `${en} "${upper.id}" (${levelLabel(upper.level, 'en')}) is rated above ${enOf} "${lower.id}" (${levelLabel(lower.level, 'en')}).`,
    ),
  };
}

/**
 * X-HEAD-CAP: a head not above the leadership collective of the unit it heads, and that collective
 * not above the unit's own rating (a row whose id is the collective's `unitId`), when present.
 */
export function checkHeadCap(rows: readonly ResultRow[], profile: RulesProfile): Violation[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const collectives = rows.filter((r) => r.kind === 'collective' && r.role === 'leadership');
  const out: Violation[] = [];
  for (const head of rows) {
    if (head.kind !== 'individual' || (!head.headOfUnitId && !head.collectiveId)) continue;
    const collective = head.collectiveId
      ? byId.get(head.collectiveId)
      : collectives.find((c) => c.unitId === head.headOfUnitId);
    const v = collective && above(head, collective, profile, 'head');
    if (v) out.push(v);
  }
  for (const collective of collectives) {
    const unit = collective.unitId ? byId.get(collective.unitId) : undefined;
    const v = unit && unit !== collective && above(collective, unit, profile, 'collective');
    if (v) out.push(v);
  }
  return out;
}
