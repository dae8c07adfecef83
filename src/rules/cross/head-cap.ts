import { compareLevels, levelLabel } from '../../core/level.js';
import { text } from '../../core/text.js';
import type { RulesProfile } from '../../schemas/profile.js';
import type { ResultRow } from '../../schemas/result-row.js';
import type { Violation } from './violation.js';

const WHAT = {
  head: ['Người đứng đầu', 'The head'],
  collective: ['Tập thể lãnh đạo', 'The leadership collective'],
} as const;

function targetName(row: ResultRow): [string, string] {
  if (row.kind !== 'collective') return ['đơn vị', 'the unit'];
  return row.role === 'leadership'
    ? ['tập thể lãnh đạo', 'the leadership collective']
    : ['tổ chức đảng', 'the party organisation'];
}

function above(
  upper: ResultRow,
  lower: ResultRow,
  rule: string,
  profile: RulesProfile,
  what: keyof typeof WHAT,
): Violation | null {
  if (compareLevels(upper.level, lower.level) <= 0) return null;
  const [vi, en] = WHAT[what];
  const [viOf, enOf] = what === 'head' ? targetName(lower) : ['đơn vị', 'its unit'];
  return {
    rule,
    severity: profile.headCapSeverity,
    subjects: [upper.id, lower.id],
    message: text(
      `${vi} "${upper.id}" (${levelLabel(upper.level, 'vi')}) cao hơn ${viOf} "${lower.id}" (${levelLabel(lower.level, 'vi')}).`,
      `${en} "${upper.id}" (${levelLabel(upper.level, 'en')}) is rated above ${enOf} "${lower.id}" (${levelLabel(lower.level, 'en')}).`,
    ),
  };
}

/** The collective rows of each unit, in row order (one pass: a scan per head was O(n²)). */
function collectivesByUnit(rows: readonly ResultRow[]): Map<string, ResultRow[]> {
  const out = new Map<string, ResultRow[]>();
  for (const r of rows) {
    if (r.kind !== 'collective' || r.unitId === undefined) continue;
    const list = out.get(r.unitId);
    if (list) list.push(r);
    else out.set(r.unitId, [r]);
  }
  return out;
}

/** The rows a head is compared with: the collectives of the unit it heads, and the unit itself. */
function headedBy(
  head: ResultRow,
  collectives: Map<string, ResultRow[]>,
  byId: Map<string, ResultRow>,
) {
  const out = new Set<ResultRow>();
  const named = head.collectiveId ? byId.get(head.collectiveId) : undefined;
  if (named) out.add(named);
  if (head.headOfUnitId) {
    for (const r of collectives.get(head.headOfUnitId) ?? []) out.add(r);
    const unit = byId.get(head.headOfUnitId);
    if (unit) out.add(unit);
  }
  out.delete(head);
  return [...out];
}

/**
 * X-HEAD-CAP (rev 2): a head not above any of "tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị
 * do mình đứng đầu" that has a row — the leadership collective and the party organisation whose
 * `unitId` is the head's `headOfUnitId` (or the row its `collectiveId` names), and the unit's own
 * row (`id` = `headOfUnitId`); and a leadership collective not above its unit. A head rated under
 * `nd233-2026` is checked by N233-HEAD-CAP instead (NĐ 233 Điều 12 khoản 7, assumed). `on(rule)`
 * says whether the profile keeps each rule on.
 */
export function checkHeadCap(
  rows: readonly ResultRow[],
  profile: RulesProfile,
  on: (rule: 'X-HEAD-CAP' | 'N233-HEAD-CAP') => boolean,
): Violation[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const collectives = collectivesByUnit(rows);
  const out: Violation[] = [];
  for (const head of rows) {
    if (head.kind !== 'individual' || (!head.headOfUnitId && !head.collectiveId)) continue;
    const rule = head.ruleSet === 'nd233-2026' ? 'N233-HEAD-CAP' : 'X-HEAD-CAP';
    if (!on(rule)) continue;
    for (const target of headedBy(head, collectives, byId)) {
      const v = above(head, target, rule, profile, 'head');
      if (v) out.push(v);
    }
  }
  if (!on('X-HEAD-CAP')) return out;
  for (const collective of rows) {
    if (collective.kind !== 'collective' || collective.role !== 'leadership') continue;
    const unit = collective.unitId ? byId.get(collective.unitId) : undefined;
    const v =
      unit && unit !== collective && above(collective, unit, 'X-HEAD-CAP', profile, 'collective');
    if (v) out.push(v);
  }
  return out;
}
