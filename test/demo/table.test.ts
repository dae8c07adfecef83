import { describe, expect, it } from 'vitest';
import { summaryTable } from '../../src/demo/table.js';
import { summarize } from '../../src/index.js';
import { namedInput } from '../report/fixture.js';

describe('the terminal summary table', () => {
  const summary = summarize(namedInput());

  it('names the groups, dates the summary and the late dossier as Vietnamese writes them', () => {
    const vi = summaryTable(summary, 'vi');
    expect(vi).toContain('Tính đến ngày 30-11-2024');
    expect(vi).toMatch(/^Tập thể lãnh đạo các sở, ban, ngành, tổ chức Hội +8 /m);
    expect(vi).toMatch(/^Cấp phó thuộc diện Ban cán sự đảng quản lý +8 /m);
    expect(vi).toContain('  Nộp chậm: Sở Y tế (00:00 ngày 25-11-2024)');
    expect(vi).toContain(
      'Cảnh báo X-HEAD-CAP: Người đứng đầu "Giám đốc (người đứng đầu) Sở Tài chính" (Hoàn thành xuất sắc nhiệm vụ) cao hơn tập thể lãnh đạo "Tập thể lãnh đạo Sở Tài chính"',
    );
    expect(vi).not.toMatch(/\d{4}-\d{2}-\d{2}|so-tai-chinh\//);
  });

  it('puts each override under its quota finding: the subject, who allowed it, why', () => {
    const lines = summaryTable(summary, 'vi').split('\n');
    const at = lines.findIndex((l) => l.startsWith('Cảnh báo X-QUOTA: Nhóm "Tập thể lãnh đạo'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(
      '  Tập thể lãnh đạo Hội Nhà báo tỉnh — Cấp có thẩm quyền cho phép: Bí thư Ban cán sự đảng UBND tỉnh. Lý do cho phép: Thành tích nổi bật',
    );
  });

  it('speaks English with English group names and dates', () => {
    const en = summaryTable(summary, 'en');
    expect(en).toContain('As of 30 November 2024');
    expect(en).toMatch(/^Departments +8 /m);
    expect(en).toContain('  Late: Sở Y tế (25 November 2024, 00:00)');
    expect(en).toContain('— Allowed by: Bí thư Ban cán sự đảng UBND tỉnh. Reason given:');
  });
});
