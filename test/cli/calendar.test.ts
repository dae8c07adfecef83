import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../src/profiles/registry.js';
import { run } from './fake-io.js';

interface CalendarJson {
  year: number;
  source: string;
  holidays: Array<{ date: string; source: string; kind: string; name: { vi: string; en: string } }>;
  workingWeekendDays: Array<{ date: string }>;
  workingDaysPerMonth: Array<{ month: number; workingDays: number }>;
  profile?: { id: string; deadlines: Array<{ id: string; due: string; lastWorkingDay: string }> };
}

describe('kiemdiem calendar', () => {
  it('prints JSON when not on a terminal: an official year', async () => {
    const r = await run(['calendar', '--year', '2026']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as CalendarJson;
    expect(out.source).toBe('official');
    expect(out.holidays.find((h) => h.date === '2026-04-27')?.kind).toBe('compensatory');
    expect(out.workingWeekendDays.map((w) => w.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(out.workingDaysPerMonth).toHaveLength(12);
    expect(out.workingDaysPerMonth.reduce((a, m) => a + m.workingDays, 0)).toBe(250);
    expect(out.profile).toBeUndefined();
  });

  it('marks a computed year', async () => {
    const out = JSON.parse((await run(['calendar', '--year', '2027'])).stdout) as CalendarJson;
    expect(out.source).toBe('computed');
    expect(out.holidays.every((h) => h.source === 'computed')).toBe(true);
  });

  it("adds the profile's deadlines with instants and last working days", async () => {
    const r = await run(['calendar', '--year', '2024', '--profile', 'kon-tum-2024']);
    const out = JSON.parse(r.stdout) as CalendarJson;
    expect(out.profile?.deadlines.map((d) => [d.id, d.due, d.lastWorkingDay])).toEqual([
      ['bcsd-members-plan', '2024-11-10T00:00:00.000+07:00', '2024-11-08'],
      ['unit-results', '2024-11-25T00:00:00.000+07:00', '2024-11-22'],
      ['summary-report', '2024-12-01T00:00:00.000+07:00', '2024-11-29'],
    ]);
  });

  it('takes --year as the review year of generic-qd366', async () => {
    const out = JSON.parse(
      (await run(['calendar', '--year', '2026', '--profile', 'generic-qd366'])).stdout,
    ) as CalendarJson;
    expect(out.profile?.deadlines[0]?.due).toBe('2026-12-31T00:00:00.000+07:00');
  });

  it('prints a Vietnamese table on a terminal', async () => {
    const r = await run(['calendar', '--year', '2024', '--profile', 'kon-tum-2024'], {
      isTTY: true,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lịch ngày nghỉ và ngày làm việc năm 2024 — lịch chính thức');
    expect(r.stdout).toContain('T7 04/05/2024');
    expect(r.stdout).toContain('[chính thức]');
    expect(r.stdout).toContain('ngày làm việc cuối cùng để thực hiện: T6 29/11/2024');
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('prints English with --lang en, and JSON with --json on a terminal', async () => {
    const en = await run(['--lang', 'en', 'calendar', '--year', '2027'], { isTTY: true });
    expect(en.stdout).toContain('computed from the Labour Code');
    expect(en.stdout).toContain('[computed]');
    const deadlines = await run(
      ['--lang=en', 'calendar', '--year', '2024', '--profile', 'kon-tum-2024'],
      { isTTY: true },
    );
    expect(deadlines.stdout).toContain('last working day to act: Fri 2024-11-29');
    const json = await run(['calendar', '--year', '2027', '--json'], { isTTY: true });
    expect((JSON.parse(json.stdout) as CalendarJson).year).toBe(2027);
  });

  it.each([
    [['calendar', '--year', 'abcd'], 'abcd'],
    [['calendar', '--year', '1800'], '1800'],
    [['calendar'], '--year'],
    [['calendar', '--year', '2024', '--profile', 'nowhere'], 'nowhere'],
    [['calendar', '--year', '2024', '--profile', 'generic-qd366'], 'generic-qd366'],
    [['calendar', '--year', '2024', 'extra'], 'extra'],
    [
      ['calendar', '--year', '2027', '--profile', 'kon-tum-2024'],
      'là của năm 2024, không phải 2027',
    ],
    [['calendar', '--year', '2024', '--profile', 'no-such-file.json'], 'no-such-file.json'],
  ])('refuses %j with exit 2 and a message on stderr', async (argv, mention) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('kiemdiem calendar:');
    expect(r.stderr).toContain(mention);
  });

  it('says it in English with --lang en', async () => {
    const r = await run(['--lang', 'en', 'calendar', '--year', '2024', '--profile', 'nowhere']);
    expect(r.stderr).toContain('unknown profile "nowhere": neither a shipped id');
    const year = await run([
      '--lang=en',
      'calendar',
      '--year',
      '2026',
      '--profile',
      'kon-tum-2024',
    ]);
    expect(year.stderr).toContain('the profile "kon-tum-2024" is for 2024, not 2026');
  });

  it('reads --profile FILE: a profile JSON file, with its deadlines, and refuses a bad one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-calendar-'));
    try {
      const file = join(dir, 'tinh.json');
      writeFileSync(file, JSON.stringify(getProfile('kon-tum-2024')));
      const a = await run(['calendar', '--year', '2024', '--profile', file, '--json']);
      const b = await run(['calendar', '--year', '2024', '--profile', 'kon-tum-2024', '--json']);
      expect(a.code).toBe(0);
      expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...getProfile('kon-tum-2024'), reviewYear: 'x' }));
      const r = await run(['calendar', '--year', '2024', '--profile', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('reviewYear');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
