import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, type Snippet, snippets, toPackage } from './snippet-source.js';

// Issue 12: every TypeScript snippet of README.md and docs/ compiles, strict, against the built
// package (dist/: the files a user installs), so a renamed or unexported identifier in the docs
// fails CI. A snippet names what a host brings (its request, its store) with `declare`, visibly.
// The snippets are written under node_modules/.cache so that `fast-check`, `vitest` and
// `@statelyai/inspect` resolve as they would in a host's project.

const DIR = join(ROOT, 'node_modules/.cache/kiemdiem-snippets');

afterAll(async () => {
  await rm(DIR, { recursive: true, force: true });
});

describe('docs snippets (issue 12)', () => {
  it('README.md and docs/ have TypeScript snippets that import the package by its name', async () => {
    const all = await snippets();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((s) => /from 'kiemdiem'/.test(s.code)).length).toBeGreaterThan(5);
  });

  it.runIf(existsSync(join(DIST, 'index.d.ts')))(
    'every snippet type-checks against the built package (strict, skipLibCheck off)',
    async () => {
      await mkdir(DIR, { recursive: true });
      const all = await snippets();
      const names = new Map<string, Snippet>();
      await Promise.all(
        all.map(async (s, i) => {
          const name = join(DIR, `snippet-${i}.ts`);
          names.set(name, s);
          await writeFile(name, `${toPackage(s.code)}\nexport {};\n`);
        }),
      );
      const program = ts.createProgram([...names.keys()], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        types: ['node'],
        skipLibCheck: false,
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => {
        const s = d.file ? names.get(d.file.fileName) : undefined;
        const at =
          d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
        const where = s ? `${s.file}:${s.line + at}` : (d.file?.fileName ?? '?');
        return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(errors).toEqual([]);
    },
    120_000,
  );
});
