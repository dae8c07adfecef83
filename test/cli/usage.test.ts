import { describe, expect, it } from 'vitest';
import { LIBRARY_VERSION } from '../../machines/version.js';
import { COMMAND_HELP } from '../../src/cli/command-help.js';
import { commands } from '../../src/cli/commands/index.js';
import { run } from './fake-io.js';

describe('kiemdiem usage, help and version (node:util parseArgs)', () => {
  it('--help (and -h, help) prints the usage on standard output, exit 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['--lang=en', '--help']]) {
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

  it.each(Object.keys(commands))(
    '%s --help (and -h, help %s) prints that command’s usage on standard output, exit 0',
    async (name) => {
      const help = COMMAND_HELP[name];
      const r = await run([name, '--help']);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout.startsWith(`  kiemdiem ${name} `)).toBe(true);
      expect(r.stdout).toContain(help?.summary.vi);
      expect(r.stdout).toContain(help?.summary.en);
      for (const o of help?.options ?? []) {
        expect(r.stdout).toContain(`  ${o.flag}  `);
        expect(r.stdout).toContain(o.text.en);
      }
      expect(r.stdout).toContain('Mã thoát / exit codes');
      // not the top-level usage: no other command's synopsis
      for (const other of Object.keys(commands).filter((n) => n !== name))
        expect(r.stdout).not.toContain(`kiemdiem ${other} `);
      for (const argv of [
        [name, '-h'],
        ['help', name],
        ['--help', name],
        [name, '--lang=en', '--help'],
      ])
        expect(await run(argv), argv.join(' ')).toEqual(r);
    },
  );

  it('a command’s --help still refuses an unknown option (exit 2, the reason), and an unknown command', async () => {
    const bad = await run(['classify', '--colour', '--help']);
    expect(bad).toEqual({
      code: 2,
      stdout: '',
      stderr: 'kiemdiem classify: tuỳ chọn không được hỗ trợ: --colour\n',
    });
    const en = await run(['calendar', '--help', '--yaer', '2026', '--lang', 'en']);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toBe('kiemdiem calendar: unknown option: --yaer\n');
    const unknown = await run(['classfy', '--help']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^kiemdiem: không có lệnh "classfy"\n/);
  });

  it('--help lists every command, and points at the commands’ own help', async () => {
    const r = await run(['--help']);
    for (const name of Object.keys(commands)) expect(r.stdout).toContain(`  kiemdiem ${name} `);
    expect(r.stdout).toContain('kiemdiem COMMAND --help');
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
