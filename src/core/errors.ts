import type { Text } from './text.js';

/** One located problem with an input: where (a path into the input), what (a code), and why. */
export interface InputIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: Text;
}

/** Renders a path the way a person reads it: `tasks.completed`, `discipline[0].decidedOn`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

function summarize(kind: string, issues: readonly InputIssue[]): string {
  const first = issues
    .slice(0, 3)
    .map((i) => `${formatPath(i.path)}: ${i.message.en}`)
    .join('; ');
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return `Invalid ${kind}: ${first}${more}`;
}

/** Thrown by `classify()` (and anything that parses an assessment) on invalid input. */
export class AssessmentError extends Error {
  override readonly name = 'AssessmentError';
  readonly issues: readonly InputIssue[];
  /** `what` names the input in the message: an assessment by default, or e.g. 'result rows'. */
  constructor(issues: readonly InputIssue[], what = 'assessment') {
    super(summarize(what, issues));
    this.issues = issues;
  }
}

/** Thrown when a profile (a province's reading of the rules, its deadlines) is invalid. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(summarize('profile', issues));
    this.issues = issues;
  }
}
