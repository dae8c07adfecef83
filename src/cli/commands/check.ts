import { AssessmentError, type InputIssue } from '../../core/errors.js';
import { type Lang, type Text, text } from '../../core/text.js';
import { checkResults } from '../../rules/cross/check.js';
import type { Violation } from '../../rules/cross/violation.js';
import { checkHelp } from '../command-help.js';
import {
  checkRuleSetId,
  createWriter,
  describeJsonType,
  issueLines,
  readJson,
  readProfile,
  unusable,
  wantsTable,
} from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type CliContext, type Command, EXIT } from '../io.js';
import { isSummary, summaryFindings, summaryHeading } from '../summary-findings.js';

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

/** Indented issue lines, at most 20 (then how many more). */
function issueBlock(issues: readonly InputIssue[], lang: Lang): string {
  const lines = issueLines(issues.slice(0, 20), lang)
    .map((l) => `  ${l}`)
    .join('\n');
  const more = issues.length > 20 ? `\n  … (${issues.length - 20})` : '';
  return `${lines}${more}`;
}

/** Writes the violations (table or JSON, `heading` above the table); the exit code they give. */
function report(ctx: CliContext, violations: readonly Violation[], heading?: Text): number {
  const out = createWriter(ctx.io);
  if (!wantsTable(ctx)) out.write(`${JSON.stringify(violations, null, 2)}\n`);
  else
    out.write(`${heading ? `${heading[ctx.lang]}\n\n` : ''}${renderTable(violations, ctx.lang)}`);
  out.flush();
  return violations.some((v) => v.severity === 'error') ? EXIT.someInvalid : EXIT.ok;
}

/**
 * A summary (`summary.json` of `kiemdiem demo`, `writeReports`): the findings it records
 * (summary-findings.ts says why not a re-check of its appendix). `--profile` and `--rule-set`
 * cannot change them, so either one is refused rather than ignored.
 */
function checkSummary(
  ctx: CliContext,
  summary: { readonly format: string },
  tuned: boolean,
): number {
  if (tuned)
    return unusable(
      ctx,
      'check',
      text(
        '--profile và --rule-set không dùng với bản tổng hợp: các kết quả kiểm tra trong đó đã được tính khi lập bản tổng hợp, theo hồ sơ cấu hình của đợt',
        "--profile and --rule-set do not apply to a summary: its findings were computed when it was compiled, under the cycle's profile",
      ),
      USAGE,
    );
  const read = summaryFindings(summary);
  if (!read.ok) {
    const block = read.issues.length > 0 ? `:\n${issueBlock(read.issues, ctx.lang)}` : '';
    return unusable(ctx, 'check', text(`${read.problem.vi}${block}`, `${read.problem.en}${block}`));
  }
  return report(ctx, read.value.violations, summaryHeading(read.value.asOf));
}

/**
 * `kiemdiem check FILE|-`: cross-subject checks (X-QUOTA, X-HEAD-CAP, X-DECISION) over a JSON
 * array of decided result rows, or the findings a summary records. Exit 1 when some violation is
 * an error; warnings alone exit 0.
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
  const input = await readJson(ctx, 'check', positional[0]!);
  if (!input.ok) return input.code;
  if (isSummary(input.value))
    return checkSummary(
      ctx,
      input.value,
      profile.value !== undefined || ruleSet.value !== undefined,
    );
  if (!Array.isArray(input.value)) {
    const got = describeJsonType(input.value);
    return unusable(
      ctx,
      'check',
      text(
        `đầu vào phải là một mảng JSON các dòng kết quả, hoặc một bản tổng hợp (summary.json); nhận được ${got.vi}`,
        `the input must be a JSON array of result rows, or a summary (summary.json); got ${got.en}`,
      ),
    );
  }
  const rows = input.value;
  let violations: Violation[];
  try {
    violations = checkResults(rows, {
      ...(profile.value ? { profile: profile.value } : {}),
      ...(ruleSet.value ? { ruleSet: ruleSet.value } : {}),
    });
  } catch (error) {
    if (!(error instanceof AssessmentError)) throw error;
    // Rows that do not parse leave nothing to check: the whole input is unusable (exit 2).
    const block = issueBlock(error.issues, ctx.lang);
    return unusable(
      ctx,
      'check',
      looksClassified(rows)
        ? text(
            `đây là kết quả xếp loại, chưa phải dòng kết quả: dùng kiemdiem classify FILE --rows | kiemdiem check -\n${block}`,
            `these are classifications, not result rows: use kiemdiem classify FILE --rows | kiemdiem check -\n${block}`,
          )
        : text(`dòng kết quả không hợp lệ:\n${block}`, `invalid result rows:\n${block}`),
    );
  }
  return report(ctx, violations);
};
