import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesMarkdown } from '../../src/docs/rules-markdown.js';
import { docTargets } from '../../src/docs/targets.js';
import { ruleCatalogue } from '../../src/index.js';

const BIOME = 'node_modules/@biomejs/biome/bin/biome';

describe('generated docs', () => {
  it.each(docTargets.map((t) => [t.path, t] as const))(
    '%s matches a fresh render (run npm run docs)',
    (path, target) => {
      const committed = readFileSync(path, 'utf8');
      expect(committed === target.render(), `${path} is out of date: run npm run docs`).toBe(true);
    },
  );

  it.each(docTargets.map((t) => [t.path, t] as const))(
    '%s is already formatted, so `npm run lint` passes on it',
    (path, target) => {
      const md = target.render();
      const formatted = spawnSync(
        process.execPath,
        [BIOME, 'format', `--stdin-file-path=${path}`],
        { input: md, encoding: 'utf8' },
      );
      expect(formatted.status, formatted.stderr).toBe(0);
      expect(formatted.stdout === md, `the formatter would rewrite ${path}: fix its renderer`).toBe(
        true,
      );
    },
  );

  it('lists every catalogue rule once, with assumed rules marked', () => {
    const md = renderRulesMarkdown();
    for (const e of ruleCatalogue()) {
      const rows = md.split('\n').filter((l) => new RegExp(`^\\| \`${e.id}\` +\\|`).test(l));
      expect(rows, e.id).toHaveLength(1);
      if (e.status === 'assumed' && !e.statusNote)
        expect(rows[0], e.id).toContain('**A** giả định / assumed');
      if (e.statusNote) expect(rows[0], e.id).toContain('**C/A**');
    }
    expect(md).toContain('Do not edit by hand');
    expect(md).toContain('Hiệu lực / in force: 2023-10-04 → 2025-08-29');
  });

  it('keeps every table row to its eight columns (a pipe inside a cell is escaped)', () => {
    const columns = (l: string) => l.replaceAll('\\|', '').split('|').length;
    const rows = renderRulesMarkdown()
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    expect(rows.length).toBe(ruleCatalogue().length);
    expect(new Set(rows.map(columns))).toEqual(new Set([10]));
  });
});
