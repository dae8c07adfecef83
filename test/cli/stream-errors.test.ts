import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamFailure, stripBom } from '../../src/cli/io.js';
import { run } from './fake-io.js';

// Issue 8, finding 6: `| head` (EPIPE) and `> /dev/full` (ENOSPC) ended in a stack trace with
// exit 1 (the code for "some records invalid"); a file starting with a UTF-8 BOM was "not JSON".
// The spawned checks run the built executable (`npm test` builds first).
const BIN = 'dist/cli.js';

function sh(script: string): { status: number | null; stderr: string } {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('CLI output errors and BOM (issue 8)', () => {
  it('EPIPE (the reader went away) ends quietly with exit 0', () => {
    const r = sh(`node ${BIN} rules --json | true; exit \${PIPESTATUS[0]}`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))(
    'a write error (ENOSPC on /dev/full) is exit 2 with one line, no stack trace',
    () => {
      const r = sh(`node ${BIN} rules --json > /dev/full`);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('cannot write the output (ENOSPC)');
      expect(r.stderr).toContain('không ghi được kết quả');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('streamFailure: EPIPE is quiet, anything else is exit 2 with a message', () => {
    expect(streamFailure({ code: 'EPIPE' })).toEqual({ exitCode: 0 });
    expect(streamFailure({ code: 'EIO' })).toMatchObject({ exitCode: 2 });
    expect(streamFailure(new Error('boom')).message).toContain('boom');
  });

  it('a leading UTF-8 BOM is accepted, in process and by the executable', async () => {
    expect(stripBom('\uFEFF[1]')).toBe('[1]');
    expect(stripBom('[1]')).toBe('[1]');
    const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-bom-'));
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF${readFileSync('examples/assessments.json', 'utf8')}`);
    const inProcess = await run(['classify', path, '--json']);
    expect(inProcess.code).toBe(1); // the example's one invalid record, not "not JSON" (2)
    expect((JSON.parse(inProcess.stdout) as unknown[]).length).toBe(25);
    const spawned = spawnSync(process.execPath, [BIN, 'classify', path, '--json'], {
      encoding: 'utf8',
    });
    expect(spawned.status).toBe(1);
    expect(spawned.stderr).not.toContain('JSON');
  });
});
