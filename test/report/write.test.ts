import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentError, writeAtomic, writeFileAtomic, writeJsonl } from '../../src/index.js';

async function dirWithOld(): Promise<{ dir: string; target: string; old: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'kiemdiem-write-'));
  const target = join(dir, 'tong-hop.jsonl');
  const old = Buffer.from('{"subjectId":"cũ"}\n', 'utf8');
  await writeFile(target, old);
  return { dir, target, old };
}

describe('atomic writes', () => {
  it('replaces the file whole', async () => {
    const { dir, target } = await dirWithOld();
    await writeFileAtomic(target, 'Sở Nội vụ\n');
    expect(await readFile(target, 'utf8')).toBe('Sở Nội vụ\n');
    expect(await readdir(dir)).toEqual(['tong-hop.jsonl']);
  });

  it('a write that fails half-way leaves the old file byte-identical and no temp file', async () => {
    const { dir, target, old } = await dirWithOld();
    const failure = writeAtomic(target, async (out) => {
      out.write('{"subjectId":"mới"}\n'.repeat(10_000));
      await new Promise((r) => setTimeout(r, 5));
      throw new Error('disk gone');
    });
    await expect(failure).rejects.toThrow('disk gone');
    expect(await readFile(target)).toEqual(old);
    expect(await readdir(dir)).toEqual(['tong-hop.jsonl']);
  });

  it('a failing audit source leaves the old .jsonl untouched', async () => {
    const { dir, target, old } = await dirWithOld();
    async function* entries() {
      for (let i = 0; i < 5_000; i++) yield { subjectId: `s${i}`, seq: i };
      throw new Error('cursor lost');
    }
    await expect(writeJsonl(target, entries())).rejects.toThrow('cursor lost');
    expect(await readFile(target)).toEqual(old);
    expect(await readdir(dir)).toEqual(['tong-hop.jsonl']);
  });

  it('an entry without subjectId is refused, located, and nothing is written', async () => {
    const { dir, target, old } = await dirWithOld();
    const bad = [{ subjectId: 'a' }, { subject: 'b' }] as unknown as Array<{ subjectId: string }>;
    const error = await writeJsonl(target, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AssessmentError);
    expect((error as AssessmentError).issues[0]?.path).toEqual([1, 'subjectId']);
    expect(await readFile(target)).toEqual(old);
    expect(await readdir(dir)).toEqual(['tong-hop.jsonl']);
  });

  it('a missing directory fails before anything is touched', async () => {
    const { dir } = await dirWithOld();
    await expect(writeFileAtomic(join(dir, 'no-such', 'x.csv'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['tong-hop.jsonl']);
  });
});

describe('.jsonl', () => {
  it('streams one JSON object per line, each with its subjectId, from an async iterable', async () => {
    const { target } = await dirWithOld();
    async function* entries() {
      for (let i = 0; i < 20_000; i++)
        yield { subjectId: `so-y-te/${i}`, type: 'DECIDE_LEVEL', note: 'Hoàn thành tốt nhiệm vụ' };
    }
    expect(await writeJsonl(target, entries())).toBe(20_000);
    const text = await readFile(target, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(20_000);
    expect(JSON.parse(lines[19_999]!)).toEqual({
      subjectId: 'so-y-te/19999',
      type: 'DECIDE_LEVEL',
      note: 'Hoàn thành tốt nhiệm vụ',
    });
    expect(text).toBe(text.normalize('NFC'));
  });

  it('accepts a plain iterable and an empty one', async () => {
    const { target } = await dirWithOld();
    expect(await writeJsonl(target, new Set([{ subjectId: 'a' }]))).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('{"subjectId":"a"}\n');
    expect(await writeJsonl(target, [])).toBe(0);
    expect(await readFile(target, 'utf8')).toBe('');
  });
});
