import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeepFrozen } from '../../src/core/freeze.js';
import { resolveRulesProfile } from '../../src/rules/profile-switches.js';

describe('deepFreeze', () => {
  it('freezes every level, also below a level someone froze shallowly', () => {
    const inner = { n: 1 };
    const shallow = Object.freeze({ inner });
    const value = deepFreeze({ shallow, list: [{ k: 'x' }] });
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(isDeepFrozen(value)).toBe(true);
  });

  it('vouches only for what it froze itself', () => {
    expect(isDeepFrozen(Object.freeze({ open: { n: 1 } }))).toBe(false);
    expect(isDeepFrozen('text')).toBe(false);
    expect(isDeepFrozen(null)).toBe(false);
  });
});

describe('resolveRulesProfile and frozen profiles', () => {
  it('remembers a deep-frozen profile by identity, and reads an open one again each call', () => {
    let reads = 0;
    const source = {};
    Object.defineProperty(source, 'headCapSeverity', {
      enumerable: true,
      get: () => {
        reads++;
        return 'error';
      },
    });
    const frozen = deepFreeze(source);
    const first = resolveRulesProfile(frozen);
    const counted = reads;
    expect(resolveRulesProfile(frozen)).toBe(first);
    expect(reads).toBe(counted); // not read again: it cannot have changed
    const open: { headCapSeverity: string } = { headCapSeverity: 'warning' };
    const before = resolveRulesProfile(open);
    open.headCapSeverity = 'error';
    expect(resolveRulesProfile(open)).not.toEqual(before);
    expect(resolveRulesProfile(open)).toEqual(resolveRulesProfile(frozen));
  });
});
