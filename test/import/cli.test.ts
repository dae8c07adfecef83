import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CycleDefinitionSchema } from '../../src/schemas/cycle-definition.js';
import { run } from '../cli/fake-io.js';
import { csv, HEADINGS, ROWS, workbook } from './fixture.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiemdiem-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PERSONS = ['--organizer-persons', 'cv-snv-1;cv-snv-2'];

describe('kiemdiem import', () => {
  it('writes a validated definition atomically from an .xlsx list', async () => {
    const list = join(dir, 'subjects.xlsx');
    await writeFile(list, await workbook());
    const out = join(dir, 'cycle.json');
    const r = await run([
      'import',
      list,
      '--out',
      out,
      '--profile',
      'generic-qd366',
      '--year',
      '2026',
      ...PERSONS,
    ]);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('2 đơn vị, 4 đối tượng');
    const definition = CycleDefinitionSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    // Organizer and issuer come from the profile when not given.
    expect(definition).toMatchObject({
      year: 2026,
      profile: 'generic-qd366',
      organizerPersons: ['cv-snv-1', 'cv-snv-2'],
    });
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the definition on standard output without --out; reads CSV from standard input', async () => {
    const a = await run(
      ['import', '-', '--profile', 'kon-tum-2024', '--organizer', 'snv', ...PERSONS],
      {
        stdin: csv(ROWS, { bom: true }),
      },
    );
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({
      year: 2024,
      profile: 'kon-tum-2024',
      organizer: 'snv',
    });
  });

  it('writes nothing and lists every bad row, located, when any row is bad (exit 1)', async () => {
    const rows = ROWS.map((r) => [...r]);
    rows[1]![HEADINGS.indexOf('Vai trò')] = 'Giám đốc';
    rows[3]![HEADINGS.indexOf('Mã đơn vị')] = '';
    const list = join(dir, 'bad.csv');
    await writeFile(list, csv(rows));
    const out = join(dir, 'kept.json');
    await writeFile(out, 'the previous file\n');
    const r = await run(['import', list, '--out', out, ...PERSONS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 lỗi; không ghi tệp nào');
    expect(r.stderr).toContain(
      'bad.csv!E3 (Vai trò): "Giám đốc" không phải giá trị của cột "Vai trò"',
    );
    expect(r.stderr).toContain('bad.csv!F5 (Mã đơn vị): Thiếu trường bắt buộc.');
    expect(await readFile(out, 'utf8')).toBe('the previous file\n');
    const en = await run(['--lang', 'en', 'import', list, ...PERSONS]);
    expect(en.stderr).toContain('2 problem(s); nothing written');
    expect(en.stderr).toContain('bad.csv!F5 (Mã đơn vị): Required field is missing.');
    expect(en.stdout).toBe('');
  });

  it('refuses a year the profile cannot run, an unknown profile, missing persons (exit 2)', async () => {
    const list = join(dir, 'ok.csv');
    await writeFile(list, csv());
    const year = await run([
      'import',
      list,
      '--profile',
      'kon-tum-2024',
      '--year',
      '2026',
      ...PERSONS,
    ]);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('"kon-tum-2024" là của năm 2024, không dùng được cho năm 2026');
    const unknown = await run(['import', list, '--profile', 'ha-noi', ...PERSONS]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('không có hồ sơ cấu hình "ha-noi"');
    const persons = await run(['import', list]);
    expect(persons.code).toBe(2);
    expect(persons.stderr).toContain('--organizer-persons');
    const missing = await run(['import', join(dir, 'none.xlsx'), ...PERSONS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
  });
});
