import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeErrors } from '../helpers/typecheck.js';

const SRC = join(import.meta.dirname, '../../src/index.js');

async function snippet(): Promise<string> {
  const doc = await readFile(join(import.meta.dirname, '../../docs/report.md'), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/report.md has no ts block');
  return block.replace("from 'kiemdiem'", `from '${SRC}'`);
}

describe('docs/report.md', () => {
  let dir = '';
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('its TypeScript example type-checks and runs', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kiemdiem-doc-'));
    const file = join(dir, 'snippet.ts');
    await writeFile(file, await snippet());
    const errors = typeErrors(file);
    expect(errors).toEqual([]);
    const mod: { compileSummary: (dir: string) => Promise<string> } = await import(file);
    const rows = JSON.parse(await mod.compileSummary(join(dir, 'out')));
    expect(rows).toEqual([expect.objectContaining({ id: 'so-y-te/tap-the', level: 'GOOD' })]);
    const csv = await readFile(join(dir, 'out', 'tong-hop.csv'), 'utf8');
    expect(csv).toContain('Nghỉ ốm dài ngày');
  }, 60_000);
});
