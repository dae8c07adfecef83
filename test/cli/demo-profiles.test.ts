import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './fake-io.js';

// Issue 10, item 7: `kiemdiem demo` runs each shipped profile (a synthetic province under
// generic-qd366 and, its civil servants, generic-nd335); a year a profile has no data for is
// refused with exit 2, in Vietnamese and English, before anything is played or written.

describe('kiemdiem demo --profile / --year', () => {
  it('runs a synthetic province’s civil servants under NĐ 335 (generic-nd335), no collectives', async () => {
    const out = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-nd335-'));
    try {
      const vi = await run(['demo', '--profile', 'generic-nd335', '--out', out]);
      expect(vi.code, vi.stderr).toBe(0);
      expect(vi.stdout).toContain('Đánh giá, xếp loại chất lượng công chức năm 2026');
      expect(vi.stdout).toContain('Công chức không giữ chức vụ lãnh đạo, quản lý');
      expect(vi.stdout).toContain(
        '2027-01-01  Tết Dương lịch (tính toán, chưa có thông báo chính thức)',
      );
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
        appendix: Array<{ kind: string; ruleSet?: string; level: string | null }>;
        checks: { quota: Array<{ severity: string }> };
      };
      expect(summary.appendix.length).toBe(160);
      expect(summary.appendix.every((e) => e.kind === 'individual')).toBe(true);
      expect(new Set(summary.appendix.map((e) => e.ruleSet))).toEqual(new Set(['nd335-2025']));
      expect(summary.appendix.some((e) => e.level === 'EXCELLENT')).toBe(true);
      // X-QUOTA holds per group and per agency (NĐ 335 Điều 20 khoản 5a): FINALIZE needed no override
      expect(summary.checks.quota.filter((q) => q.severity === 'error')).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a year the fixed Kon Tum profile has no data for', async () => {
    const en = await run(['demo', '--profile', 'kon-tum-2024', '--year', '2025', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('no bundled profile "kon-tum-2024" for 2025');
    const vi = await run(['demo', '--year', '2023']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('không có hồ sơ cấu hình "kon-tum-2024" cho năm 2023');
  });
});

describe('kiemdiem demo: the situations of the seed’s cycle', () => {
  it('lists each situation with the subjects or units it concerns, by name, before the summary', async () => {
    const out = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-situations-'));
    try {
      const vi = await run(['demo', '--out', out]);
      expect(vi.code).toBe(0);
      const lines = vi.stdout.split('\n');
      const from = lines.indexOf('Các tình huống trong đợt:');
      expect(from).toBeGreaterThan(-1);
      expect(from).toBeLessThan(lines.findIndex((l) => l.startsWith('Nhóm ')));
      expect(lines).toContain(
        '  • Điều động từ Sở Tài chính từ 01-7-2024: hồ sơ có ý kiến của cơ quan cũ: Phó Giám đốc (2) Sở Kế hoạch và Đầu tư',
      );
      expect(lines).toContain('  • Nộp hồ sơ muộn (sau 25-11-2024): Hội Nhà báo tỉnh');
      expect(vi.stdout).toMatch(/Tập thể lãnh đạo Sở Y tế; … \(tất cả 8\)/);
      const en = await run(['demo', '--out', out, '--lang', 'en']);
      expect(en.stdout).toContain('Situations in the cycle:');
      expect(en.stdout).toMatch(/… \(8 in all\)/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
