import { AssessmentError } from '../../src/index.js';

/** The AssessmentError `run` throws; fails the test when it throws nothing or something else. */
export function assessmentErrorOf(run: () => unknown): AssessmentError {
  try {
    run();
  } catch (e) {
    if (e instanceof AssessmentError) return e;
    throw e;
  }
  throw new Error('expected an AssessmentError, but nothing was thrown');
}

/** The paths of an AssessmentError's issues. */
export function issuePaths(run: () => unknown): Array<ReadonlyArray<string | number>> {
  return assessmentErrorOf(run).issues.map((i) => i.path);
}

/** The error of class `type` that `run` throws; fails the test when it throws nothing or another. */
export function thrownBy<T extends Error>(
  run: () => unknown,
  type: abstract new (...args: never[]) => T,
): T {
  try {
    run();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected a ${type.name}, but nothing was thrown`);
}
