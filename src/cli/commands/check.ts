import { AssessmentError } from '../../core/errors.js';
import { type Lang, text } from '../../core/text.js';
import { checkResults } from '../../rules/cross/check.js';
import type { Violation } from '../../rules/cross/violation.js';
import { checkHelp } from '../command-help.js';
import {
  checkRuleSetId,
  createWriter,
  issueLines,
  readJsonArray,
  readProfile,
  unusable,
  wantsTable,
} from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type Command, EXIT } from '../io.js';

const USAGE = usageLine(checkHelp);

const SEVERITY = {
  error: text('LỖI', 'ERROR'),
  warning: text('CẢNH BÁO', 'WARNING'),
} as const;

function renderTable(violations: readonly Violation[], lang: Lang): string {
  if (violations.length === 0) {
    return `${lang === 'vi' ? 'Không có vi phạm.' : 'No violations.'}\n`;
  }
  const lines = violations.map((v) => {
    const facts = [
      v.group !== undefined ? `${lang === 'vi' ? 'nhóm' : 'group'} ${v.group}` : '',
      v.limit !== undefined ? `${lang === 'vi' ? 'giới hạn' : 'limit'} ${v.limit}` : '',
      v.actual !== undefined ? `${lang === 'vi' ? 'thực tế' : 'actual'} ${v.actual}` : '',
    ].filter(Boolean);
    const head = `${SEVERITY[v.severity][lang]}  ${v.rule}${facts.length ? `  (${facts.join(', ')})` : ''}`;
    const who = `    ${lang === 'vi' ? 'Đối tượng' : 'Subjects'}: ${v.subjects.join(', ')}`;
    return `${head}\n    ${v.message[lang]}\n${who}`;
  });
  const errors = violations.filter((v) => v.severity === 'error').length;
  const warnings = violations.length - errors;
  const tally =
    lang === 'vi'
      ? `${errors} lỗi, ${warnings} cảnh báo.`
      : `${errors} error(s), ${warnings} warning(s).`;
  return `${lines.join('\n\n')}\n\n${tally}\n`;
}

/** Whether the input is `kiemdiem classify`'s output (classifications) rather than rows. */
function looksClassified(rows: readonly unknown[]): boolean {
  const first = rows[0];
  if (typeof first !== 'object' || first === null) return false;
  return !('kind' in first) && ('reasons' in first || 'error' in first);
}

/**
 * `kiemdiem check FILE|-`: cross-subject checks (X-QUOTA, X-HEAD-CAP, X-DECISION) over a JSON
 * array of decided result rows. Exit 1 when some violation is an error; warnings alone exit 0.
 */
export const checkCommand: Command = async (argv, ctx) => {
  const parsed = parseCommandArgs(argv, checkHelp);
  if (!parsed.ok) return unusable(ctx, 'check', parsed.problem, USAGE);
  const { positional, options } = parsed.args;
  if (positional.length !== 1) {
    return unusable(
      ctx,
      'check',
      text(
        'cần đúng một tệp đầu vào (hoặc - cho đầu vào chuẩn)',
        'expects exactly one input file (or - for standard input)',
      ),
      USAGE,
    );
  }
  const ruleSet = checkRuleSetId(ctx, 'check', options['--rule-set']);
  if (!ruleSet.ok) return ruleSet.code;
  const profile = await readProfile(ctx, 'check', options['--profile']);
  if (!profile.ok) return profile.code;
  const rows = await readJsonArray(
    ctx,
    'check',
    positional[0]!,
    text('các dòng kết quả', 'result rows'),
  );
  if (!rows.ok) return rows.code;
  let violations: Violation[];
  try {
    violations = checkResults(rows.value, {
      ...(profile.value ? { profile: profile.value } : {}),
      ...(ruleSet.value ? { ruleSet: ruleSet.value } : {}),
    });
  } catch (error) {
    if (!(error instanceof AssessmentError)) throw error;
    // Rows that do not parse leave nothing to check: the whole input is unusable (exit 2).
    const lines = issueLines(error.issues.slice(0, 20), ctx.lang)
      .map((l) => `  ${l}`)
      .join('\n');
    const more = error.issues.length > 20 ? `\n  … (${error.issues.length - 20})` : '';
    return unusable(
      ctx,
      'check',
      looksClassified(rows.value)
        ? text(
            `đây là kết quả xếp loại, chưa phải dòng kết quả: dùng kiemdiem classify FILE --rows | kiemdiem check -\n${lines}${more}`,
            `these are classifications, not result rows: use kiemdiem classify FILE --rows | kiemdiem check -\n${lines}${more}`,
          )
        : text(
            `dòng kết quả không hợp lệ:\n${lines}${more}`,
            `invalid result rows:\n${lines}${more}`,
          ),
    );
  }
  const out = createWriter(ctx.io);
  out.write(
    wantsTable(ctx)
      ? renderTable(violations, ctx.lang)
      : `${JSON.stringify(violations, null, 2)}\n`,
  );
  out.flush();
  return violations.some((v) => v.severity === 'error') ? EXIT.someInvalid : EXIT.ok;
};
