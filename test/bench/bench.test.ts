import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

// The bench still runs (tiny sizes, no timing asserts): issue 9 asks CI to prove it works.

it('npm run bench code runs on a tiny mix and prints the issue-9 classification rows', () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/run.ts', '--part', 'classify', '--subjects', '40', '--passes', '2'],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('JSON.parse(JSON.stringify(a)) (reference)');
  expect(run.stdout).toMatch(
    /classify\(\) per assessment vs JSON\.parse\(JSON\.stringify\(a\)\) +[\d.]+× +≤ 1\.5× +[✓✗]/,
  );
  expect(run.stdout).toMatch(
    /engine alone \(evaluate, pre-parsed\), assessments\/s +[\d,]+ +≥ 1,000,000 +[✓✗]/,
  );
  expect(run.stdout).toMatch(/where classify's [\d.]+ µs go: validation [\d.]+ µs/);
  expect(run.stdout).toContain('fast validation path only (what classify runs)');
}, 60_000);
