import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

// The CLI row of the bench still runs (tiny size, no timing asserts). It measures the built
// dist/cli.js: `npm test` builds dist/ before the tests; run alone without a build, it is skipped.
const built = existsSync('dist/cli.js');

it.skipIf(!built)(
  'bench/cli.ts runs the built CLI on a small file, prints the row',
  () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/cli.ts', '--records', '300', '--indent', '2'],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/CLI classify of 300 assessments \([\d.]+ MB, indented by 2\)/);
    expect(run.stdout).toMatch(/wall [\d.]+ s \(target < 2 s\) [✓✗]/);
    expect(run.stdout).toMatch(/peak RSS \d+ MB \(target < 300 MB\) [✓✗]/);
  },
  60_000,
);
