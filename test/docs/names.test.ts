import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Issue 12: the docs may name only what a user can import. A name the docs put in backticks that
// some source module exports, but that neither `kiemdiem` nor `kiemdiem/testing` exports, sends
// the reader to an internal: that fails here, with the doc and the name. A name counts when it is
// written as a call (`name(…)`) or starts with a capital (a type, a schema, a constant); a plain
// lower-case word in backticks is a field (`reason`, `rows`), not an export. docs/architecture.md
// is for contributors: it names the source layout on purpose.

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

function packageExports(): Set<string> {
  const entries = [join(ROOT, 'src/index.ts'), join(ROOT, 'src/testing/index.ts')];
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  for (const entry of entries) {
    const file = program.getSourceFile(entry);
    const symbol = file && checker.getSymbolAtLocation(file);
    if (symbol) for (const e of checker.getExportsOfModule(symbol)) names.add(e.getName());
  }
  return names;
}

/** Every name some module of src/ or machines/ exports (the internals a doc might name). */
function sourceExports(): Set<string> {
  const names = new Set<string>();
  for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'machines'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^export (?:declare )?(?:async )?(?:const|let|function\*?|class|type|interface|enum) ([A-Za-z_$][\w$]*)/gm,
    ))
      names.add(m[1]!);
  }
  return names;
}

it('docs name no identifier the package does not export (issue 12)', () => {
  const exported = packageExports();
  expect(exported.has('classify')).toBe(true);
  const internal = sourceExports();
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md') && f !== 'architecture.md')
    .map((f) => `docs/${f}`);
  const missing: string[] = [];
  for (const doc of ['README.md', ...docs]) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const m of text.matchAll(/`([A-Za-z_$][\w$]*)(\([^`]*\))?`/g)) {
      const name = m[1]!;
      const apiLike = m[2] !== undefined || /^[A-Z]/.test(name);
      if (apiLike && internal.has(name) && !exported.has(name)) missing.push(`${doc}: ${name}`);
    }
  }
  expect([...new Set(missing)]).toEqual([]);
}, 60_000);

it('docs send the reader to no file the repository and the package lack (issue 12)', () => {
  const docs = readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  const found: string[] = [];
  for (const doc of ['README.md', ...docs.map((f) => `docs/${f}`)]) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const spec of ['CONTRACT.md', 'PROCESS.md', 'DOMAIN.md', 'ARCHITECTURE.md'])
      if (text.includes(spec)) found.push(`${doc}: ${spec}`);
  }
  expect(found).toEqual([]);
});
