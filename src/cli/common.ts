import { formatPath, type InputIssue } from '../core/errors.js';
import { type Lang, type Text, text } from '../core/text.js';
import type { ProfileLike } from '../rules/profile-switches.js';
import { resolveRulesProfile } from '../rules/profile-switches.js';
import { ruleSets } from '../rules/registry.js';
import { RULE_SET_IDS, type RuleSetId } from '../schemas/assessment.js';
import { type CliContext, type CliIo, EXIT } from './io.js';
import { type JsonElements, jsonElements } from './json-elements.js';

// Helpers shared by the commands: reading JSON input, reporting unusable input, buffered output.

/** A value, or the exit code to return after the problem was written to standard error. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: number };

/** Writes `kiemdiem <command>: <problem>` in the chosen language; returns exit code 2. */
export function unusable(ctx: CliContext, command: string, problem: Text, usage?: string): number {
  ctx.io.stderr(`kiemdiem ${command}: ${problem[ctx.lang]}\n`);
  if (usage) ctx.io.stderr(`${usage}\n`);
  return EXIT.unusable;
}

/** Whether to print the human table: on a terminal unless `--json` was given. */
export function wantsTable(ctx: CliContext): boolean {
  return ctx.table === true || (ctx.io.isTTY && !ctx.json);
}

function readProblem(path: string, error: unknown): Text {
  const code = (error as { code?: unknown } | null)?.code;
  const where =
    path === '-' ? text('đầu vào chuẩn', 'standard input') : text(`"${path}"`, `"${path}"`);
  if (code === 'ENOENT') return text(`không có tệp ${where.vi}`, `no such file: ${where.en}`);
  if (code === 'EISDIR')
    return text(`${where.vi} là thư mục, không phải tệp`, `${where.en} is a directory, not a file`);
  const detail = error instanceof Error ? error.message : String(error);
  return text(`không đọc được ${where.vi}: ${detail}`, `cannot read ${where.en}: ${detail}`);
}

/** Reads and parses a JSON file (or `-`); a missing file or bad JSON is reported, exit 2. */
export async function readJson(
  ctx: CliContext,
  command: string,
  path: string,
): Promise<Outcome<unknown>> {
  const raw = await readText(ctx, command, path);
  return raw.ok ? parseJson(ctx, command, path, raw.value) : raw;
}

async function readText(ctx: CliContext, command: string, path: string): Promise<Outcome<string>> {
  try {
    return { ok: true, value: await ctx.io.readInput(path) };
  } catch (error) {
    return { ok: false, code: unusable(ctx, command, readProblem(path, error)) };
  }
}

function parseJson(ctx: CliContext, command: string, path: string, raw: string): Outcome<unknown> {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const where =
      path === '-' ? text('đầu vào chuẩn', 'standard input') : text(`"${path}"`, `"${path}"`);
    return {
      ok: false,
      code: unusable(
        ctx,
        command,
        text(
          `${where.vi} không phải JSON hợp lệ (${detail})`,
          `${where.en} is not valid JSON (${detail})`,
        ),
      ),
    };
  }
}

/** What a JSON value is, for a message (`an object`, `a number`, …). */
export function describeJsonType(value: unknown): Text {
  if (value === null) return text('null', 'null');
  if (typeof value === 'object') return text('một đối tượng', 'an object');
  if (typeof value === 'string') return text('một chuỗi', 'a string');
  if (typeof value === 'number') return text('một số', 'a number');
  return text(typeof value, typeof value);
}

/** Reads a JSON array (of assessments, of result rows); anything else is reported, exit 2. */
export async function readJsonArray(
  ctx: CliContext,
  command: string,
  path: string,
  what: Text,
): Promise<Outcome<unknown[]>> {
  return asArray(ctx, command, what, await readJson(ctx, command, path));
}

/**
 * Like {@link readJsonArray}, but the elements are parsed one at a time as they are read
 * (json-elements.ts); input that is not a JSON array gets the same message as there.
 */
export async function readJsonElements(
  ctx: CliContext,
  command: string,
  path: string,
  what: Text,
): Promise<Outcome<JsonElements>> {
  const raw = await readText(ctx, command, path);
  if (!raw.ok) return raw;
  const elements = jsonElements(raw.value);
  if (elements) return { ok: true, value: elements };
  const read = asArray(ctx, command, what, parseJson(ctx, command, path, raw.value));
  if (!read.ok) return read;
  const list = read.value;
  return { ok: true, value: { length: list.length, at: (i) => list[i] } };
}

function asArray(
  ctx: CliContext,
  command: string,
  what: Text,
  read: Outcome<unknown>,
): Outcome<unknown[]> {
  if (!read.ok) return read;
  if (Array.isArray(read.value)) return { ok: true, value: read.value };
  const got = describeJsonType(read.value);
  return {
    ok: false,
    code: unusable(
      ctx,
      command,
      text(
        `đầu vào phải là một mảng JSON ${what.vi}; nhận được ${got.vi}`,
        `the input must be a JSON array of ${what.en}; got ${got.en}`,
      ),
    ),
  };
}

/** `path: message` per issue, in the chosen language. */
export function issueLines(issues: readonly InputIssue[], lang: Lang): string[] {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message[lang]}`);
}

/**
 * Reads `--profile FILE`: a JSON object whose classification part (rules, headCapSeverity, quota)
 * is checked once here, so a bad profile is one exit-2 message rather than an error per record.
 */
export async function readProfile(
  ctx: CliContext,
  command: string,
  path: string | undefined,
): Promise<Outcome<ProfileLike | undefined>> {
  if (path === undefined) return { ok: true, value: undefined };
  const read = await readJson(ctx, command, path);
  if (!read.ok) return read;
  const value = read.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      code: unusable(
        ctx,
        command,
        text(
          `hồ sơ cấu hình "${path}" phải là một đối tượng JSON`,
          `the profile "${path}" must be a JSON object`,
        ),
      ),
    };
  }
  const profile = value as ProfileLike;
  try {
    resolveRulesProfile(profile);
  } catch (error) {
    const issues = (error as { issues?: readonly InputIssue[] }).issues ?? [];
    const lines = issueLines(issues, ctx.lang)
      .map((l) => `  ${l}`)
      .join('\n');
    return {
      ok: false,
      code: unusable(
        ctx,
        command,
        text(
          `hồ sơ cấu hình "${path}" không hợp lệ:\n${lines}`,
          `invalid profile "${path}":\n${lines}`,
        ),
      ),
    };
  }
  return { ok: true, value: profile };
}

/** Checks `--rule-set ID`: a known id whose table ships in this version; otherwise exit 2. */
export function checkRuleSetId<E extends string = never>(
  ctx: CliContext,
  command: string,
  id: string | undefined,
  extra: readonly E[] = [],
): Outcome<RuleSetId | E | undefined> {
  if (id === undefined) return { ok: true, value: undefined };
  const special = extra.find((e) => e === id);
  if (special !== undefined) return { ok: true, value: special };
  const shipped = Object.keys(ruleSets);
  if ((RULE_SET_IDS as readonly string[]).includes(id) && shipped.includes(id))
    return { ok: true, value: id as RuleSetId };
  const list = [...shipped, ...extra].join(', ');
  const known = (RULE_SET_IDS as readonly string[]).includes(id);
  return {
    ok: false,
    code: unusable(
      ctx,
      command,
      known
        ? text(
            `bộ quy tắc "${id}" chưa có trong phiên bản này (có: ${list})`,
            `rule set "${id}" is not available in this version (available: ${list})`,
          )
        : text(
            `không có bộ quy tắc "${id}" (có: ${list})`,
            `unknown rule set "${id}" (available: ${list})`,
          ),
    ),
  };
}

/** Collects output and hands it to `io.stdout` in chunks of about `size` characters. */
export interface Writer {
  readonly write: (s: string) => void;
  readonly flush: () => void;
}

export function createWriter(io: CliIo, size = 1 << 16): Writer {
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    io.stdout(parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    write: (s) => {
      parts.push(s);
      length += s.length;
      if (length >= size) flush();
    },
    flush,
  };
}

/**
 * Writes a pretty JSON array (2 spaces) as it goes, byte for byte what `JSON.stringify(array,
 * null, 2)` gives, without building one giant string: items are stringified in batches of
 * `batch` (one native call per batch, its brackets cut off), then handed to the writer.
 */
export function jsonArrayWriter(
  out: Writer,
  batch = 256,
): { readonly item: (value: unknown) => void; readonly end: () => void } {
  let pending: unknown[] = [];
  let first = true;
  const drain = () => {
    if (pending.length === 0) return;
    const s = JSON.stringify(pending, null, 2); // "[\n  …\n]"
    out.write(`${first ? '[\n' : ',\n'}${s.slice(2, -2)}`);
    first = false;
    pending = [];
  };
  return {
    item: (value) => {
      pending.push(value);
      if (pending.length >= batch) drain();
    },
    end: () => {
      drain();
      out.write(first ? '[]\n' : '\n]\n');
      out.flush();
    },
  };
}

/** Left-aligns `s` in a column of `width` characters (by code points). */
export function pad(s: string, width: number): string {
  const n = [...s].length;
  return n >= width ? s : s + ' '.repeat(width - n);
}
