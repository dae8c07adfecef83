import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `text()` does not normalise at run time (it is on the hot path): every source file, every
// example and every doc must already be NFC, so Vietnamese strings compare and hash the same.
const ROOTS = ['src', 'machines', 'examples', 'docs', 'README.md'];

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('Vietnamese text is NFC', () => {
  it('every source, example and doc file is NFC', () => {
    const all = ROOTS.flatMap(files).filter((f) => /\.(ts|json|md)$/.test(f));
    expect(all.length).toBeGreaterThan(20);
    const notNfc = all.filter((f) => {
      const s = readFileSync(f, 'utf8');
      return s !== s.normalize('NFC');
    });
    expect(notNfc).toEqual([]);
  });
});
