import { describe, expect, it } from 'vitest';
import { positionOf, subjectsOfUnit, withEntry } from '../../machines/cycle/positions.js';

describe('lookups by id over the index lists (issue 10)', () => {
  const units = [
    { id: 'a', n: 1 },
    { id: 'b', n: 2 },
    { id: 'c', n: 3 },
  ];

  it('finds an entry by id, and nothing for an unknown id', () => {
    expect(positionOf(units, 'c')).toBe(2);
    expect(positionOf(units, 'z')).toBeUndefined();
  });

  it('withEntry copies the list with one entry replaced and leaves the original as it was', () => {
    positionOf(units, 'a'); // the original's map exists, so the copy may take it along
    const next = withEntry(units, 1, { id: 'b', n: 20 });
    expect(next).not.toBe(units);
    expect(next.map((u) => u.n)).toEqual([1, 20, 3]);
    expect(units.map((u) => u.n)).toEqual([1, 2, 3]);
    expect(positionOf(next, 'b')).toBe(1);
    expect(positionOf(next, 'c')).toBe(2);
  });

  it('withEntry with another id at that place: the copy finds the new id, not the old', () => {
    positionOf(units, 'a');
    const next = withEntry(units, 1, { id: 'x', n: 9 });
    expect(positionOf(next, 'x')).toBe(1);
    expect(positionOf(next, 'b')).toBeUndefined();
  });

  it('subjectsOfUnit gives the positions of a unit’s subjects in definition order', () => {
    const subjects = [
      { id: 's1', unitId: 'u1' },
      { id: 's2', unitId: 'u2' },
      { id: 's3', unitId: 'u1' },
    ];
    expect(subjectsOfUnit(subjects, 'u1')).toEqual([0, 2]);
    expect(subjectsOfUnit(subjects, 'u2')).toEqual([1]);
    expect(subjectsOfUnit(subjects, 'u9')).toEqual([]);
  });
});
