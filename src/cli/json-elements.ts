// Reading a large JSON array element by element (issue 9: CLI classify streams its input). The
// input text is scanned once for the top-level element boundaries; each element is then parsed
// with JSON.parse a block at a time, so the whole array is never held parsed at once.

import { isJsonValue } from './json-valid.js';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The index just after the string that opens at `i` (a quote), or -1 when it does not close. */
function skipString(s: string, i: number): number {
  for (let j = i + 1; ; ) {
    const q = s.indexOf('"', j);
    if (q < 0) return -1;
    let slashes = 0;
    while (s.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** The index where the value that starts at `i` ends (at a top-level `,` or `]`), or -1. */
function skipValue(s: string, i: number): number {
  let depth = 0;
  for (let j = i; j < s.length; ) {
    const c = s.charCodeAt(j);
    if (c === QUOTE) {
      j = skipString(s, j);
      if (j < 0) return -1;
      continue;
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth++;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth === 0) return c === CLOSE_ARRAY ? j : -1;
      depth--;
    } else if (c === COMMA && depth === 0) return j;
    j++;
  }
  return -1;
}

/**
 * The `[start, end)` offsets of each top-level element of `s`, flat (`[s0, e0, s1, e1, …]`), when
 * `s` has the shape of a JSON array; `null` otherwise. Only the shape is checked: each slice must
 * still pass JSON.parse, and anything this returns `null` for is left to JSON.parse of the whole
 * text (which then gives its own error, as before).
 */
export function splitJsonArray(s: string): number[] | null {
  let i = skipSpace(s, 0);
  if (s.charCodeAt(i) !== OPEN_ARRAY) return null;
  const offsets: number[] = [];
  i = skipSpace(s, i + 1);
  if (s.charCodeAt(i) === CLOSE_ARRAY) return skipSpace(s, i + 1) === s.length ? offsets : null;
  for (;;) {
    const end = skipValue(s, i);
    if (end < 0 || end === i) return null;
    offsets.push(i, end);
    if (s.charCodeAt(end) === CLOSE_ARRAY)
      return skipSpace(s, end + 1) === s.length ? offsets : null;
    i = skipSpace(s, end + 1);
  }
}

/** The elements of a JSON array, parsed one at a time. */
export interface JsonElements {
  readonly length: number;
  /** Element `i`, parsed when its block of elements is first read (callers read each once). */
  readonly at: (i: number) => unknown;
}

/**
 * The elements of `s` parsed one by one, or `null` when `s` is not a JSON array element by
 * element (the caller then parses the whole text, for the same error as before). Every element is
 * checked here first (json-valid.ts), so nothing is read out before the whole input is known to be
 * valid JSON; each is then parsed once, when it is read.
 */
export function jsonElements(s: string): JsonElements | null {
  const offsets = splitJsonArray(s);
  if (!offsets) return null;
  try {
    // The scan confirms almost every element; JSON.parse judges any it does not.
    for (let k = 0; k < offsets.length; k += 2) {
      const from = offsets[k]!;
      const to = offsets[k + 1]!;
      if (!isJsonValue(s, from, to)) JSON.parse(s.slice(from, to));
    }
  } catch {
    return null;
  }
  const length = offsets.length / 2;
  // Parsed BLOCK elements at a time: one JSON.parse of the text from the first element to the
  // last, in brackets (the commas between them are the array's own), instead of one call each.
  let block: unknown[] = [];
  let first = 0;
  return {
    length,
    at: (i) => {
      if (i < first || i >= first + block.length) {
        const end = Math.min(length, i + BLOCK);
        block = JSON.parse(`[${s.slice(offsets[2 * i], offsets[2 * end - 1])}]`) as unknown[];
        first = i;
      }
      return block[i - first];
    },
  };
}

/** How many elements one JSON.parse reads (a bound on what is held parsed at once). */
const BLOCK = 64;
