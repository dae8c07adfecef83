import { Buffer } from 'node:buffer';
import { entryKey, written } from '../rules/engine/deferred.js';
import { pendingEntries } from '../rules/engine/lazy-reasons.js';
import type { ByteWriter } from './byte-writer.js';

// `kiemdiem classify` prints a pretty JSON array (2 spaces), byte for byte what
// `JSON.stringify(results, null, 2)` gives (CONTRACT.md § CLI; test/cli/classify.test.ts). Issue 9:
// for 100,000 assessments that is about 160 MB, and writing it — the reasons' words, the
// stringify, the encoding — took 40% of the run. Yet it repeats: those results carried 233,000
// reasons with 5,300 distinct texts. So a classification whose reasons are not written yet
// (`pendingEntries`) is printed member by member here, and each reason's bytes are looked up by
// the key of what it is made from (`entryKey`: the rule row, the effect, the facts) before its
// words are written at all.
//
// Nesting is only indentation: a value nested at depth d inside `JSON.stringify(x, null, 2)` is
// its own pretty text with 2·d more spaces after every line break (JSON escapes a line break
// inside a string). Whatever is not a classification with pending reasons is written natively.

/** How many reasons' bytes are kept; past this the memo starts again (a bound on memory). */
const LIMIT = 16_384;
/** The bytes of a reason by its key: as the first element of `reasons`, and as a later one. */
const memo = [new Map<string, Buffer>(), new Map<string, Buffer>()] as const;

/** `JSON.stringify(value, null, 2)` nested under `indent` (undefined where JSON omits it). */
function nested(value: unknown, indent: string): string | undefined {
  const s = JSON.stringify(value, null, 2) as string | undefined;
  return s === undefined || !s.includes('\n') ? s : s.replaceAll('\n', `\n${indent}`);
}

/** A reason as an element of `reasons`, 6 spaces in, with the line break and indent before it. */
function reasonBytes(entry: Parameters<typeof entryKey>[0], first: boolean): Buffer {
  const key = entryKey(entry);
  const table = memo[first ? 0 : 1];
  const known = key === undefined ? undefined : table.get(key);
  if (known !== undefined) return known;
  const text = `${first ? '' : ','}\n      ${nested(written(entry), '      ')}`;
  const bytes = Buffer.from(text, 'utf8');
  if (key !== undefined) {
    if (table.size >= LIMIT) table.clear();
    table.set(key, bytes);
  }
  return bytes;
}

/** A member's value as JSON writes it 4 spaces in: a string, number, boolean or null at once. */
function memberText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    default:
      return v === null ? 'null' : nested(v, '    ');
  }
}

/** One element of the printed array (2 spaces in), written to `out`. */
function writeItem(out: ByteWriter, value: unknown): void {
  const entries =
    value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      ? pendingEntries(value)
      : undefined;
  if (entries === undefined || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    out.text(nested(value, '  ') ?? 'null');
    return;
  }
  const o = value as Record<string, unknown>;
  // the members before and after `reasons`, each written as one string
  let head = '';
  let tail = '';
  let seen = false;
  for (const key of Object.keys(o)) {
    if (key === 'reasons') {
      seen = true;
      continue;
    }
    const text = memberText(o[key]);
    if (text === undefined) continue;
    const member = `,\n    ${JSON.stringify(key)}: ${text}`;
    if (seen) tail += member;
    else head += member;
  }
  // `reasons` is always present (its own key): so the first member opens with `{`
  out.text(head === '' ? '{\n    "reasons": ' : `{${head.slice(1)},\n    "reasons": `);
  if (entries.length === 0) out.text('[]');
  else {
    out.text('[');
    for (let i = 0; i < entries.length; i++) out.bytes(reasonBytes(entries[i]!, i === 0));
    out.text('\n    ]');
  }
  out.text(`${tail}\n  }`);
}

/** A pretty JSON array written element by element as bytes. */
export function prettyArray(out: ByteWriter): {
  readonly item: (value: unknown) => void;
  readonly end: () => void;
} {
  let first = true;
  return {
    item: (value) => {
      out.text(first ? '[\n  ' : ',\n  ');
      first = false;
      writeItem(out, value);
    },
    end: () => {
      out.text(first ? '[]\n' : '\n]\n');
      out.flush();
    },
  };
}
