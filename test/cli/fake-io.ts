import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A CliIo that reads real files (and `stdin` for `-`) and captures what is written. */
export function fakeIo(options: { isTTY: boolean; stdin?: string }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (s) => {
      out.push(s);
    },
    stderr: (s) => {
      err.push(s);
    },
    readInput: (path) =>
      path === '-' ? Promise.resolve(options.stdin ?? '') : readFile(path, 'utf8'),
    isTTY: options.isTTY,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs the CLI in-process; `isTTY` false (piped) unless asked. */
export async function run(
  argv: readonly string[],
  options: { isTTY?: boolean; stdin?: string } = {},
): Promise<RunResult> {
  const f = fakeIo({
    isTTY: options.isTTY ?? false,
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
  });
  const code = await runCli(argv, f.io);
  return { code, stdout: f.stdout(), stderr: f.stderr() };
}
