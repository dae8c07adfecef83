import { describe, expect, it } from 'vitest';
import { LIBRARY_VERSION } from '../../machines/version.js';
import { run } from './fake-io.js';

describe('kiemdiem usage, help and version (node:util parseArgs)', () => {
  it('--help (and -h, help, --help after a command) prints the usage on standard output, exit 0', async () => {
    for (const argv of [
      ['--help'],
      ['-h'],
      ['help'],
      ['classify', '--help'],
      ['--lang=en', '--help'],
    ]) {
      const r = await run(argv);
      expect(r, argv.join(' ')).toMatchObject({ code: 0, stderr: '' });
      for (const line of [
        'kiemdiem classify FILE|-',
        'kiemdiem rules [--rule-set ID]',
        'kiemdiem check FILE|-',
        'kiemdiem calendar --year YYYY [--profile FILE|ID]',
        'kiemdiem import FILE.xlsx|FILE.csv|-',
      ])
        expect(r.stdout).toContain(line);
    }
  });

  it('--version prints the version on standard output, exit 0', async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      stdout: `${LIBRARY_VERSION}\n`,
      stderr: '',
    });
  });

  it('an unknown command and a missing one: the reason, then the usage, exit 2', async () => {
    const unknown = await run(['classfy', 'x.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^kiemdiem: không có lệnh "classfy"\n/);
    expect(unknown.stderr).toContain('kiemdiem check FILE|-');
    const en = await run(['--lang', 'en', 'classfy']);
    expect(en.stderr).toMatch(/^kiemdiem: unknown command "classfy"\n/);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^kiemdiem: thiếu lệnh\n/);
    expect(none.stdout).toBe('');
  });

  it('takes --lang=en as --lang en, anywhere on the line', async () => {
    const a = await run(['rules', '--rule-set', 'qd999', '--lang=en']);
    const b = await run(['--lang', 'en', 'rules', '--rule-set', 'qd999']);
    expect(a).toEqual(b);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('unknown rule set "qd999"');
  });

  it.each([
    [['--json', '--table', 'rules'], '--json và --table không dùng cùng nhau'],
    [['--lang', 'fr', 'rules'], '--lang: "vi" hoặc "en"'],
    [['--lang', 'en', '--lang', 'vi', 'rules'], 'option --lang is given twice'],
    [['rules', '--rule-set', 'qd366-2025', '--rule-set', 'qd124-2023'], 'được ghi hai lần'],
    [['rules', '--rule-set'], 'cần một giá trị'],
    [['rules', '--rule-set=qd366-2025', '--colour'], 'tuỳ chọn không được hỗ trợ: --colour'],
    [['rules', '-x'], 'tuỳ chọn không được hỗ trợ: -x'],
  ])('refuses %j with a clear reason, exit 2', async (argv, reason) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(reason);
  });

  it('reads --name=value like --name value', async () => {
    const a = await run(['rules', '--rule-set=qd124-2023', '--json']);
    const b = await run(['rules', '--rule-set', 'qd124-2023', '--json']);
    expect(a.code).toBe(0);
    expect(a).toEqual(b);
  });
});
