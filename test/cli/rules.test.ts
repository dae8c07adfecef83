import { describe, expect, it } from 'vitest';
import { type CatalogueEntry, ruleCatalogue } from '../../src/index.js';
import { run } from './fake-io.js';

describe('kiemdiem rules', () => {
  it('prints every catalogue entry as JSON when piped — exit 0', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const entries = JSON.parse(r.stdout) as CatalogueEntry[];
    expect(entries).toEqual(JSON.parse(JSON.stringify(ruleCatalogue())));
    expect(new Set(entries.map((e) => e.ruleSet))).toEqual(
      new Set(['qd124-2023', 'qd366-2025', 'nd90-2020', 'nd335-2025', 'nd233-2026', 'cross']),
    );
  });

  it('filters by --rule-set, including the cross-subject rules', async () => {
    const one = JSON.parse(
      (await run(['rules', '--rule-set', 'qd366-2025', '--json'], { isTTY: true })).stdout,
    ) as CatalogueEntry[];
    expect(one.length).toBeGreaterThan(10);
    expect(one.every((e) => e.ruleSet === 'qd366-2025')).toBe(true);
    const cross = JSON.parse(
      (await run(['rules', '--rule-set', 'cross'])).stdout,
    ) as CatalogueEntry[];
    expect(cross.map((e) => e.id)).toContain('X-QUOTA');
  });

  it('prints a table per rule set on a terminal, with assumed rules marked as such', async () => {
    const r = await run(['rules'], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'qd124-2023 — Quy định 124-QĐ/TW (04-10-2023), Hướng dẫn 25-HD/BTCTW (10-11-2023) (hiệu lực 2023-10-04 → 2025-08-29)',
    );
    expect(r.stdout).toContain('qd366-2025 — Quy định 366-QĐ/TW');
    expect(r.stdout).toContain('Quy tắc liên đối tượng');
    expect(r.stdout).toMatch(/\nQ124-LEAVE\s+A \(giả định\)\s+Hoàn thành nhiệm vụ\s+cá nhân\n/);
    expect(r.stdout).toMatch(/\nQ366-EXC-COLL\s+C\/A \(một phần giả định\)/);
    expect(r.stdout).toContain('    C/A: giả định: kỷ luật của thành viên do vi phạm ở đơn vị cũ');
    expect(r.stdout).toContain('nd335-2025 — Nghị định 335/2025/NĐ-CP');
    expect(r.stdout).toMatch(/\nQ366-EXC\s+C\s+Hoàn thành xuất sắc nhiệm vụ\s+tất cả\n/);
    expect(r.stdout).toContain('    Căn cứ: QĐ 366-QĐ/TW Điều 11 khoản 1');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['rules', '--rule-set', 'qd124-2023', '--lang', 'en'], { isTTY: true });
    expect(r.stdout).toMatch(/\nQ124-LEAVE\s+A \(assumed\)\s+Completed duties\s+individual\n/);
    expect(r.stdout).toContain('    Citation: HD 21-HD/BTCTW');
    expect(r.stdout).not.toContain('qd366-2025');
  });

  it.each([
    [['rules', '--rule-set', 'qd999'], 'không có bộ quy tắc "qd999"'],
    [['rules', '--rule-set'], 'cần một giá trị'],
    [['rules', 'extra'], 'đối số thừa'],
  ])('exits 2 on %j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('says an unknown rule set in English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'rules', '--rule-set', 'qd999']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown rule set "qd999"');
  });
});
