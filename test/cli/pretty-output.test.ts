import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyElement } from '../../src/cli/commands/classify.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { classifyWith } from '../../src/rules/classify.js';
import { entryKey, written } from '../../src/rules/engine/deferred.js';
import { pendingEntries } from '../../src/rules/engine/lazy-reasons.js';
import { valueKey } from '../../src/rules/engine/value-key.js';
import { corpusBlock } from '../helpers/corpus.js';
import { largeInput } from './large-input.js';

// Issue 9: `kiemdiem classify` writes each classification member by member and each reason's
// bytes from a memo keyed by what the reason is made from (src/cli/pretty-output.ts). The output
// must stay byte for byte `JSON.stringify(results, null, 2)`, and a key must never stand for two
// different reasons.

async function cliOutput(elements: readonly unknown[]): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-pretty-'));
  const path = join(dir, 'in.json');
  writeFileSync(path, JSON.stringify(elements));
  const parts: string[] = [];
  const io: CliIo = {
    stdout: (s) => parts.push(s),
    stderr: () => {},
    readInput: (p) => readFile(p, 'utf8'),
    isTTY: false,
  };
  try {
    const code = await runCli(['classify', path], io);
    return { code, out: parts.join('') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const nativeText = (elements: readonly unknown[]) =>
  `${JSON.stringify(
    elements.map((e) => classifyElement(e, {}, 'vi', 'now')),
    null,
    2,
  )}\n`;

describe('kiemdiem classify output, written from the reasons’ entries', () => {
  it('is byte for byte JSON.stringify(results, null, 2) on 20,000 varied records', async () => {
    const elements = JSON.parse(largeInput(20_000, 1_000)) as unknown[];
    const { code, out } = await cliOutput(elements);
    expect(code).toBe(1);
    expect(out).toBe(nativeText(elements));
  }, 60_000);

  it('is byte for byte the same on the equivalence corpus (every rule set, invalid input too)', async () => {
    const elements = [0, 1, 2, 3, 4].flatMap((i) =>
      corpusBlock(i)
        .filter((x) => Object.keys(x.options).length === 0)
        .map((x) => x.input),
    );
    const { out } = await cliOutput(elements);
    expect(out).toBe(nativeText(elements));
  });

  it('gives two entries one key only when they write the same reason', () => {
    const byKey = new Map<string, string>();
    let shared = 0;
    for (let i = 0; i < 20; i++)
      for (const { input, options } of corpusBlock(i)) {
        let c: object;
        try {
          c = classifyWith(input, options, 'on-read');
        } catch {
          continue;
        }
        for (const e of pendingEntries(c) ?? []) {
          const key = entryKey(e);
          if (key === undefined) continue;
          const text = JSON.stringify(written(e));
          const before = byKey.get(key);
          if (before === undefined) byKey.set(key, text);
          else {
            shared++;
            expect(text).toBe(before);
          }
        }
      }
    expect(shared).toBeGreaterThan(1000); // the memo has something to remember
  });
});

describe('valueKey', () => {
  it('gives equal keys only to values JSON writes alike (fuzzed)', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const ka = valueKey(a);
        const kb = valueKey(b);
        expect(ka).toBeDefined();
        if (ka === kb) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(valueKey(JSON.parse(JSON.stringify(a)))).toBe(
          valueKey(JSON.parse(JSON.stringify(a))),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart what a flat join would not, and has no key for what it cannot vouch for', () => {
    expect(valueKey(['a,b'])).not.toBe(valueKey(['a', 'b']));
    expect(valueKey({ a: 's1:x' })).not.toBe(valueKey({ a: 'x', b: 1 }));
    expect(valueKey(-0)).not.toBe(valueKey(0));
    expect(valueKey(new Map())).toBeUndefined();
    expect(valueKey([new Date(0)])).toBeUndefined();
  });
});
