import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMON_PRELUDE, HARNESS } from './snippet-harness.js';
import {
  DIST,
  declaredNames,
  markerBefore,
  markOf,
  ROOT,
  type Snippet,
  snippets,
  snippetsOf,
  toPackage,
} from './snippet-source.js';

// Issue 12: every TypeScript snippet of README.md and docs/ runs, against the built package
// imported as a host imports it ('kiemdiem', 'kiemdiem/testing' → dist/, as the type-check
// does). Each snippet is compiled to its own ES module with what the host brings
// (snippet-harness.ts) before it and the harness's checks after it. All plain snippets run in one
// child `node` (snippet-driver.mjs), each in its own working directory; the snippets that are a
// host's test file (they import vitest) run in one child vitest. A snippet that throws fails this
// test with its file, the line and the error. A block marked
// `<!-- snippet: compile-only (reason) -->` is only type-checked, and listed with its reason.

const DIR = join(ROOT, 'node_modules/.cache/kiemdiem-snippets-run');
const DRIVER = join(import.meta.dirname, 'snippet-driver.mjs');
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs');

afterAll(async () => {
  await rm(DIR, { recursive: true, force: true });
});

interface Prepared {
  readonly snippet: Snippet;
  readonly dir: string;
  readonly file: string;
  /** Lines before the snippet's first line in the compiled source (the preludes). */
  readonly offset: number;
  readonly length: number;
}

const lineCount = (s: string) => s.split('\n').length - 1;

/** Writes the snippet, its preludes and checks as `<name>.ts`, compiled beside it to `.mjs`. */
async function prepare(s: Snippet, dir: string, name: string): Promise<Prepared> {
  await mkdir(dir, { recursive: true });
  const harness = HARNESS[s.key];
  await harness?.setup?.(dir);
  const before = `${COMMON_PRELUDE}${harness?.prelude ?? ''}\n`;
  const code = `${before}${s.code}\n${harness?.after ?? ''}\nexport {};\n`;
  const file = join(dir, `${name}.ts`);
  const out = ts.transpileModule(toPackage(code), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      inlineSourceMap: true,
      inlineSources: true,
    },
  });
  await writeFile(file, code);
  await writeFile(join(dir, `${name}.mjs`), out.outputText);
  return { snippet: s, dir, file, offset: lineCount(before), length: lineCount(s.code) };
}

/**
 * Where in the doc an error's stack points: its first frame in the snippet's own lines, else in
 * the harness's check after it, else in the preludes.
 */
function located(p: Prepared, error: string): string {
  const s = p.snippet;
  const file = p.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lines = [...error.matchAll(new RegExp(`${file}:(\\d+)`, 'g'))].map(
    (m) => Number(m[1]) - p.offset,
  );
  const inBlock = lines.find((l) => l >= 1 && l <= p.length);
  const where =
    inBlock !== undefined
      ? `${s.file}:${s.line + inBlock - 1}`
      : lines.some((l) => l > p.length)
        ? `${s.file}:${s.line} (in the harness's check after the block)`
        : lines.length > 0
          ? `${s.file}:${s.line} (in the harness's prelude)`
          : `${s.file}:${s.line}`;
  return `${where} (the block at line ${s.line}, ${s.key}): ${error}`;
}

/** Runs a child process to its end (or kills it after `timeoutMs`); its output and exit code. */
function runChild(
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // The parent's vitest variables would make a child vitest think it is a worker.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'),
    );
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** The plain snippets, in one child node: the failures, located. */
async function runPlain(prepared: readonly Prepared[]): Promise<string[]> {
  if (prepared.length === 0) return [];
  const results = join(DIR, 'results.jsonl');
  await writeFile(results, '');
  const child = await runChild(
    ['--enable-source-maps', DRIVER, results, ...prepared.map((p) => p.dir)],
    DIR,
    90_000,
  );
  const lines = (await readFile(results, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { dir: string | null; ok?: boolean; error?: string });
  const failures: string[] = [];
  for (const p of prepared) {
    const mine = lines.filter((l) => l.dir === p.dir);
    const end = mine.find((l) => l.ok !== undefined);
    if (end?.ok === false) failures.push(located(p, end.error ?? ''));
    else if (!end)
      failures.push(
        located(
          p,
          mine.length > 0
            ? `did not finish (exit ${child.code}): ${child.output.slice(-2000)}`
            : `never started (exit ${child.code}): ${child.output.slice(-2000)}`,
        ),
      );
  }
  for (const l of lines) if (l.dir === null) failures.push(`after every snippet: ${l.error}`);
  return failures;
}

interface VitestReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/** The snippets that are a host's test file, in one child vitest: the failures, located. */
async function runTests(prepared: readonly Prepared[]): Promise<string[]> {
  if (prepared.length === 0) return [];
  const dir = join(DIR, 'vitest');
  const config = join(dir, 'vitest.config.mjs');
  const report = join(dir, 'report.json');
  // Written for the child alone: its files live under node_modules, which vitest skips by default.
  await writeFile(config, "export default { test: { include: ['*.test.mjs'], exclude: [] } };\n");
  const child = await runChild(
    [VITEST, 'run', '--root', dir, '--config', config, '--reporter=json', `--outputFile=${report}`],
    dir,
    120_000,
  );
  const results = existsSync(report)
    ? (JSON.parse(await readFile(report, 'utf8')) as VitestReport).testResults
    : [];
  const failures: string[] = [];
  for (const p of prepared) {
    const mjs = p.file.replace(/\.ts$/, '.mjs');
    const r = results.find((t) => t.name === mjs);
    if (!r) {
      failures.push(located(p, `vitest did not run it (exit ${child.code}): ${child.output}`));
      continue;
    }
    const tests = r.assertionResults;
    const failed = tests.filter((t) => t.status !== 'passed');
    for (const t of failed)
      failures.push(located(p, `${t.fullName}: ${t.failureMessages.join('\n')}`));
    if (failed.length === 0 && (r.status !== 'passed' || tests.length === 0))
      failures.push(located(p, r.message || `no test passed (${r.status})`));
  }
  return failures;
}

describe('docs snippets run (issue 12)', () => {
  it('reads the marker before a block, and refuses one without a reason', () => {
    const doc = [
      'Text.',
      '<!-- snippet: compile-only (needs a PostgreSQL server) -->',
      '',
      '```ts',
      'a();',
      '```',
      '<!-- snippet: compile-only -->',
      '```ts',
      'b();',
      '```',
      '```ts',
      'c();',
      '```',
    ].join('\n');
    const [a, b, c] = snippetsOf('x.md', doc);
    expect([a?.line, a?.key, b?.line, c?.key]).toEqual([5, 'x.md#1', 9, 'x.md#3']);
    expect(markOf(a?.marker)).toEqual({
      kind: 'compile-only',
      reason: 'needs a PostgreSQL server',
    });
    expect(markOf(b?.marker).kind).toBe('bad');
    expect(markOf(c?.marker)).toEqual({ kind: 'run' });
    expect(markOf(markerBefore('<!-- snippet: skip (slow) -->\n')).kind).toBe('bad');
    expect(markOf('compile-only ()').kind).toBe('bad');
  });

  it('every marker is known and gives a reason; compile-only blocks are listed', async () => {
    const all = await snippets();
    const bad: string[] = [];
    for (const s of all) {
      const mark = markOf(s.marker);
      if (mark.kind === 'bad') bad.push(`${s.file}:${s.line}: ${mark.problem}`);
      if (mark.kind === 'compile-only')
        console.info(`compile-only, not run: ${s.file}:${s.line} (${mark.reason})`);
    }
    expect(bad).toEqual([]);
  });

  it('every declaring snippet has a harness for its names, and every harness a snippet', async () => {
    const all = await snippets();
    const problems: string[] = [];
    for (const s of all) {
      const names = declaredNames(s.code);
      const harness = HARNESS[s.key];
      if (markOf(s.marker).kind !== 'run') continue;
      if (names.length > 0 && !harness)
        problems.push(`${s.file}:${s.line} (${s.key}) declares ${names.join(', ')}: no harness`);
      if (harness && JSON.stringify([...harness.declares].sort()) !== JSON.stringify(names))
        problems.push(
          `${s.file}:${s.line} (${s.key}) declares [${names.join(', ')}], its harness [${harness.declares.join(', ')}]`,
        );
    }
    for (const key of Object.keys(HARNESS))
      if (!all.some((s) => s.key === key)) problems.push(`harness ${key}: no such snippet`);
    expect(problems).toEqual([]);
  });

  it.runIf(existsSync(join(DIST, 'index.js')))(
    'every snippet runs against the built package, with what a host brings',
    async () => {
      await rm(DIR, { recursive: true, force: true });
      const all = (await snippets()).filter((s) => markOf(s.marker).kind === 'run');
      const plain: Prepared[] = [];
      const tests: Prepared[] = [];
      for (const [i, s] of all.entries()) {
        if (/from 'vitest'/.test(s.code))
          tests.push(await prepare(s, join(DIR, 'vitest'), `snippet-${i}.test`));
        else plain.push(await prepare(s, join(DIR, `snippet-${i}`), 'snippet'));
      }
      const failures = (await Promise.all([runPlain(plain), runTests(tests)])).flat();
      expect(failures).toEqual([]);
      expect(plain.length + tests.length).toBe(all.length);
    },
    150_000,
  );
});
