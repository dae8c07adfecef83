import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './fake-io.js';

// Issue 10, item 7: `kiemdiem demo` runs the two party-regime profiles. Another profile or year is
// refused with exit 2, in Vietnamese and English, before anything is played or written.

describe('kiemdiem demo --profile / --year', () => {
  it('refuses the civil-service profile with the way to run one (kiemdiem import)', async () => {
    const out = mkdtempSync(join(os.tmpdir(), 'kiemdiem-demo-nd335-'));
    try {
      const vi = await run(['demo', '--profile', 'generic-nd335', '--out', out]);
      const en = await run(['demo', '--profile', 'generic-nd335', '--out', out, '--lang', 'en']);
      expect([vi.code, en.code]).toEqual([2, 2]);
      expect(vi.stderr).toContain('"generic-nd335" là hồ sơ đánh giá công chức (nd335-2025)');
      expect(en.stderr).toContain('"generic-nd335" is a civil-service profile (nd335-2025)');
      expect(en.stderr).toContain(
        'kiemdiem import list.xlsx --organizer-persons ID --profile generic-nd335',
      );
      expect(existsSync(join(out, 'summary.json'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

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
