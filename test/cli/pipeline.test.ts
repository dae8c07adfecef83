import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResultRow, Violation } from '../../src/index.js';
import { run } from './fake-io.js';

// Issue 10: `kiemdiem classify x.json | kiemdiem check -` had no path from classifications to the
// rows checkResults reads. `classify --rows` writes those rows (the facts from the assessment),
// and `check -` reads them from standard input.

const all = JSON.parse(readFileSync('examples/assessments.json', 'utf8')) as Array<{
  year: number;
}>;
/** One year of the examples: a comparable group holds one rule set. */
const year2024 = JSON.stringify(all.filter((a) => a.year === 2024));

describe('kiemdiem classify --rows | kiemdiem check -', () => {
  it('writes a row per rated subject, with the facts of its assessment', async () => {
    const r = await run(['classify', '-', '--rows'], { stdin: year2024 });
    // the example set holds one invalid assessment: named on stderr, no row, exit 1
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2024/so-xay-dung/pho-giam-doc');
    const rows = JSON.parse(r.stdout) as ResultRow[];
    expect(rows[0]).toEqual({
      id: '2024/so-noi-vu/tap-the-lanh-dao',
      level: 'EXCELLENT',
      kind: 'collective',
      role: 'leadership',
      group: 'so-nganh',
      unitId: 'so-noi-vu',
      ruleSet: 'qd124-2023',
      computedLevel: 'EXCELLENT',
    });
    // the not-reviewed subject gives no row, the invalid one neither
    const ids = rows.map((x) => x.id);
    expect(ids).not.toContain('2024/so-tai-chinh/chuyen-vien-phong-ngan-sach');
    expect(ids).not.toContain('2024/so-xay-dung/pho-giam-doc');
    expect(rows).toHaveLength(all.filter((a) => a.year === 2024).length - 2);
  });

  it('feeds check: the quota of the example groups is checked', async () => {
    const rows = await run(['classify', '-', '--rows'], { stdin: year2024 });
    const r = await run(['check', '-'], { stdin: rows.stdout });
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout) as Violation[];
    expect(found.map((v) => [v.rule, v.group])).toContainEqual(['X-QUOTA', 'so-nganh']);
  });

  it('check names the pipeline when it is given classifications', async () => {
    const classified = await run(['classify', '-'], { stdin: year2024 });
    const r = await run(['check', '-', '--lang', 'en'], { stdin: classified.stdout });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('these are classifications, not result rows');
    expect(r.stderr).toContain('kiemdiem classify FILE --rows | kiemdiem check -');
  });

  it('--rows with --table is a conflict (exit 2)', async () => {
    const r = await run(['classify', '-', '--rows', '--table'], { stdin: year2024 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rows');
  });
});
