import { describe, expect, it } from 'vitest';
import { flagBit, flagBits, flagMask } from '../../src/rules/engine/flag-mask.js';
import { FLAG_NAMES, type FlagName } from '../../src/schemas/parts.js';

const none = () =>
  Object.fromEntries(FLAG_NAMES.map((n) => [n, false])) as Record<FlagName, boolean>;

describe('the flag mask (src/rules/engine/flag-mask.ts)', () => {
  it('gives each flag set alone its own bit, in FLAG_NAMES order', () => {
    expect(flagMask(none())).toBe(0);
    FLAG_NAMES.forEach((name, i) => {
      expect(flagMask({ ...none(), [name]: true }), name).toBe(1 << i);
      expect(flagBit(name), name).toBe(1 << i);
    });
  });

  it('gives a set of flags the union of their bits', () => {
    const all = Object.fromEntries(FLAG_NAMES.map((n) => [n, true])) as Record<FlagName, boolean>;
    expect(flagMask(all)).toBe((1 << FLAG_NAMES.length) - 1);
    expect(flagBits(['degradation', 'exampleBreach'])).toBe(
      flagMask({ ...none(), degradation: true, exampleBreach: true }),
    );
    expect(flagBits([])).toBe(0);
  });
});
