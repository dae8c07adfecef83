import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { run } from './fake-io.js';

// docs/cli.md checked against `kiemdiem --help`: a command, a usage line or a flag that --help
// shows and docs/cli.md does not is a failing test (add its section there); and each command's
// section shows that command's own `kiemdiem <command> --help`, exactly.

const doc = readFileSync('docs/cli.md', 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

it('docs/cli.md has the usage line of every command --help shows, and a section for each', async () => {
  const help = (await run(['--help'])).stdout;
  const block = squash(/```text\n([\s\S]*?)```/.exec(doc)?.[1] ?? '');
  for (const name of Object.keys(commands)) {
    const usage = help.split('\n').find((l) => l.trimStart().startsWith(`kiemdiem ${name}`));
    expect(usage, `--help has no usage line for "${name}"`).toBeDefined();
    // The usage may wrap onto continuation lines (indented, starting with `[`).
    const lines = help.split('\n');
    const at = lines.indexOf(usage!);
    let full = usage!.replace(/\s{2,}\S.*$/, '');
    for (let i = at + 1; /^\s+\[/.test(lines[i] ?? ''); i++)
      full += ` ${lines[i]!.trim().replace(/\s{2,}\S.*$/, '')}`;
    expect(block, `docs/cli.md's synopsis lacks: ${squash(full)}`).toContain(squash(full));
    expect(doc, `docs/cli.md has no section for "${name}"`).toContain(`## \`kiemdiem ${name}`);
  }
});

it('docs/cli.md names every flag --help shows', async () => {
  const help = (await run(['--help'])).stdout;
  const flags = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
  expect(flags.length).toBeGreaterThan(10);
  expect(flags.filter((f) => !doc.includes(f))).toEqual([]);
});

/** The section `## \`kiemdiem <name>…` of docs/cli.md, up to the next `## ` heading. */
function sectionOf(name: string): string | undefined {
  const at = doc.indexOf(`\n## \`kiemdiem ${name}`);
  if (at < 0) return undefined;
  const end = doc.indexOf('\n## ', at + 1);
  return doc.slice(at, end < 0 ? undefined : end);
}

it.each(Object.keys(commands))(
  'docs/cli.md’s section of "%s" shows its own --help, exactly',
  async (name) => {
    const help = await run([name, '--help']);
    expect(help.code).toBe(0);
    const section = sectionOf(name);
    expect(section, `docs/cli.md has no section for "${name}"`).toBeDefined();
    const shown = new RegExp(`\`\`\`text\n\\$ kiemdiem ${name} --help\n([\\s\\S]*?)\`\`\``).exec(
      section ?? '',
    )?.[1];
    expect(
      shown,
      `docs/cli.md's section "kiemdiem ${name}" needs a block \`\`\`text with "$ kiemdiem ${name} --help" and the output`,
    ).toBe(help.stdout);
  },
);
