import { describe, expect, it } from 'vitest';
import { type OrderedSubject, orderCycles, prerequisites } from '../../machines/cycle/order.js';

const coll = (id: string, unitId: string, role = 'leadership'): OrderedSubject => ({
  id,
  kind: 'collective',
  role,
  regime: 'party',
  unitId,
});
const person = (id: string, over: Partial<OrderedSubject> = {}): OrderedSubject => ({
  id,
  kind: 'individual',
  role: 'leader',
  regime: 'party',
  unitId: 'so-noi-vu',
  ...over,
});

describe('X-ORDER prerequisites', () => {
  const units = [
    { id: 'ubnd' },
    { id: 'so-noi-vu', parentId: 'ubnd' },
    { id: 'phong-ccvc', parentId: 'so-noi-vu' },
  ];
  const subjects = [
    coll('snv/ld', 'so-noi-vu'),
    coll('snv/dang-uy', 'so-noi-vu', 'party-organization'),
    coll('ccvc/ld', 'phong-ccvc'),
    person('snv/giam-doc', { headOfUnitId: 'so-noi-vu', memberOf: 'snv/ld', personId: 'p1' }),
    person('snv/giam-doc/cong-chuc', { regime: 'civil-service', personId: 'p1' }),
    person('snv/pho', { role: 'member', memberOf: 'snv/ld' }),
  ];
  const order = prerequisites(subjects, units);

  it('a head waits for the leadership collective it heads, and its civil-service rating', () => {
    expect(order.get('snv/giam-doc')).toEqual([
      { id: 'snv/ld', reason: 'head' },
      { id: 'snv/giam-doc/cong-chuc', reason: 'civil-first' },
    ]);
  });

  it('a member waits for its collective; a party organisation for its unit’s collective', () => {
    expect(order.get('snv/pho')).toEqual([{ id: 'snv/ld', reason: 'member' }]);
    expect(order.get('snv/dang-uy')).toEqual([{ id: 'snv/ld', reason: 'party-organization' }]);
  });

  it('a collective waits for the same role one level down; the lowest waits for nobody', () => {
    expect(order.get('snv/ld')).toEqual([{ id: 'ccvc/ld', reason: 'lower-level' }]);
    expect(order.get('ccvc/ld')).toEqual([]);
    expect(order.get('snv/giam-doc/cong-chuc')).toEqual([]);
    expect(orderCycles(subjects, order)).toEqual([]);
  });

  it('a circular order is a located error', () => {
    const loop = [person('a', { memberOf: 'b' }), person('b', { memberOf: 'a' })];
    const issues = orderCycles(loop, prerequisites(loop, []));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['subjects', 0, 'id'], 'order_cycle']]);
    expect(issues[0]?.message.en).toContain('a → b → a');
  });
});
