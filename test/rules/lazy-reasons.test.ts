import { describe, expect, it } from 'vitest';
import { generateProvince } from '../../bench/province.js';
import { classify } from '../../src/index.js';
import { classifyWith } from '../../src/rules/classify.js';
import { member366 } from '../helpers/builders.js';

// `reasons` is written on first read (src/rules/engine/lazy-reasons.ts). To every reader it must
// be an ordinary own, enumerable property holding plain reasons.

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
/** A subject with a qualify, a cap and a discounted decision (a deferred reason of each kind). */
const subject = () =>
  member366({
    points: { total: 80 },
    discipline: [{ decidedOn: '2025-03-01', form: 'reprimand', countedInYear: 2024 }],
  });

describe('reasons written on first read', () => {
  it('is an own enumerable property, last, and reads the same every time', () => {
    const c = classify(subject());
    expect(Object.keys(c)).toEqual([
      'id',
      'ruleSet',
      'points',
      'status',
      'level',
      'needsJudgment',
      'reasons',
    ]);
    const first = c.reasons;
    expect(first.length).toBeGreaterThan(1);
    expect(c.reasons).toBe(first);
    expect(Object.getOwnPropertyDescriptor(c, 'reasons')).toMatchObject({ value: first });
    for (const r of first) {
      expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(r.message)).toBe(Object.prototype);
      expect(Object.keys(r.message)).toEqual(['vi', 'en']);
    }
  });

  it('gives the same JSON, spread and structured clone whether or not it was read first', () => {
    const unread = () => classify(subject());
    const read = unread();
    void read.reasons;
    expect(JSON.stringify(unread())).toBe(JSON.stringify(read));
    expect(plain({ ...unread() })).toEqual(plain(read));
    expect(structuredClone(unread())).toEqual(plain(read));
    expect(plain(read)).toStrictEqual(read);
  });

  it('words each reason from the row and the facts: rule text, then what held or failed', () => {
    const c = classify(subject());
    const qualify = c.reasons.find((r) => r.effect === 'qualify');
    expect(qualify?.message.en).toMatch(/ — 80 points ≥ /);
    expect(qualify?.message.vi).toMatch(/ — 80 điểm ≥ /);
    const cap = c.reasons.find((r) => r.effect === 'cap');
    expect(cap?.message.en).toMatch(/ — 80 points < 90/);
  });

  it('works on a result frozen before its first read, and can be assigned before it', () => {
    const frozen = Object.freeze(classify(subject()));
    const once = frozen.reasons;
    expect(frozen.reasons).toBe(once);
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(classify(subject())));
    const c = classify(subject()) as { reasons: unknown };
    c.reasons = [];
    expect(c.reasons).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(c, 'reasons')).toMatchObject({ writable: true });
  });

  it('keeps no reference into the input: changing it afterwards changes no word', () => {
    const input = subject();
    const c = classify(input);
    const before = JSON.stringify(classify(subject()).reasons);
    (input.discipline as Array<{ decidedOn: string }>)[0]!.decidedOn = '2025-09-09';
    expect(JSON.stringify(c.reasons)).toBe(before);
  });
});

describe("reasons written now (classifyWith(…, 'now'), what the CLI uses)", () => {
  it('gives the JSON classify gives, with reasons a plain data property from the start', () => {
    for (const a of generateProvince(600, 7)) {
      const now = classifyWith(a, {}, 'now');
      expect(Object.getOwnPropertyDescriptor(now, 'reasons')).toHaveProperty('value');
      expect(JSON.stringify(now)).toBe(JSON.stringify(classify(a)));
    }
  });
});
