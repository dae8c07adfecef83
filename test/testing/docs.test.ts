import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import * as kit from '../../src/testing/index.js';
import { typeErrors } from '../helpers/typecheck.js';

const DOC = join(import.meta.dirname, '../../docs/testing.md');
let dir = '';
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('docs/testing.md: the host’s test file type-checks against the kit', async () => {
  const doc = await readFile(DOC, 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const src = join(import.meta.dirname, '../../src');
  // Inside the repository, so that fast-check and vitest resolve as in a host's project.
  await mkdir(join(import.meta.dirname, '../../node_modules/.cache'), { recursive: true });
  dir = await mkdtemp(join(import.meta.dirname, '../../node_modules/.cache/testing-doc-'));
  const file = join(dir, 'host.test.ts');
  await writeFile(
    file,
    block
      .replace("from 'kiemdiem/testing'", `from '${src}/testing/index.js'`)
      .replace("from 'kiemdiem'", `from '${src}/index.js'`),
  );
  expect(typeErrors(file)).toEqual([]);
}, 60_000);

it('docs/testing.md names every property and arbitrary the kit exports', async () => {
  const doc = await readFile(DOC, 'utf8');
  const values = Object.keys(kit);
  expect(values.filter((name) => !doc.includes(name))).toEqual([]);
});
