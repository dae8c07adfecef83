import { FLAG_NAMES, type FlagName } from '../../schemas/parts.js';

// The flags an assessment sets, as one number: bit i is FLAG_NAMES[i]. The engine reads the
// flags once per classification into it, and the unused-flag notes test its bits.
// Reading `flags[name]` for one name after another is a keyed load whose key changes every
// time: V8 answers it through its megamorphic cache, and that loop was a tenth of the engine's
// time (issue 9; bench/README.md, "What part 8 found").

/** The bit of one flag in a mask. */
export function flagBit(name: FlagName): number {
  return 1 << FLAG_NAMES.indexOf(name);
}

/** The bits of several flags (the unused flags of a role, built once per `Active`). */
export function flagBits(names: readonly FlagName[]): number {
  let bits = 0;
  for (const name of names) bits |= flagBit(name);
  return bits;
}

/**
 * The flags set in `f`, one named read per flag, in FLAG_NAMES order (a test sets each flag
 * alone and checks its bit, so this list cannot drift from FLAG_NAMES unseen).
 */
export function flagMask(f: Readonly<Record<FlagName, boolean>>): number {
  return (
    (f.degradation ? 1 : 0) |
    (f.prohibitedConduct ? 2 : 0) |
    (f.disunity ? 4 : 0) |
    (f.personnelWrongdoing ? 8 : 0) |
    (f.corruptionInManagedArea ? 16 : 0) |
    (f.corruptionCaseInSubordinateUnit ? 32 : 0) |
    (f.collectiveDisciplined ? 64 : 0) |
    (f.exemplary ? 128 : 0) |
    (f.generalCriteriaMet ? 256 : 0) |
    (f.memberDegradation ? 512 : 0) |
    (f.exampleBreach ? 1024 : 0)
  );
}
