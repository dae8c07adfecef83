import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AssessmentInput,
  AssessmentSchema,
  classify,
  type ResultRow,
  type Violation,
} from '../../src/index.js';
import { run } from './fake-io.js';

// Issue 10: `kiemdiem classify x.json --rows | kiemdiem check -` works on the files the repository
// ships. `classify --rows` writes the rows `checkResults` reads (the facts from the assessment,
// the head of unit among them), `check -` reads them from standard input, and
// examples/results.json is exactly those rows, so `check examples/results.json` agrees.

const ASSESSMENTS = 'examples/assessments.json';
const RESULTS = 'examples/results.json';
const all = JSON.parse(readFileSync(ASSESSMENTS, 'utf8')) as AssessmentInput[];
const INVALID = '2024/so-xay-dung/pho-giam-doc';
const EXCLUDED = '2024/so-tai-chinh/chuyen-vien-phong-ngan-sach';
const HEAD = '2024/so-y-te/giam-doc';
const HEADED = '2024/so-y-te/tap-the-lanh-dao';

describe('kiemdiem classify --rows | kiemdiem check - on the shipped examples', () => {
  it('writes a row per rated subject, with the facts of its assessment', async () => {
    const r = await run(['classify', ASSESSMENTS, '--rows']);
    // the example set holds one invalid assessment: named on stderr, no row, exit 1
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `kiemdiem classify: [12] ${INVALID}: Dữ liệu đánh giá không hợp lệ: tasks.completed: Số hoàn thành (26) lớn hơn tổng số (24).\n`,
    );
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
    // the head fact of the assessment reaches its row
    expect(rows.find((x) => x.id === HEAD)).toEqual({
      id: HEAD,
      level: 'COMPLETED',
      kind: 'individual',
      role: 'leader',
      group: 'lanh-dao-so',
      unitId: 'so-y-te',
      headOfUnitId: 'so-y-te',
      ruleSet: 'qd124-2023',
      computedLevel: 'COMPLETED',
    });
    // the not-reviewed subject gives no row, the invalid one neither
    const ids = rows.map((x) => x.id);
    expect(ids).not.toContain(EXCLUDED);
    expect(ids).not.toContain(INVALID);
    expect(rows).toHaveLength(all.length - 2);
    // a comparable group holds one rule set (2025's groups are named apart)
    const sets = new Map<string, Set<string>>();
    for (const row of rows)
      sets.set(row.group!, (sets.get(row.group!) ?? new Set()).add(row.ruleSet!));
    expect([...sets.values()].filter((s) => s.size > 1)).toEqual([]);
  });

  it('check - on them: the one X-HEAD-CAP warning, otherwise clean — exit 0', async () => {
    const rows = await run(['classify', ASSESSMENTS, '--rows']);
    const r = await run(['check', '-'], { stdin: rows.stdout });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Violation[];
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'X-HEAD-CAP',
      severity: 'warning',
      subjects: [HEAD, HEADED],
    });
  });

  it('examples/results.json is the rows classify --rows writes, so check agrees on both', async () => {
    const rows = await run(['classify', ASSESSMENTS, '--rows']);
    expect(readFileSync(RESULTS, 'utf8')).toBe(rows.stdout);
    const piped = await run(['check', '-'], { stdin: rows.stdout, isTTY: true });
    const file = await run(['check', RESULTS], { isTTY: true });
    expect(file).toEqual(piped);
    expect(file.code).toBe(0);
  });

  it('docs/cli.md shows the pipeline with its real output and exit code', async () => {
    const rows = await run(['classify', ASSESSMENTS, '--rows']);
    const check = await run(['check', '-'], { stdin: rows.stdout, isTTY: true });
    const command = `$ kiemdiem classify ${ASSESSMENTS} --rows | kiemdiem check -\n`;
    const shown = `${command}${rows.stderr}${check.stdout}$ echo $?\n${check.code}\n`;
    const block = `\`\`\`text\n${shown}\`\`\``;
    const doc = readFileSync('docs/cli.md', 'utf8');
    expect(doc.includes(block), `docs/cli.md should show, exactly:\n${block}`).toBe(true);
  });

  it('check names the pipeline when it is given classifications', async () => {
    const classified = await run(['classify', ASSESSMENTS]);
    const r = await run(['check', '-', '--lang', 'en'], { stdin: classified.stdout });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('these are classifications, not result rows');
    expect(r.stderr).toContain('kiemdiem classify FILE --rows | kiemdiem check -');
  });

  it('--rows with --table is a conflict (exit 2)', async () => {
    const r = await run(['classify', ASSESSMENTS, '--rows', '--table']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rows');
  });
});

describe('headOfUnitId on an assessment', () => {
  const head = all.find((a) => a.id === HEAD)!;
  const { headOfUnitId: _unit, ...withoutHead } = head;

  it('is accepted, changes no outcome, and reaches the row', async () => {
    expect(head.headOfUnitId).toBe('so-y-te');
    expect(classify(head)).toEqual(classify(withoutHead));
    const r = await run(['classify', '-', '--rows'], {
      stdin: JSON.stringify([{ ...head, headOfUnitId: 'so-khac' }]),
    });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ResultRow[])[0]!.headOfUnitId).toBe('so-khac');
  });

  it('is refused on a collective, located at headOfUnitId, in both languages', () => {
    const collective = all.find((a) => a.id === HEADED)!;
    const parsed = AssessmentSchema.safeParse({ ...collective, headOfUnitId: 'so-y-te' });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues;
    expect(issues.map((i) => i.path)).toEqual([['headOfUnitId']]);
    expect(() => classify({ ...collective, headOfUnitId: 'so-y-te' })).toThrow(
      'Only an individual has headOfUnitId',
    );
  });

  it('an empty headOfUnitId is invalid, never an empty head fact', async () => {
    const r = await run(['classify', '-', '--rows', '--lang', 'en'], {
      stdin: JSON.stringify([{ ...head, headOfUnitId: '' }]),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('[]\n');
    expect(r.stderr).toContain('headOfUnitId: Length must be at least 1.');
  });
});
