import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResultRowInput, Violation } from '../../src/index.js';
import { run } from './fake-io.js';

const EXAMPLE = 'examples/results.json';
const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-check-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const collective: ResultRowInput = {
  id: 'so-a/ld',
  kind: 'collective',
  role: 'leadership',
  unitId: 'so-a',
  level: 'GOOD',
};
const head: ResultRowInput = {
  id: 'so-a/gd',
  kind: 'individual',
  role: 'leader',
  group: 'gd',
  headOfUnitId: 'so-a',
  level: 'EXCELLENT',
};
// Five GOOD heads elsewhere keep the one EXCELLENT head within the 20% quota of the group.
const others = [1, 2, 3, 4, 5].map(
  (i): ResultRowInput => ({ ...head, id: `so-${i}/gd`, headOfUnitId: `so-${i}`, level: 'GOOD' }),
);
const headAbove = file('head-above.json', [collective, head, ...others]);

// The example rows (the pipeline's output on examples/assessments.json), with one level decided
// above the computed one and no override: the quota of so-nganh and X-DECISION are errors.
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as ResultRowInput[];
const promoted = file(
  'promoted.json',
  example.map((r) =>
    r.id === '2024/so-ke-hoach-dau-tu/tap-the-lanh-dao' ? { ...r, level: 'EXCELLENT' } : r,
  ),
);

describe('kiemdiem check', () => {
  it('reports the example set: its one X-HEAD-CAP warning — exit 0', async () => {
    const r = await run(['check', EXAMPLE]);
    expect(r.code).toBe(0);
    const violations = JSON.parse(r.stdout) as Violation[];
    expect(violations.map((v) => [v.rule, v.severity, v.subjects])).toEqual([
      ['X-HEAD-CAP', 'warning', ['2024/so-y-te/giam-doc', '2024/so-y-te/tap-the-lanh-dao']],
    ]);
  });

  it('prints a table on a terminal, in Vietnamese by default and English with --lang en', async () => {
    const vi = await run(['check', EXAMPLE], { isTTY: true });
    expect(vi.stdout).toContain('CẢNH BÁO  X-HEAD-CAP');
    expect(vi.stdout).toContain('0 lỗi, 1 cảnh báo.');
    const en = await run(['check', EXAMPLE, '--lang', 'en'], { isTTY: true });
    expect(en.stdout).toContain('WARNING  X-HEAD-CAP');
    expect(en.stdout).toContain(
      'The head "2024/so-y-te/giam-doc" (Completed duties) is rated above the leadership collective "2024/so-y-te/tap-the-lanh-dao" (Did not complete duties).',
    );
    expect(en.stdout).toContain('0 error(s), 1 warning(s).');
  });

  it('exits 1 on an error: a level decided above the computed one breaks the quota', async () => {
    const r = await run(['check', promoted]);
    expect(r.code).toBe(1);
    const violations = JSON.parse(r.stdout) as Violation[];
    expect(violations.map((v) => [v.rule, v.severity])).toEqual([
      ['X-QUOTA', 'error'],
      ['X-HEAD-CAP', 'warning'],
      ['X-DECISION', 'error'],
    ]);
    expect(violations[0]).toMatchObject({ group: 'so-nganh', limit: 0, actual: 2 });
    const vi = await run(['check', promoted], { isTTY: true });
    expect(vi.stdout).toContain('LỖI  X-QUOTA  (nhóm so-nganh, giới hạn 0, thực tế 2)');
    expect(vi.stdout).toContain('2 lỗi, 1 cảnh báo.');
    const en = await run(['check', promoted, '--lang', 'en'], { isTTY: true });
    expect(en.stdout).toContain('ERROR  X-QUOTA  (group so-nganh, limit 0, actual 2)');
    expect(en.stdout).toContain('2 error(s), 1 warning(s).');
  });

  it('exits 0 on warnings alone, and on no violation', async () => {
    const warned = await run(['check', headAbove]);
    expect(warned.code).toBe(0);
    expect((JSON.parse(warned.stdout) as Violation[]).map((v) => v.severity)).toEqual(['warning']);
    const clean = await run(
      ['check', file('clean.json', [collective, { ...head, level: 'GOOD' }, ...others])],
      { isTTY: true },
    );
    expect(clean).toEqual({ code: 0, stdout: 'Không có vi phạm.\n', stderr: '' });
  });

  it('reads --profile: a province may raise X-HEAD-CAP to an error', async () => {
    const strict = file('strict.json', { id: 'tinh-x', headCapSeverity: 'error' });
    const r = await run(['check', headAbove, '--profile', strict]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Violation[])[0]).toMatchObject({
      rule: 'X-HEAD-CAP',
      severity: 'error',
    });
  });

  it.each([
    ['not JSON', ['check', file('broken.json', 'nope')], 'không phải JSON hợp lệ'],
    ['a missing file', ['check', join(dir, 'missing.json')], 'không có tệp'],
    [
      'not an array',
      ['check', file('object.json', { rows: [] })],
      'phải là một mảng JSON các dòng kết quả, hoặc một bản tổng hợp (summary.json)',
    ],
    [
      'an invalid row',
      ['check', file('bad-row.json', [{ ...collective, level: 'SUPERB' }])],
      '[0].level',
    ],
    [
      'an invalid profile',
      ['check', headAbove, '--profile', file('p.json', { headCapSeverity: 'loud' })],
      'headCapSeverity',
    ],
  ])('exits 2 on %s', async (_name, argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('says an unusable input in English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'check', file('n.json', '3')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'must be a JSON array of result rows, or a summary (summary.json); got a number',
    );
  });
});
