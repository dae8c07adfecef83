import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const OUT = join(process.cwd(), 'node_modules/.cache/kiemdiem-faults/child.mjs');

/** Bundles the worker once (plain node starts it in a fraction of tsx's time). */
export async function bundleChild(): Promise<string> {
  await build({
    entryPoints: [join(process.cwd(), 'test/faults/child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    outfile: OUT,
  });
  return OUT;
}

export interface Acked {
  readonly subjectId: string;
  readonly key: string;
  readonly seq: number | null;
}

/** A running worker and the commits it has reported so far. */
export interface Worker {
  readonly child: ChildProcess;
  readonly acked: Acked[];
  readonly problems: string[];
  /** When the first commit was reported and when the worker ended (performance.now()). */
  readonly times: { first: number; end: number };
  /** Resolves when `n` commits are reported (or the worker ends). */
  commits(n: number): Promise<void>;
  exited: Promise<number | null>;
}

export function startWorker(script: string, args: string[]): Worker {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: Acked[] = [];
  const problems: string[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let buffer = '';
  let stderr = '';
  const times = { first: 0, end: 0 };
  const wake = (all = false) => {
    for (const w of [...waiters])
      if (all || acked.length >= w.n) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [tag, subjectId = '', key = '', seq = ''] = line.split(' ');
      if (tag === 'ok' && acked.length === 0) times.first = performance.now();
      if (tag === 'ok') acked.push({ subjectId, key, seq: seq === 'null' ? null : Number(seq) });
      else if (tag !== 'done' && line !== '') problems.push(line);
    }
    wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      times.end = performance.now();
      if (code !== 0 && code !== null) problems.push(`exit ${code}: ${stderr.slice(0, 2000)}`);
      wake(true);
      resolve(code);
    }),
  );
  return {
    child,
    acked,
    problems,
    times,
    exited,
    commits: (n) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        wake(child.exitCode !== null);
      }),
  };
}
