import { AssessmentError } from '../core/errors.js';
import { text } from '../core/text.js';
import { drained, writeAtomic } from './write.js';

/** One audit entry as the `.jsonl` export reads it: any JSON object naming its subject. */
export interface SubjectEntry {
  readonly subjectId: string;
}

function check(entry: unknown, line: number): asserts entry is SubjectEntry {
  const ok =
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as { subjectId?: unknown }).subjectId === 'string' &&
    (entry as { subjectId: string }).subjectId.length > 0;
  if (!ok)
    throw new AssessmentError(
      [
        {
          path: [line, 'subjectId'],
          code: 'required',
          message: text(
            `Mục nhật ký thứ ${line} không có subjectId.`,
            `Audit entry ${line} has no subjectId.`,
          ),
        },
      ],
      'audit entries',
    );
}

/**
 * Writes audit entries to `path` as JSON Lines: one `JSON.stringify(entry)` per line, `\n`
 * after each, in the order given. Entries are streamed (a sync or async iterable, e.g. a cursor
 * over the audit table), never joined into one string, and the file is written atomically: an
 * entry without a `subjectId`, or a failing source, leaves no file and any old one untouched.
 * Returns how many entries were written.
 */
export async function writeJsonl(
  path: string,
  entries: Iterable<SubjectEntry> | AsyncIterable<SubjectEntry>,
): Promise<number> {
  let count = 0;
  await writeAtomic(path, async (out) => {
    for await (const entry of entries) {
      check(entry, count);
      count += 1;
      if (!out.write(`${JSON.stringify(entry)}\n`)) await drained(out);
    }
  });
  return count;
}
