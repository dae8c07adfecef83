import { type ClassifiedAssessment, resultRowsFrom } from '../../../machines/cycle/result-rows.js';
import { AssessmentError, type InputIssue } from '../../core/errors.js';
import { LEVELS, type Level, levelLabel } from '../../core/level.js';
import { type Lang, type Text, text } from '../../core/text.js';
import { type ClassifyOptions, classifyWith } from '../../rules/classify.js';
import type { ReasonWords } from '../../rules/engine.js';
import type { Classification, Effect } from '../../rules/types.js';
import { IsoDate } from '../../schemas/common.js';
import { createByteWriter } from '../byte-writer.js';
import { classifyHelp } from '../command-help.js';
import {
  checkRuleSetId,
  createWriter,
  issueLines,
  jsonArrayWriter,
  pad,
  readJsonElements,
  readProfile,
  unusable,
  type Writer,
  wantsTable,
} from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type CliContext, type Command, EXIT } from '../io.js';
import type { JsonElements } from '../json-elements.js';
import { prettyArray } from '../pretty-output.js';

const USAGE = usageLine(classifyHelp);

/** One output element for an invalid input element (CONTRACT.md § CLI). */
export interface InvalidElement {
  readonly id: string | null;
  readonly error: { readonly message: string; readonly issues: readonly InputIssue[] };
}

export type ClassifyOutput = Classification | InvalidElement;

const EFFECT_TEXT: Record<Effect, Text> = {
  qualify: text('đạt', 'qualifies'),
  trigger: text('buộc KHTNV', 'forces NOT_COMPLETED'),
  cap: text('giới hạn', 'caps'),
  review: text('xem xét', 'review'),
  exclude: text('không kiểm điểm', 'excluded'),
  'not-rated': text('không xếp loại', 'not rated'),
  note: text('ghi chú', 'note'),
};

const WORDS = {
  notReviewed: text('Không kiểm điểm (loại trừ)', 'Not reviewed (excluded)'),
  notRated: text('Không xếp loại', 'Not rated'),
  invalid: text('Dữ liệu không hợp lệ', 'Invalid input'),
  points: text('điểm', 'points'),
  judgment: text('⚑ cần cấp có thẩm quyền xem xét', '⚑ needs the authority’s judgment'),
  summary: text('Tổng hợp', 'Summary'),
  total: text('Tổng số', 'Total'),
  needsJudgment: text('Cần xem xét', 'Needs judgment'),
  invalidSummary: text('Dữ liệu đánh giá không hợp lệ', 'Invalid assessment'),
} as const;

function idOf(element: unknown): string | null {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return null;
  const id = (element as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/** A one-line summary of the issues in the chosen language (all of them stay in `issues`). */
function summarize(issues: readonly InputIssue[], lang: Lang): string {
  const lines = issueLines(issues.slice(0, 3), lang).join(' ');
  const more =
    issues.length > 3
      ? lang === 'vi'
        ? ` (và ${issues.length - 3} lỗi khác)`
        : ` (+${issues.length - 3} more)`
      : '';
  return `${WORDS.invalidSummary[lang]}: ${lines}${more}`;
}

/** Classifies one element; an invalid one becomes `{ id, error }`, never a level. */
export function classifyElement(
  element: unknown,
  options: ClassifyOptions,
  lang: Lang,
  words: ReasonWords = 'now',
): ClassifyOutput {
  try {
    // 'now' for the table, which writes every reason out (no accessor to install and replace);
    // the JSON output says the reasons from their entries (pretty-output.ts): 'on-read'
    return classifyWith(element, options, words);
  } catch (error) {
    if (!(error instanceof AssessmentError)) throw error;
    return {
      id: idOf(element),
      error: { message: summarize(error.issues, lang), issues: error.issues },
    };
  }
}

function isInvalid(r: ClassifyOutput): r is InvalidElement {
  return 'error' in r;
}

/** Counts per outcome for the table's last lines. */
interface Tally {
  levels: Record<Level, number>;
  notRated: number;
  notReviewed: number;
  invalid: number;
  needsJudgment: number;
  total: number;
}

function newTally(): Tally {
  return {
    levels: { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 },
    notRated: 0,
    notReviewed: 0,
    invalid: 0,
    needsJudgment: 0,
    total: 0,
  };
}

function count(t: Tally, r: ClassifyOutput): void {
  t.total++;
  if (isInvalid(r)) t.invalid++;
  else if (r.status === 'not-reviewed') t.notReviewed++;
  else if (r.status === 'not-rated') t.notRated++;
  else if (r.level) t.levels[r.level]++;
  if (!isInvalid(r) && r.needsJudgment) t.needsJudgment++;
}

/** The human lines for one element: a head line, then the reasons (or issues) indented. */
function renderElement(r: ClassifyOutput, lang: Lang): string {
  if (isInvalid(r)) {
    const head = `${r.id ?? '(?)'}  ✗ ${WORDS.invalid[lang]}`;
    const issues = issueLines(r.error.issues, lang).map((l) => `    ${l}\n`);
    return `${head}\n${issues.join('')}`;
  }
  const outcome =
    r.status === 'rated' && r.level
      ? levelLabel(r.level, lang)
      : r.status === 'not-rated'
        ? WORDS.notRated[lang]
        : WORDS.notReviewed[lang];
  const parts = [r.id, outcome];
  if (r.points !== undefined) parts.push(`${r.points} ${WORDS.points[lang]}`);
  if (r.needsJudgment) parts.push(WORDS.judgment[lang]);
  const width = Math.max(...r.reasons.map((x) => x.rule.length));
  const reasons = r.reasons.map(
    (x) => `    ${pad(x.rule, width)}  [${EFFECT_TEXT[x.effect][lang]}] ${x.message[lang]}`,
  );
  return `${parts.join('  ')}  (${r.ruleSet})\n${reasons.map((l) => `${l}\n`).join('')}`;
}

function renderTally(t: Tally, lang: Lang): string {
  const rows: Array<[string, number]> = [
    ...LEVELS.map((l): [string, number] => [levelLabel(l, lang), t.levels[l]]),
    [WORDS.notRated[lang], t.notRated],
    [WORDS.notReviewed[lang], t.notReviewed],
    [WORDS.invalid[lang], t.invalid],
    [WORDS.total[lang], t.total],
  ];
  const width = Math.max(...rows.map(([label]) => [...label].length));
  const lines = rows.map(([label, n]) => `  ${pad(label, width)}  ${String(n).padStart(6)}`);
  const judgment = `  ${pad(WORDS.needsJudgment[lang], width)}  ${String(t.needsJudgment).padStart(6)}`;
  return `\n${WORDS.summary[lang]}:\n${lines.join('\n')}\n${judgment}\n`;
}

/** Streams the results: JSON element by element, or the table with a tally at the end. */
function emit(
  elements: JsonElements,
  options: ClassifyOptions,
  ctx: CliContext,
  out: Writer,
): number {
  const table = wantsTable(ctx);
  const json = table ? undefined : prettyArray(createByteWriter(ctx.io));
  const tally = newTally();
  for (let i = 0; i < elements.length; i++) {
    const result = classifyElement(elements.at(i), options, ctx.lang, json ? 'on-read' : 'now');
    count(tally, result);
    if (json) json.item(result);
    else out.write(renderElement(result, ctx.lang));
  }
  if (json) json.end();
  else {
    out.write(renderTally(tally, ctx.lang));
    out.flush();
  }
  return tally.invalid > 0 ? EXIT.someInvalid : EXIT.ok;
}

/** The facts of an assessment a result row carries (classify validated them). */
function factsOf(element: unknown): ClassifiedAssessment['assessment'] {
  const a = element as Record<string, unknown>;
  const pick = (k: string) => (typeof a[k] === 'string' ? { [k]: a[k] } : {});
  return {
    id: a.id as string,
    kind: a.kind as ClassifiedAssessment['assessment']['kind'],
    role: a.role as ClassifiedAssessment['assessment']['role'],
    ...pick('regime'),
    ...pick('employment'),
    ...pick('unitId'),
    ...pick('headOfUnitId'),
    ...pick('group'),
  };
}

/**
 * `--rows`: the result rows `kiemdiem check` reads, in place of the classifications (issue 10:
 * the pipeline `classify --rows | check -`). A subject not rated gives no row; an invalid element
 * gives none either and is named on standard error, with its issues.
 */
function emitRows(
  elements: JsonElements,
  options: ClassifyOptions,
  ctx: CliContext,
  out: Writer,
): number {
  const json = jsonArrayWriter(out);
  let invalid = 0;
  for (let i = 0; i < elements.length; i++) {
    const element = elements.at(i);
    const result = classifyElement(element, options, ctx.lang);
    if (isInvalid(result)) {
      invalid++;
      ctx.io.stderr(`kiemdiem classify: [${i}] ${result.id ?? '(?)'}: ${result.error.message}\n`);
      continue;
    }
    for (const row of resultRowsFrom([{ assessment: factsOf(element), classification: result }]))
      json.item(row);
  }
  json.end();
  return invalid > 0 ? EXIT.someInvalid : EXIT.ok;
}

/** `kiemdiem classify FILE|-`: a JSON array of assessments in, element for element out. */
export const classifyCommand: Command = async (argv, ctx) => {
  const parsed = parseCommandArgs(argv, classifyHelp);
  if (!parsed.ok) return unusable(ctx, 'classify', parsed.problem, USAGE);
  const { positional, options } = parsed.args;
  if (positional.length !== 1) {
    return unusable(
      ctx,
      'classify',
      text(
        'cần đúng một tệp đầu vào (hoặc - cho đầu vào chuẩn)',
        'expects exactly one input file (or - for standard input)',
      ),
      USAGE,
    );
  }
  if (options['--rows'] !== undefined && ctx.table === true) {
    return unusable(
      ctx,
      'classify',
      text(
        '--rows và --table không dùng cùng nhau: các dòng kết quả là JSON',
        '--rows and --table conflict: the result rows are JSON',
      ),
      USAGE,
    );
  }
  const ruleSet = checkRuleSetId(ctx, 'classify', options['--rule-set']);
  if (!ruleSet.ok) return ruleSet.code;
  const reviewDate = options['--review-date'];
  if (reviewDate !== undefined && !IsoDate.safeParse(reviewDate).success) {
    return unusable(
      ctx,
      'classify',
      text(
        `--review-date phải là một ngày YYYY-MM-DD có thật: "${reviewDate}"`,
        `--review-date must be a real date written YYYY-MM-DD: "${reviewDate}"`,
      ),
    );
  }
  const profile = await readProfile(ctx, 'classify', options['--profile']);
  if (!profile.ok) return profile.code;
  const input = await readJsonElements(
    ctx,
    'classify',
    positional[0]!,
    text('các bản đánh giá', 'assessments'),
  );
  if (!input.ok) return input.code;
  const classifyOptions: ClassifyOptions = {
    ...(ruleSet.value ? { ruleSet: ruleSet.value } : {}),
    ...(reviewDate ? { reviewDate } : {}),
    ...(profile.value ? { profile: profile.value } : {}),
  };
  const out = createWriter(ctx.io);
  if (options['--rows'] !== undefined) return emitRows(input.value, classifyOptions, ctx, out);
  return emit(input.value, classifyOptions, ctx, out);
};
