import { cellText, type ImportRow, type ImportSheet } from './table.js';

/**
 * Splits one CSV text into records (RFC 4180): fields quoted with `"` may hold the separator, line
 * breaks and doubled quotes; records end with CRLF, LF or CR; a leading UTF-8 byte order mark
 * (Excel's "CSV UTF-8") is dropped. The separator is `,`, or `;` when the first line holds a `;`
 * outside quotes and no `,` (Excel in a Vietnamese locale, where the comma is the decimal mark,
 * saves lists with `;`). Each record keeps the line it starts on, so an error names that line.
 * An unclosed quote is reported (as `unclosedQuoteAt`, the line it opened on) rather than guessed.
 */
export function parseCsv(input: string): {
  readonly records: ImportRow[];
  readonly unclosedQuoteAt?: number;
} {
  const s = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separatorOf(s);
  const records: ImportRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ number: start, cells: fields.map(cellText) });
    fields = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && s[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
      quoteLine = line;
    } else if (c === sep) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) return { records, unclosedQuoteAt: quoteLine };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

function separatorOf(s: string): ',' | ';' {
  let quoted = false;
  let comma = false;
  let semicolon = false;
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ',') comma = true;
    else if (!quoted && c === ';') semicolon = true;
  }
  return semicolon && !comma ? ';' : ',';
}

/** A CSV text as one sheet named `name`. */
export function csvSheet(name: string, input: string): ImportSheet & { unclosedQuoteAt?: number } {
  const { records, unclosedQuoteAt } = parseCsv(input);
  return { name, rows: records, ...(unclosedQuoteAt !== undefined ? { unclosedQuoteAt } : {}) };
}
