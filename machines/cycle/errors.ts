import { formatPath, type InputIssue } from '../../src/core/errors.js';
import { type Text, text } from '../../src/core/text.js';

/**
 * Thrown by `openCycleIndex`, `createCycle` and `restoreCycle` for a cycle definition (or saved
 * cycle) that cannot run: `issues` are located (`subjects[3].unitId`) and bilingual.
 */
export class CycleInputError extends Error {
  override readonly name = 'CycleInputError';
  readonly issues: readonly InputIssue[];
  readonly text: Text;
  constructor(issues: readonly InputIssue[], what = text('đợt kiểm điểm', 'cycle')) {
    const shown = (lang: keyof Text) =>
      issues
        .slice(0, 3)
        .map((i) => `${formatPath(i.path)}: ${i.message[lang]}`)
        .join('; ') + (issues.length > 3 ? ` (+${issues.length - 3})` : '');
    const t = text(
      `Dữ liệu ${what.vi} không hợp lệ: ${shown('vi')}`,
      `Invalid ${what.en}: ${shown('en')}`,
    );
    super(`${t.en} / ${t.vi}`);
    this.issues = issues;
    this.text = t;
  }
}
