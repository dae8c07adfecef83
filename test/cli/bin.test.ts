import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Smoke test of the built executable. `npm test` builds before it runs vitest, so dist/cli.js is
// the current build; the commands themselves are tested in-process. Run `npm run build` first when
// running this file alone.
const BIN = 'dist/cli.js';

describe('dist/cli.js', () => {
  it('classifies the example file and exits 1 for its one invalid record', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'classify', 'examples/assessments.json', '--json'],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{ id: string | null; error?: unknown }>;
    expect(out).toHaveLength(25);
    expect(out.filter((o) => o.error)).toHaveLength(1);
  });

  it('prints the rule catalogue and exits 2 on a missing file', () => {
    const rules = JSON.parse(
      execFileSync(process.execPath, [BIN, 'rules', '--json'], { encoding: 'utf8' }),
    ) as unknown[];
    expect(rules.length).toBeGreaterThan(30);
    const missing = spawnSync(
      process.execPath,
      [BIN, 'classify', 'no-such-file.json', '--lang', 'en'],
      { encoding: 'utf8' },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
