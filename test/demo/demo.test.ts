import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCycle } from '../../src/demo/cycle.js';
import { konTumScript } from '../../src/demo/kon-tum/script.js';
import { type DemoResult, runDemo } from '../../src/demo/run.js';
import { summaryTable } from '../../src/demo/table.js';
import { APPENDIX_COLUMNS, LEVELS, parseSummary, SUMMARY_LABELS } from '../../src/index.js';
import { run } from '../cli/fake-io.js';
import { recount, tally } from './recount.js';

const script = konTumScript();
let dir: string;
let result: DemoResult;

beforeAll(async () => {
  dir = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-'));
  result = await runDemo(script, { out: dir, createCycle: demoCycle });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('kiemdiem demo: the seed’s 2024 cycle end to end', () => {
  it('plays every event as the script expects, refusals included, every review ended', () => {
    expect(result.play.surprises).toEqual([]);
    // The refusals the script sends on purpose: X-ORDER, the incomplete dossier, FINALIZE early.
    expect(result.play.refused).toBe(3);
    const ended = result.summary.appendix.filter((e) => e.status !== 'rated' || e.level);
    expect(ended).toHaveLength(190);
  });

  it('writes the four files, and audit.jsonl has one entry per line, each naming its subject', () => {
    expect(readdirSync(dir).sort()).toEqual(
      ['audit.jsonl', 'summary.csv', 'summary.json', 'summary.xlsx'].sort(),
    );
    const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(result.auditEntries);
    for (const line of lines) expect(JSON.parse(line).subjectId).toEqual(expect.any(String));
  });

  it('summarizes what an independent recount of audit.jsonl gives, group by group', () => {
    const counted = tally(recount(join(dir, 'audit.jsonl'), script.definition), script.definition);
    const summary = parseSummary(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')));
    expect(summary).toEqual(result.summary);
    const check = (name: string, c: (typeof summary)['totals']) => {
      const t = counted.get(name) ?? {};
      expect({
        name,
        subjects: c.subjects,
        notReviewed: c.notReviewed,
        notRated: c.notRated,
      }).toEqual({
        name,
        subjects: t.subjects ?? 0,
        notReviewed: t['not-reviewed'] ?? 0,
        notRated: t['not-rated'] ?? 0,
      });
      for (const l of c.levels)
        expect([name, l.level, l.count]).toEqual([name, l.level, t[l.level] ?? 0]);
      expect(t.open).toBeUndefined();
    };
    for (const g of summary.groups) check(g.group, g.counts);
    check('*', summary.totals);
  });

  it('recognises the seed’s cycle: the late and missing units, the override, the second recipient', () => {
    const s = result.summary;
    expect(s.year).toBe(2024);
    expect(s.dossiers.late.map((d) => d.unitName)).toEqual(['Hội Nhà báo tỉnh']);
    expect(s.dossiers.missing.map((d) => d.unitName)).toEqual([
      'Công ty cổ phần Môi trường đô thị Kon Tum',
    ]);
    const quota = s.groups.find((g) => g.group === 'tap-the-lanh-dao-don-vi-truc-thuoc');
    expect(quota?.quota).toBe('overridden');
    expect(s.checks.quota.every((f) => f.severity === 'warning')).toBe(true);
    const btv = s.recipients.find((r) => r.recipient === 'ban-to-chuc-tinh-uy');
    expect(btv?.subjects).toHaveLength(19);
    expect(s.notReviewed.map((e) => e.reason.vi)).toEqual(['đang bị đình chỉ sinh hoạt đảng']);
  });

  it('names the groups, the scopes and who allowed each result above the quota', () => {
    const s = result.summary;
    expect(s.groups.map((g) => g.name?.vi)).toEqual([
      'Tập thể lãnh đạo các sở, ban, ngành',
      'Người đứng đầu các sở, ban, ngành',
      'Cấp phó của người đứng đầu các sở, ban, ngành',
      'Tập thể lãnh đạo đơn vị trực thuộc sở, ban, ngành',
      'Lãnh đạo đơn vị trực thuộc sở, ban, ngành',
    ]);
    expect(s.scopes?.find((x) => x.id === 'btv-tinh-uy')?.name.vi).toBe(
      'Diện Ban Thường vụ Tỉnh ủy quản lý',
    );
    expect(s.overrides?.map((o) => [o.group, o.limit, o.actual, o.by, o.byName.vi])).toEqual([
      ['tap-the-lanh-dao-don-vi-truc-thuoc', 3, 4, 'so-y-te.truong', 'Giám đốc Sở Y tế'],
      ['tap-the-lanh-dao-don-vi-truc-thuoc', 3, 4, 'so-y-te.truong', 'Giám đốc Sở Y tế'],
    ]);
    const table = summaryTable(s, 'vi');
    expect(table).toContain('Tính đến ngày 29-11-2024');
    expect(table).toContain('Nộp chậm: Hội Nhà báo tỉnh (10:31 ngày 26-11-2024)');
    expect(table).toContain(
      '  Tập thể lãnh đạo Bệnh viện Đa khoa tỉnh — Cấp có thẩm quyền cho phép: Giám đốc Sở Y tế.',
    );
    expect(table).not.toMatch(/tap-the-|btv-tinh-uy|\d{4}-\d{2}-\d{2}/);
    expect(summaryTable(s, 'en')).toContain('As of 29 November 2024');
  });

  it('holds the same numbers in summary.xlsx, read back with exceljs', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'summary.xlsx'));
    const sheet = book.getWorksheet(SUMMARY_LABELS.overview.vi);
    expect(sheet).toBeDefined();
    expect(book.worksheets.map((w) => w.name).slice(1)).toEqual([
      'Tập thể lãnh đạo các sở, ban…',
      'Người đứng đầu các sở, ban…',
      'Cấp phó của người đứng đầu các…',
      'Tập thể lãnh đạo đơn vị trực…',
      'Lãnh đạo đơn vị trực thuộc sở…',
    ]);
    expect(book.worksheets[4]?.getCell('A2').value).toBe(
      'Nhóm: Tập thể lãnh đạo đơn vị trực thuộc sở, ban, ngành',
    );
    const counted = tally(recount(join(dir, 'audit.jsonl'), script.definition), script.definition);
    result.summary.groups.forEach((g, i) => {
      const row = sheet?.getRow(7 + i);
      const t = counted.get(g.group) ?? {};
      expect(row?.getCell(2).value).toBe(g.name?.vi);
      expect(row?.getCell(3).value).toBe(t.subjects);
      LEVELS.forEach((level, j) => {
        expect([g.group, level, row?.getCell(5 + j * 2).value]).toEqual([
          g.group,
          level,
          t[level] ?? 0,
        ]);
      });
      expect(row?.getCell(14).value).toBe(t['not-reviewed'] ?? 0);
    });
  });

  it('is what README shows of its output (the title, the table, dossiers, findings, recipients)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = summaryTable(result.summary, 'vi').split('\n');
    const from = table.findIndex((l) => l.startsWith('Kiểm điểm, đánh giá, xếp loại'));
    const to = table.findIndex((l) => l.startsWith('Nơi nhận Ban Tổ chức Tỉnh ủy:'));
    expect(to).toBeGreaterThan(from);
    expect(readme).toContain(table.slice(from, to + 1).join('\n'));
  });

  it('parses summary.csv back to the appendix rows', () => {
    const text = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(text.slice(1));
    expect(head).toEqual(APPENDIX_COLUMNS.map((c) => SUMMARY_LABELS[c.key].vi));
    expect(rows).toEqual(
      result.summary.appendix.map((e) =>
        APPENDIX_COLUMNS.map((c) => String(c.cell(e, result.summary))),
      ),
    );
    expect(rows).toHaveLength(190);
  });
});

describe('kiemdiem demo on the command line', () => {
  it('leaves the four files from the built dist/cli.js, run as a child process', () => {
    const out = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-bin-'));
    try {
      const child = spawnSync(process.execPath, ['dist/cli.js', 'demo', '--out', out], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      for (const f of ['summary.json', 'summary.csv', 'summary.xlsx', 'audit.jsonl'])
        expect(existsSync(join(out, f))).toBe(true);
      // Piped: one plain progress line per day, then the table.
      expect(child.stdout).toMatch(/^23-10-2024 +\d+%/m);
      expect(child.stdout).toContain('Tổng cộng');
      expect(child.stdout).not.toContain('\r');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs a synthetic province under QĐ 366 for 2026, the computed 2027 holidays marked', async () => {
    const out = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-366-'));
    try {
      const r = await run(['demo', '--profile', 'generic-qd366', '--year', '2026', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const summary = parseSummary(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));
      expect(summary.year).toBe(2026);
      expect(summary.appendix.every((e) => e.ruleSet === 'qd366-2025')).toBe(true);
      expect(r.stdout).toMatch(
        /2027-01-01 {2}Tết Dương lịch \(tính toán, chưa có thông báo chính thức\)/,
      );
      expect(r.stdout).toMatch(/2027-02-0\d {2}Tết Nguyên đán.*\(tính toán/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses an unknown profile, a bad year and a stray argument (exit 2), in both languages', async () => {
    for (const argv of [
      ['demo', '--profile', 'nowhere'],
      ['demo', '--year', '20x6', '--profile', 'generic-qd366'],
      ['demo', 'file.json'],
    ]) {
      const vi = await run(argv);
      const en = await run([...argv, '--lang', 'en']);
      expect([vi.code, en.code]).toEqual([2, 2]);
      expect(vi.stderr).not.toBe(en.stderr);
    }
  });
});
