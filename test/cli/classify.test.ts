import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InvalidElement } from '../../src/cli/commands/classify.js';
import {
  type AssessmentInput,
  type Classification,
  classify,
  levelLabel,
} from '../../src/index.js';
import { run } from './fake-io.js';

const EXAMPLE = 'examples/assessments.json';
const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-classify-'));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const leader2025: AssessmentInput = {
  id: 'so-noi-vu/giam-doc',
  kind: 'individual',
  role: 'leader',
  year: 2025,
  points: { general: 28, tasks: 64 },
  tasks: { total: 20, completed: 20, onTime: 19, exceeded: 7 },
  // Rev 2 (Q366-LEAD-UNIT-BASIS): a leader's task conditions are read on the led unit, 38/40 on time.
  unit: { tasks: { total: 40, completed: 40, onTime: 38, exceeded: 13 } },
  confidence: { low: 3, total: 21 },
};
const member2024: AssessmentInput = {
  id: 'so-y-te/chuyen-vien',
  kind: 'individual',
  role: 'member',
  year: 2024,
  criteria: { taskResults: 'GOOD' },
  tasks: { total: 9, completed: 9, onTime: 9, exceeded: 2 },
  party: { admittedOn: '2024-10-01' },
};
const valid = file('valid.json', JSON.stringify([leader2025, member2024]));

type Output = Classification | InvalidElement;

describe('kiemdiem classify (JSON)', () => {
  it('prints a pretty JSON array, element for element, equal to classify() — exit 0', async () => {
    const r = await run(['classify', valid]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const expected = [classify(leader2025), classify(member2024)];
    expect(r.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints the table when piped if --table is given', async () => {
    const r = await run(['classify', valid, '--table'], { isTTY: false });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect(r.stdout).toContain(leader2025.id);
    expect(r.stdout).toContain('Tổng hợp');
  });

  it('prints JSON on a terminal when --json is given', async () => {
    const r = await run(['classify', valid, '--json'], { isTTY: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Output[]).map((o) => o.id)).toEqual([
      leader2025.id,
      member2024.id,
    ]);
  });

  it('gives Vietnamese level names and exactly one located error for the example file — exit 1', async () => {
    const json = await run(['classify', EXAMPLE]);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout) as Output[];
    const invalid = out.filter((o): o is InvalidElement => 'error' in o);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.id).toBe('2024/so-xay-dung/pho-giam-doc');
    expect(invalid[0]!.error.issues.map((i) => i.path)).toEqual([['tasks', 'completed']]);
    expect(invalid[0]!.error.message).toContain('Số hoàn thành (26) lớn hơn tổng số (24)');

    const table = await run(['classify', EXAMPLE], { isTTY: true });
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('2024/so-noi-vu/tap-the-lanh-dao  Hoàn thành xuất sắc nhiệm vụ');
    expect(table.stdout).toContain('2024/so-y-te/tap-the-lanh-dao  Không hoàn thành nhiệm vụ');
    expect(table.stdout).toContain('Không kiểm điểm (loại trừ)');
    expect(table.stdout).toContain('⚑ cần cấp có thẩm quyền xem xét');
    expect(table.stdout).toMatch(/Dữ liệu không hợp lệ\s+1\n/);
    expect(table.stdout).toMatch(/Tổng số\s+25\n/);
  });

  it('reads --review-date, --rule-set and --profile', async () => {
    const byDefault = JSON.parse((await run(['classify', valid])).stdout) as Classification[];
    expect(byDefault[1]!.status).toBe('not-reviewed'); // admitted 2024-10-01, review 2024-12-31
    const late = JSON.parse(
      (await run(['classify', valid, '--review-date', '2025-04-01'])).stdout,
    ) as Classification[];
    expect(late[1]!.status).toBe('rated');

    const asQd366 = await run([
      'classify',
      file(
        'one.json',
        JSON.stringify([{ ...member2024, party: undefined, points: { total: 75 } }]),
      ),
      '--rule-set',
      'qd366-2025',
    ]);
    expect((JSON.parse(asQd366.stdout) as Classification[])[0]!.ruleSet).toBe('qd366-2025');

    const sick = file(
      'sick.json',
      JSON.stringify([{ ...member2024, party: undefined, service: { sickLeaveMonths: 4 } }]),
    );
    const capped = JSON.parse((await run(['classify', sick])).stdout) as Classification[];
    expect(capped[0]!.level).toBe('COMPLETED');
    const profile = file(
      'profile.json',
      JSON.stringify({ id: 'tinh-x', rules: { 'Q124-LEAVE': false } }),
    );
    const uncapped = JSON.parse(
      (await run(['classify', sick, '--profile', profile])).stdout,
    ) as Classification[];
    expect(uncapped[0]!.level).toBe('GOOD');
  });

  it('reads standard input for -', async () => {
    const r = await run(['classify', '-'], { stdin: JSON.stringify([leader2025]) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Classification[])[0]!.level).toBe('COMPLETED');
  });

  it('gives id null for an invalid element without a string id', async () => {
    const r = await run(['classify', file('odd.json', '[5, {"id": 7}]')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as InvalidElement[];
    expect(out.map((o) => o.id)).toEqual([null, null]);
    expect(out[0]!.error.issues.length).toBeGreaterThan(0);
  });

  it('prints [] for an empty array — exit 0', async () => {
    const r = await run(['classify', file('empty.json', '[]')]);
    expect(r).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});

describe('kiemdiem classify (table)', () => {
  it('shows level, points, reasons with rule ids and a count per level, in Vietnamese', async () => {
    const r = await run(['classify', valid], { isTTY: true });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`so-noi-vu/giam-doc  ${levelLabel('COMPLETED')}  92 điểm  (qd366-2025)`);
    expect(lines[1]).toMatch(/^ {4}Q366-COMP\s+\[đạt\] Hoàn thành: từ 50 điểm/);
    expect(r.stdout).toMatch(/Q366-GOOD-LEAD\s+\[giới hạn\] .*đúng hạn 38\/40/);
    expect(r.stdout).toContain('Tổng hợp:');
    expect(r.stdout).toMatch(/Hoàn thành nhiệm vụ\s+1\n/);
    expect(r.stdout).toMatch(/Hoàn thành xuất sắc nhiệm vụ\s+0\n/);
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'classify', valid], { isTTY: true });
    expect(r.stdout).toContain(`so-noi-vu/giam-doc  ${levelLabel('COMPLETED', 'en')}  92 points`);
    expect(r.stdout).toMatch(/Q366-GOOD-LEAD\s+\[caps\] Leader: the led unit completed 100%/);
    expect(r.stdout).toContain('Summary:');
    expect(r.stdout).not.toContain('Tổng hợp');
  });

  it('lists the issues of an invalid element under its id', async () => {
    const bad = file(
      'bad.json',
      JSON.stringify([
        { ...member2024, tasks: { total: 3, completed: 5, onTime: 0, exceeded: 0 } },
      ]),
    );
    const r = await run(['classify', bad, '--lang', 'en'], { isTTY: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'so-y-te/chuyen-vien  ✗ Invalid input\n    tasks.completed: completed (5) exceeds total (3).',
    );
  });
});

describe('kiemdiem classify — unusable input (exit 2)', () => {
  it.each([
    ['not JSON', ['classify', file('broken.json', '[{"id": ')], 'không phải JSON hợp lệ'],
    ['a missing file', ['classify', join(dir, 'nope.json')], 'không có tệp'],
    ['not an array', ['classify', file('object.json', '{"id": "x"}')], 'phải là một mảng JSON'],
    ['no file argument', ['classify'], 'cần đúng một tệp'],
    ['an unknown option', ['classify', valid, '--colour', 'red'], 'tuỳ chọn không được hỗ trợ'],
    [
      'an unknown rule set',
      ['classify', valid, '--rule-set', 'qd999'],
      'không có bộ quy tắc "qd999"',
    ],
    [
      'an unknown rule set',
      ['classify', valid, '--rule-set', 'qd999'],
      'không có bộ quy tắc "qd999"',
    ],
    ['a bad review date', ['classify', valid, '--review-date', '2025-02-30'], '--review-date'],
    ['a missing profile', ['classify', valid, '--profile', join(dir, 'none.json')], 'không có tệp'],
    [
      'an invalid profile',
      ['classify', valid, '--profile', file('bad-profile.json', '{"rules": {"Q366-EXC": false}}')],
      'rules.Q366-EXC',
    ],
  ])('%s', async (_name, argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('says it in English with --lang en', async () => {
    const missing = await run(['classify', join(dir, 'nope.json'), '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const notArray = await run(['--lang', 'en', 'classify', file('number.json', '42')]);
    expect(notArray.stderr).toContain('must be a JSON array of assessments; got a number');
  });
});
