import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SUBJECT_COLUMNS, UNIT_COLUMNS } from '../../src/import/headings.js';
import { typeErrors } from '../helpers/typecheck.js';

const DOC = join(import.meta.dirname, '../../docs/import.md');
let dir = '';
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('docs/import.md lists every column heading the import reads, with its aliases', async () => {
  const doc = await readFile(DOC, 'utf8');
  const rows = doc
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Heading') && !l.startsWith('| ---'));
  const cells = rows.map((l) => l.split('|').map((c) => c.trim().replace(/ \\\*$/, '')));
  const documented = cells.map(([, heading, aliases]) => [heading, ...aliases!.split(', ')]);
  expect(documented).toEqual(Object.values(SUBJECT_COLUMNS).map((names) => [...names]));
  for (const names of Object.values(UNIT_COLUMNS)) expect(doc).toContain(names[0]);
});

it('docs/import.md: its TypeScript example type-checks', async () => {
  const doc = await readFile(DOC, 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  dir = await mkdtemp(join(tmpdir(), 'kiemdiem-import-doc-'));
  const file = join(dir, 'snippet.ts');
  const src = join(import.meta.dirname, '../../src/index.js');
  await writeFile(file, `${block.replace("from 'kiemdiem'", `from '${src}'`)}\nexport {};\n`);
  const errors = typeErrors(file);
  expect(errors).toEqual([]);
}, 60_000);
