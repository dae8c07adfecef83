import { ProfileError } from '../../src/core/errors.js';
import { profiles } from '../../src/profiles/index.js';
import type { ProfileInput } from '../../src/schemas/cycle-profile.js';

/** The ProfileError `run` throws; fails the test when it throws nothing or something else. */
export function profileErrorOf(run: () => unknown): ProfileError {
  try {
    run();
  } catch (e) {
    if (e instanceof ProfileError) return e;
    throw e;
  }
  throw new Error('expected a ProfileError, but nothing was thrown');
}

/** A fresh, valid host profile (a deep copy of the shipped Kon Tum one) to break in a test. */
export function hostProfile(): ProfileInput & { deadlines: Array<Record<string, unknown>> } {
  return structuredClone({ ...profiles['kon-tum-2024'], id: 'host-2024' }) as never;
}
