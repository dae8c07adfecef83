import { describe, expect, it } from 'vitest';
import { flat } from '../../src/core/flat.js';
import { slot } from '../../src/core/slot.js';

describe('slot (a value kept for an object, in a private field instead of a WeakMap)', () => {
  it('keeps one value per object, and each slot its own', () => {
    const a = slot<number>();
    const b = slot<string>();
    const x = {};
    const y = {};
    expect(a.get(x)).toBeUndefined();
    a.set(x, 1);
    a.set(y, 2);
    b.set(x, 'bx');
    expect([a.get(x), a.get(y), b.get(x), b.get(y)]).toEqual([1, 2, 'bx', undefined]);
    a.set(x, 3);
    expect(a.get(x)).toBe(3);
    a.set(x, undefined);
    expect(a.get(x)).toBeUndefined();
  });

  it('is invisible: no key, no symbol, not in JSON or a copy; a frozen object can hold one', () => {
    const s = slot<{ secret: string }>();
    const o = Object.freeze({ a: 1 });
    s.set(o, { secret: 'k' });
    expect(s.get(o)).toEqual({ secret: 'k' });
    expect(Reflect.ownKeys(o)).toEqual(['a']);
    expect(JSON.stringify(o)).toBe('{"a":1}');
    expect(s.get({ ...o })).toBeUndefined();
    expect(Object.isFrozen(o)).toBe(true);
  });

  it('works on arrays, functions and class instances (an XState actor)', () => {
    const s = slot<string>();
    const things: object[] = [[], () => 1, new Map(), new (class Actor {})()];
    for (const [i, t] of things.entries()) s.set(t, `v${i}`);
    expect(things.map((t) => s.get(t))).toEqual(['v0', 'v1', 'v2', 'v3']);
  });
});

describe('flat', () => {
  it('returns the same string', () => {
    let s = '';
    for (let i = 0; i < 100; i++) s += `piece ${i},`;
    expect(flat(s)).toBe(s);
    expect(flat('')).toBe('');
  });
});
