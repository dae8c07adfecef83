import type { InputIssue } from '../../src/core/errors.js';
import { type Text, text } from '../../src/core/text.js';

/** What X-ORDER reads of a subject of the cycle (see `CycleSubjectSchema`). */
export interface OrderedSubject {
  readonly id: string;
  readonly kind: 'collective' | 'individual';
  readonly role: string;
  readonly regime: 'party' | 'civil-service';
  readonly unitId: string;
  /** Individuals: the person, linking one person's civil-service and party reviews. */
  readonly personId?: string | undefined;
  /** An individual who heads this unit. */
  readonly headOfUnitId?: string | undefined;
  /** An individual who is a member of this collective (its subject id). */
  readonly memberOf?: string | undefined;
}

export interface OrderedUnit {
  readonly id: string;
  readonly parentId?: string | undefined;
}

/** Why one review waits for another (X-ORDER), in words. */
export type OrderReason = 'head' | 'member' | 'party-organization' | 'lower-level' | 'civil-first';

export interface Prerequisite {
  readonly id: string;
  readonly reason: OrderReason;
}

export const ORDER_REASONS: Record<OrderReason, Text> = {
  head: text(
    'người đứng đầu được xếp loại sau tập thể lãnh đạo do mình đứng đầu',
    'a head is rated after the leadership collective the person heads',
  ),
  member: text(
    'thành viên được xếp loại sau tập thể của mình',
    'a member is rated after the collective',
  ),
  'party-organization': text(
    'tổ chức đảng được xếp loại sau tập thể lãnh đạo của cơ quan, đơn vị',
    "a party organisation is rated after its unit's leadership collective",
  ),
  'lower-level': text(
    'cấp dưới được xếp loại trước cấp trên',
    'lower levels are rated before upper',
  ),
  'civil-first': text(
    'xếp loại công chức (NĐ 335) trước xếp loại đảng viên của cùng người đó',
    "the civil-service rating (NĐ 335) comes before the same person's party rating",
  ),
};

/**
 * X-ORDER (RULES.md §5; QĐ 366 Điều 12 khoản 2, QĐ 124 Điều 11, NĐ 335 Điều 19): for each subject,
 * the reviews whose decision its own DECIDE_LEVEL waits for —
 * - a head waits for the leadership collective(s) of the unit it heads;
 * - a member waits for the collective it is a member of;
 * - a party organisation waits for the leadership collective(s) of its unit;
 * - a collective waits for the collectives of the same role in the units directly under its unit;
 * - a person's party review waits for the same person's civil-service review.
 */
export function prerequisites(
  subjects: readonly OrderedSubject[],
  units: readonly OrderedUnit[],
): Map<string, Prerequisite[]> {
  const byUnit = new Map<string, OrderedSubject[]>();
  for (const s of subjects) if (s.kind === 'collective') push(byUnit, s.unitId, s);
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parentId) push(children, u.parentId, u.id);
  const civil = new Map<string, OrderedSubject[]>();
  for (const s of subjects)
    if (s.personId && s.regime === 'civil-service') push(civil, s.personId, s);

  const byId = new Map(subjects.map((s) => [s.id, s]));
  const out = new Map<string, Prerequisite[]>();
  for (const s of subjects) {
    const list: Prerequisite[] = [];
    const add = (other: OrderedSubject | undefined, reason: OrderReason) => {
      if (other && other.id !== s.id && !list.some((p) => p.id === other.id))
        list.push({ id: other.id, reason });
    };
    if (s.kind === 'individual') {
      if (s.headOfUnitId)
        for (const c of byUnit.get(s.headOfUnitId) ?? [])
          if (c.role === 'leadership') add(c, 'head');
      if (s.memberOf) add(byId.get(s.memberOf), 'member');
      if (s.personId && s.regime === 'party')
        for (const c of civil.get(s.personId) ?? []) add(c, 'civil-first');
    } else {
      if (s.role === 'party-organization')
        for (const c of byUnit.get(s.unitId) ?? [])
          if (c.role === 'leadership') add(c, 'party-organization');
      for (const child of children.get(s.unitId) ?? [])
        for (const c of byUnit.get(child) ?? []) if (c.role === s.role) add(c, 'lower-level');
    }
    out.set(s.id, list);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Located issues for a circular order (A waits for B, which waits for A): such a cycle could never
 * be decided. Paths point at the subject that closes the circle: `['subjects', index, 'id']`.
 */
export function orderCycles(
  subjects: readonly OrderedSubject[],
  order: ReadonlyMap<string, readonly Prerequisite[]>,
): InputIssue[] {
  const index = new Map(subjects.map((s, i) => [s.id, i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const issues: InputIssue[] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const loop = [...path.slice(path.indexOf(id)), id].join(' → ');
      issues.push({
        path: ['subjects', index.get(id) ?? 0, 'id'],
        code: 'order_cycle',
        message: text(
          `Thứ tự xếp loại vòng tròn, không thể quyết định: ${loop}.`,
          `A circular rating order that can never be decided: ${loop}.`,
        ),
      });
      return;
    }
    state.set(id, 'visiting');
    for (const p of order.get(id) ?? []) visit(p.id, [...path, id]);
    state.set(id, 'done');
  };
  for (const s of subjects) visit(s.id, []);
  return issues;
}
