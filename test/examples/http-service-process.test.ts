import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeErrors } from '../helpers/typecheck.js';
import { A, call, DEFINITION, TOKENS } from './http-fixture.js';

// examples/http-service/main.ts as a process: started on a SQLite file, sent to, stopped with
// SIGTERM and started again on the same file; the store chosen by flag or environment; what it
// cannot use refused with a bilingual reason. Its clock is the system clock (a 2024 cycle run
// late: the events are accepted, their deadlines missed).

const repo = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-http-main-'));
const definition = join(dir, 'definition.json');
const tokens = join(dir, 'tokens.json');
writeFileSync(definition, JSON.stringify(DEFINITION));
writeFileSync(tokens, JSON.stringify(TOKENS));
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  readonly exit: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** The port it listens on, or undefined if it ended first. */
  readonly port: Promise<number | undefined>;
}

function main(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'examples/http-service/main.ts', ...args],
    { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const port = new Promise<number | undefined>((resolve) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /on :(\d+)/.exec(stdout);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', () => resolve(undefined));
  });
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, exit, port };
}

async function started(run: Run): Promise<string> {
  const port = await run.port;
  if (port === undefined) throw new Error(`not started: ${(await run.exit).stderr}`);
  return `http://127.0.0.1:${port}`;
}

async function stopped(run: Run) {
  run.child.kill('SIGTERM');
  return run.exit;
}

const REVIEW = `/reviews/${encodeURIComponent(A)}`;

describe('examples/http-service/main.ts as a process', () => {
  it('stopped with SIGTERM and started again on the same SQLite file, goes on where it was', async () => {
    const db = join(dir, 'restart.db');
    const args = [definition, tokens, '0', '--store', `sqlite:${db}`, '--tick-every', '3600'];
    const first = main(args);
    let base = await started(first);
    const open = { body: { type: 'OPEN_CYCLE' }, key: 'open' };
    expect((await call(base, 't-organizer', 'POST', '/cycle/events', open)).status).toBe(200);
    const event = { body: { type: 'ISSUE_SUGGESTIONS', points: [] }, key: 'sugg-1' };
    const sent = await call(base, 't-superior', 'POST', `${REVIEW}/events`, event);
    expect(sent).toMatchObject({ status: 200, body: { ok: true, stage: 'selfReview' } });
    const before = await call(base, 't-subject', 'GET', REVIEW);
    const end = await stopped(first);
    expect(end).toMatchObject({ code: 0, stderr: '' });
    expect(end.stdout).toContain('stopped');

    const second = main(args);
    base = await started(second);
    expect(await call(base, 't-subject', 'GET', REVIEW)).toMatchObject({
      status: 200,
      body: before.body,
    });
    const again = await call(base, 't-superior', 'POST', `${REVIEW}/events`, event);
    expect(again).toMatchObject({ status: 200, body: { seq: 1, replayed: { code: 'DUPLICATE' } } });
    const self = { body: { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' }, key: 'self-1' };
    expect(await call(base, 't-subject', 'POST', `${REVIEW}/events`, self)).toMatchObject({
      status: 200,
      body: { ok: true, seq: 2 },
    });
    expect(await stopped(second)).toMatchObject({ code: 0, stderr: '' });
  }, 60_000);

  it('runs on the store $KIEMDIEM_STORE names, or in memory when asked', async () => {
    const db = join(dir, 'env.db');
    const onEnv = main([definition, tokens, '0'], { KIEMDIEM_STORE: `sqlite:${db}` });
    const base = await started(onEnv);
    expect((await call(base, 't-subject', 'GET', '/tasks')).status).toBe(200);
    expect(existsSync(db)).toBe(true);
    expect((await stopped(onEnv)).code).toBe(0);

    const memory = main([definition, tokens, '0', '--store', 'memory']);
    const mem = await started(memory);
    const open = { body: { type: 'OPEN_CYCLE' }, key: 'open' };
    expect((await call(mem, 't-organizer', 'POST', '/cycle/events', open)).status).toBe(200);
    expect((await stopped(memory)).stdout).toContain('store memory');
  }, 60_000);

  it('refuses what it cannot use with a bilingual reason, exit 2', async () => {
    const bad = join(dir, 'bad-definition.json');
    writeFileSync(bad, JSON.stringify({ ...DEFINITION, year: 'last year' }));
    const badTokens = join(dir, 'bad-tokens.json');
    writeFileSync(badTokens, JSON.stringify({ t: 'p/x' }));
    const runs = [
      [[definition, tokens, '0', '--store', 'mysql://x'], 'Kho phải là', 'The store must be'],
      [[bad, tokens, '0', '--store', 'memory'], 'không hợp lệ', 'year'],
      [[definition, badTokens, '0', '--store', 'memory'], 'bảng mã truy cập', 'token table'],
      [[definition, tokens, 'eighty'], 'Cổng không hợp lệ', 'Not a port'],
      [[definition, tokens, '0', '--colour'], 'Tham số không hợp lệ', "Unknown option '--colour'"],
      [
        [join(dir, 'none.json'), tokens],
        'Không đọc được tệp định nghĩa đợt',
        'Cannot read the cycle',
      ],
      [[definition], 'Cách dùng', 'Usage'],
    ] as const;
    for (const [args, vi, en] of runs) {
      const end = await main([...args]).exit;
      expect(end.code, end.stderr).toBe(2);
      expect(end.stderr).toContain(vi);
      expect(end.stderr).toContain(en);
    }
  }, 60_000);

  it('type-checks as a host would compile it (against the built package)', () => {
    expect(typeErrors(join(repo, 'examples/http-service/main.ts'))).toEqual([]);
  }, 60_000);
});
