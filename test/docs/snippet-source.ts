import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

// The TypeScript snippets of README.md and docs/*.md, as the snippet tests read them: each
// ```ts block with its file, the line of its first code line, its ordinal in the file (its key in
// snippet-harness.ts is `file#n`) and the `<!-- snippet: … -->` comment that stands before it.

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

export interface Snippet {
  readonly file: string;
  /** The line of the block's first code line in `file`. */
  readonly line: number;
  /** `file#n`: the n-th ```ts block of the file, from 1. */
  readonly key: string;
  readonly code: string;
  /** The text of a `<!-- snippet: … -->` comment on the last non-blank line before the block. */
  readonly marker: string | undefined;
}

/** The `<!-- snippet: … -->` comment that ends `before` (blank lines after it allowed). */
export function markerBefore(before: string): string | undefined {
  const last = before.trimEnd().split('\n').at(-1) ?? '';
  return /^<!--\s*snippet:([\s\S]*?)-->$/.exec(last.trim())?.[1]?.trim();
}

/** Every ```ts block of one Markdown text. */
export function snippetsOf(file: string, text: string): Snippet[] {
  const out: Snippet[] = [];
  for (const m of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    const before = text.slice(0, m.index);
    out.push({
      file,
      line: before.split('\n').length + 1,
      key: `${file}#${out.length + 1}`,
      code: m[1] ?? '',
      marker: markerBefore(before),
    });
  }
  return out;
}

/** The snippets of README.md and of every docs/*.md, in that order. */
export async function snippets(): Promise<Snippet[]> {
  const docs = (await readdir(join(ROOT, 'docs'))).filter((f) => f.endsWith('.md')).sort();
  const out: Snippet[] = [];
  for (const file of ['README.md', ...docs.map((f) => `docs/${f}`)])
    out.push(...snippetsOf(file, await readFile(join(ROOT, file), 'utf8')));
  return out;
}

/** The package by its name, as a host imports it, pointed at the built files. */
export function toPackage(code: string): string {
  return code
    .replace(/from 'kiemdiem\/testing'/g, `from '${join(DIST, 'testing.js')}'`)
    .replace(/from 'kiemdiem'/g, `from '${join(DIST, 'index.js')}'`);
}

/** The names a snippet declares (`declare const a: A, b: B;`, `declare function f(): F;`). */
export function declaredNames(code: string): string[] {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.ES2022);
  const names: string[] = [];
  for (const s of source.statements) {
    if (!ts.canHaveModifiers(s)) continue;
    if (!ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) continue;
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) names.push(d.name.getText(source));
    else if (ts.isFunctionDeclaration(s) && s.name) names.push(s.name.text);
    else names.push(s.getText(source).split('\n')[0] ?? '');
  }
  return names.sort();
}

export type Mark =
  | { readonly kind: 'run' }
  | { readonly kind: 'compile-only'; readonly reason: string }
  | { readonly kind: 'bad'; readonly problem: string };

/**
 * What a snippet's marker asks: none → it runs; `compile-only (reason)` → it is only
 * type-checked, and the reason is listed; anything else (no reason, an unknown word) is a problem.
 */
export function markOf(marker: string | undefined): Mark {
  if (marker === undefined) return { kind: 'run' };
  const m = /^compile-only\s*\(([^)]*)\)$/.exec(marker);
  const reason = m?.[1]?.trim() ?? '';
  if (m && reason !== '') return { kind: 'compile-only', reason };
  return {
    kind: 'bad',
    problem: m
      ? 'compile-only without a reason: write <!-- snippet: compile-only (why it cannot run) -->'
      : `unknown snippet marker "${marker}": only "compile-only (reason)" is known`,
  };
}
