import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { largeInput } from './large-input.js';

/**
 * Counts occurrences of `needle` in a stream of chunks, including across chunk boundaries, without
 * keeping the output (about 125 MB for 100,000 records).
 */
function counter(needle: string) {
  let tail = '';
  let n = 0;
  let bytes = 0;
  return {
    feed(chunk: string) {
      bytes += chunk.length;
      const s = tail + chunk;
      for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
      tail = s.slice(Math.max(0, s.length - needle.length + 1));
    },
    get count() {
      return n;
    },
    get bytes() {
      return bytes;
    },
  };
}

it('classifies 100,000 records from a file, streaming the JSON out in chunks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-large-'));
  const path = join(dir, 'large.json');
  writeFileSync(path, largeInput(100_000, 10_000));

  const elements = counter('\n  {\n    "id": ');
  const errors = counter('"error": {');
  let chunks = 0;
  let largest = 0;
  let first = '';
  let end = '';
  const io: CliIo = {
    stdout: (s) => {
      if (chunks === 0) first = s;
      chunks++;
      largest = Math.max(largest, s.length);
      end = (end + s).slice(-64);
      elements.feed(s);
      errors.feed(s);
    },
    stderr: (s) => {
      throw new Error(`unexpected stderr: ${s}`);
    },
    readInput: (p) => readFile(p, 'utf8'),
    isTTY: false,
  };

  const code = await runCli(['classify', path], io).finally(() =>
    rmSync(dir, { recursive: true, force: true }),
  );

  expect(code).toBe(1); // 10 invalid records
  expect(elements.count).toBe(100_000);
  expect(errors.count).toBe(10);
  expect(first.startsWith('[\n  {\n')).toBe(true);
  expect(end.endsWith('\n  }\n]\n')).toBe(true);
  // Output was handed over incrementally, never as one giant string.
  expect(chunks).toBeGreaterThan(100);
  expect(largest).toBeLessThan(elements.bytes / 50);
}, 180_000);
