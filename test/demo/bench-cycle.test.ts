import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// bench:cycle still runs (tiny sizes, no timing asserts): each size in a child process.

it('bench/cycle.ts runs a tiny province through the whole cycle and prints its rows', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/cycle.ts', '--sizes', '110,220'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(
    / {3}110 subjects: [\d.]+ s wall, [\d.]+ s CPU .* peak RSS \d+ MB .* 0 surprises/,
  );
  expect(run.stdout).toMatch(/110 → 220 \(×2\): wall ×[\d.]+, CPU ×[\d.]+, peak RSS ×[\d.]+/);
}, 120_000);
