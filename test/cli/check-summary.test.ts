import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SummaryRowInput, summarize, summaryJson, type Violation } from '../../src/index.js';
import { run } from './fake-io.js';

// Issue 10: the demo's summary.json is an input of `kiemdiem check`: it prints the findings the
// summary records (computed over the cycle's full rows when it was compiled; see
// src/cli/summary-findings.ts for why not a re-check of the appendix) and exits as for rows.

const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-check-summary-'));
const SUMMARY = join(dir, 'summary.json');

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

interface SummaryChecks {
  asOf: string;
  checks: { quota: Violation[]; headCap: Violation[]; decision: Violation[] };
}
let summary: SummaryChecks & Record<string, unknown>;

const VIOLATION_FIELDS = ['rule', 'severity', 'subjects', 'group', 'limit', 'actual', 'message'];
function violationOf(v: Violation): Violation {
  const fields = VIOLATION_FIELDS.filter((k) => k in v).map((k) => [k, v[k as keyof Violation]]);
  return Object.fromEntries(fields) as Violation;
}

beforeAll(async () => {
  const demo = await run(['demo', '--out', dir, '--json']);
  expect(demo.code).toBe(0);
  summary = JSON.parse(readFileSync(SUMMARY, 'utf8')) as typeof summary;
}, 120_000);

describe('kiemdiem check SUMMARY.json', () => {
  it('prints the findings the demo summary records: two warnings — exit 0', async () => {
    const r = await run(['check', SUMMARY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const found = JSON.parse(r.stdout) as Violation[];
    const { quota, headCap, decision } = summary.checks;
    // each as a Violation: the fields `checkResults` returns (a summary may add others)
    expect(found).toEqual([...quota, ...headCap, ...decision].map(violationOf));
    // the quota breach the authority overrode, and the head above the collective
    expect(found.map((v) => [v.rule, v.severity])).toEqual([
      ['X-QUOTA', 'warning'],
      ['X-HEAD-CAP', 'warning'],
    ]);
    expect(found[1]!.subjects).toEqual([
      'so-tai-nguyen-moi-truong.truong',
      'so-tai-nguyen-moi-truong.tap-the',
    ]);
  });

  it('the table says where the findings come from, in Vietnamese and English', async () => {
    const vi = await run(['check', SUMMARY], { isTTY: true });
    expect(vi.stdout.split('\n')[0]).toBe(
      `Kết quả kiểm tra chéo ghi trong bản tổng hợp (tính đến ngày ${summary.asOf}):`,
    );
    expect(vi.stdout).toContain('0 lỗi, 2 cảnh báo.');
    const en = await run(['check', SUMMARY, '--lang', 'en'], { isTTY: true });
    expect(en.stdout.split('\n')[0]).toBe(
      `Cross-subject findings recorded in the summary (as of ${summary.asOf}):`,
    );
    expect(en.stdout).toContain('0 error(s), 2 warning(s).');
  });

  it('docs/cli.md shows it with its real heading, findings, tally and exit code', async () => {
    const r = await run(['check', SUMMARY], { isTTY: true });
    const doc = readFileSync('docs/cli.md', 'utf8');
    const command = '$ kiemdiem check kiemdiem-out/summary.json\n';
    const at = doc.indexOf(`\`\`\`text\n${command}`);
    expect(at, `docs/cli.md should have a block starting ${command}`).toBeGreaterThan(0);
    const shown = doc.slice(at + 8 + command.length, doc.indexOf('```', at + 8));
    // The messages quote the demo's names (its own business); the finding lines are checked.
    const lines = r.stdout.split('\n');
    const kept = (l: string) => !/^ {4}/.test(l);
    expect(shown.split('\n').filter(kept)).toEqual([
      ...lines.slice(0, -1).filter(kept),
      '$ echo $?',
      String(r.code),
      '',
    ]);
  });

  it('exits 1 when the summary records an error (a quota exceeded without override)', async () => {
    const row = (id: string, level: 'EXCELLENT' | 'GOOD'): SummaryRowInput => ({
      id,
      name: `Tập thể lãnh đạo ${id}`,
      unitId: id,
      unitName: id,
      kind: 'collective',
      role: 'leadership',
      group: 'so-nganh',
      ruleSet: 'qd124-2023',
      status: 'rated',
      level,
    });
    const compiled = summarize({
      year: 2024,
      asOf: '2024-11-29',
      organizer: 'so-noi-vu',
      rows: [row('so-a', 'EXCELLENT'), row('so-b', 'EXCELLENT'), row('so-c', 'GOOD')],
    });
    const r = await run(['check', '-'], { stdin: summaryJson(compiled) });
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout) as Violation[];
    expect(found.map((v) => [v.rule, v.severity, v.group])).toEqual([
      ['X-QUOTA', 'error', 'so-nganh'],
    ]);
  });

  it('reads the summary tolerantly: fields it does not know are ignored', async () => {
    const { quota, headCap, decision } = summary.checks;
    const named = (v: Violation) => ({ ...v, subjectNames: v.subjects.map((s) => `Tên ${s}`) });
    const grown = file('grown.json', {
      ...summary,
      names: { 'so-noi-vu': { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' } },
      checks: { quota: quota.map(named), headCap: headCap.map(named), decision },
    });
    const plain = await run(['check', SUMMARY]);
    expect(plain.code).toBe(0);
    expect((JSON.parse(plain.stdout) as Violation[]).length).toBe(2);
    expect(await run(['check', grown])).toEqual(plain);
  });

  it.each([
    ['--profile', ['--profile', 'profile.json'], 'không dùng với bản tổng hợp'],
    ['--rule-set', ['--rule-set', 'qd124-2023'], 'không dùng với bản tổng hợp'],
  ])(
    'refuses %s with a summary (exit 2): it cannot change the findings',
    async (_n, extra, msg) => {
      const profile = file('profile.json', { id: 'tinh-x', headCapSeverity: 'error' });
      const args = extra.map((a) => (a === 'profile.json' ? profile : a));
      const r = await run(['check', SUMMARY, ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(msg);
      const en = await run(['check', SUMMARY, ...args, '--lang', 'en']);
      expect(en.stderr).toContain('do not apply to a summary');
    },
  );

  it.each([
    [
      'another format',
      () => ({ ...summary, format: 'kiemdiem/summary@9' }),
      'bản tổng hợp có định dạng "kiemdiem/summary@9", phiên bản này chỉ đọc kiemdiem/summary@1',
    ],
    [
      'no checks',
      () => ({ format: summary.format, appendix: [] }),
      'bản tổng hợp không có kết quả kiểm tra đọc được (checks):\n  checks: Thiếu trường bắt buộc.',
    ],
    [
      'a malformed finding',
      () => ({
        ...summary,
        checks: { ...summary.checks, quota: [{ ...summary.checks.quota[0], severity: 'loud' }] },
      }),
      'checks.quota[0].severity',
    ],
  ])('exits 2 on a summary with %s, the problem located', async (_name, make, message) => {
    const r = await run(['check', file('bad-summary.json', make())]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('says a bad summary in English with --lang en', async () => {
    const bad = file('no-checks.json', { format: summary.format });
    const r = await run(['check', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the summary has no readable findings (checks):');
    expect(r.stderr).toContain('checks: Required field is missing.');
  });
});
