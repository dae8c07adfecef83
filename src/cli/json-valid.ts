// Whether a slice of text is one JSON value (RFC 8259, as JSON.parse reads it), without building
// the value: a scan of the characters with a stack of open brackets (issue 9: checking the
// elements of a large input with JSON.parse parsed each of them twice). It may only say "valid"
// for text that JSON.parse accepts; where it says "not valid", the caller asks JSON.parse, so a
// refusal costs time, never a different answer (test/cli/json-valid.test.ts compares the two).

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isHex = (c: number) =>
  (c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** The characters that may follow a backslash (besides `u`): " \ / b f n r t. */
const isEscape = (c: number) =>
  c === QUOTE ||
  c === BACKSLASH ||
  c === 0x2f ||
  c === 0x62 ||
  c === 0x66 ||
  c === 0x6e ||
  c === 0x72 ||
  c === 0x74;

function skipSpace(s: string, i: number, end: number): number {
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The index after the string opening at `i` (a quote), or -1. */
function scanString(s: string, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c < 0x20) return -1;
    if (c !== BACKSLASH) continue;
    const e = s.charCodeAt(++j);
    if (e === 0x75) {
      if (j + 4 >= end) return -1;
      for (let k = 1; k <= 4; k++) if (!isHex(s.charCodeAt(j + k))) return -1;
      j += 4;
    } else if (!isEscape(e)) return -1;
  }
  return -1;
}

function digits(s: string, i: number, end: number): number {
  const from = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  return i > from ? i : -1;
}

/** The index after the number starting at `i`, or -1. */
function scanNumber(s: string, start: number, end: number): number {
  let i = s.charCodeAt(start) === MINUS ? start + 1 : start;
  i = i < end && s.charCodeAt(i) === ZERO ? i + 1 : digits(s, i, end);
  if (i < 0) return -1;
  if (i < end && s.charCodeAt(i) === DOT) {
    i = digits(s, i + 1, end);
    if (i < 0) return -1;
  }
  const e = s.charCodeAt(i);
  if (i < end && (e === 0x65 || e === 0x45)) {
    const sign = s.charCodeAt(i + 1);
    i = digits(s, sign === PLUS || sign === MINUS ? i + 2 : i + 1, end);
  }
  return i;
}

/** The index after `word` at `i`, or -1. */
function scanWord(s: string, i: number, end: number, word: string): number {
  return i + word.length <= end && s.startsWith(word, i) ? i + word.length : -1;
}

/** The index after the scalar (string, number, literal) at `i`, or -1. */
function scanScalar(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) return scanString(s, i, end);
  if (c === MINUS || isDigit(c)) return scanNumber(s, i, end);
  if (c === 0x74) return scanWord(s, i, end, 'true');
  if (c === 0x66) return scanWord(s, i, end, 'false');
  if (c === 0x6e) return scanWord(s, i, end, 'null');
  return -1;
}

/**
 * Whether `s.slice(start, end)` is exactly one JSON value (whitespace around it allowed). Arrays
 * and objects are walked with an explicit stack, so deep nesting costs no recursion.
 */
export function isJsonValue(s: string, start: number, end: number): boolean {
  const open: number[] = [];
  let i = skipSpace(s, start, end);
  for (;;) {
    // A value is expected at i.
    if (i >= end) return false;
    const c = s.charCodeAt(i);
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      i = skipSpace(s, i + 1, end);
      if (s.charCodeAt(i) !== (c === OPEN_ARRAY ? CLOSE_ARRAY : CLOSE_OBJECT)) {
        open.push(c);
        if (c === OPEN_OBJECT) i = key(s, i, end);
        if (i < 0) return false;
        continue;
      }
      i++;
    } else {
      i = scanScalar(s, i, end);
      if (i < 0) return false;
    }
    i = afterValue(s, i, end, open);
    if (i < 0) return false;
    if (open.length === 0) return i === end;
  }
}

/**
 * After a value: closes what it closes, then the index of the next value (after a comma and, in
 * an object, the next key), or the end of the outermost value; -1 when neither follows.
 */
function afterValue(s: string, from: number, end: number, open: number[]): number {
  let i = from;
  for (;;) {
    i = skipSpace(s, i, end);
    const top = open[open.length - 1];
    if (top === undefined) return i;
    const d = s.charCodeAt(i);
    if (d === COMMA) {
      i = skipSpace(s, i + 1, end);
      return top === OPEN_OBJECT ? key(s, i, end) : i;
    }
    if (d !== (top === OPEN_ARRAY ? CLOSE_ARRAY : CLOSE_OBJECT)) return -1;
    open.pop();
    i++;
  }
}

/** An object member's `"key" :` at `i`: the index of its value (spaces skipped), or -1. */
function key(s: string, i: number, end: number): number {
  if (s.charCodeAt(i) !== QUOTE) return -1;
  const after = scanString(s, i, end);
  if (after < 0) return -1;
  const colon = skipSpace(s, after, end);
  return s.charCodeAt(colon) === COLON ? skipSpace(s, colon + 1, end) : -1;
}
