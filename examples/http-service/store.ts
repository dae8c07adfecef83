// Which store the example service runs on, from `--store` or `KIEMDIEM_STORE`.
import {
  MemoryStore,
  PostgresStore,
  type ReviewStore,
  SqliteStore,
  type Text,
  text,
} from 'kiemdiem';

/** The store when none is named: a SQLite file in the working directory. */
export const DEFAULT_STORE = 'sqlite:./kiemdiem.db';

/**
 * The store a spec names: `sqlite:PATH` (a file, created with its schema if missing; the process
 * started again on it goes on where it was), `memory` (lost when the process ends: tests, a try),
 * or a PostgreSQL URL `postgres://…`. Anything else is a bilingual problem to report. The store
 * is not opened here: it opens (and a missing driver is reported) on first use.
 */
export function storeOf(spec: string): ReviewStore | Text {
  if (spec === 'memory') return new MemoryStore();
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    if (path === '')
      return text('sqlite: thiếu đường dẫn tệp.', 'sqlite: the file path is missing.');
    return new SqliteStore({ path });
  }
  if (/^postgres(ql)?:\/\/./.test(spec)) return new PostgresStore({ connection: spec });
  return text(
    `Kho phải là sqlite:ĐƯỜNG_DẪN, memory hoặc postgres://…, không phải "${spec}".`,
    `The store must be sqlite:PATH, memory or postgres://…, not "${spec}".`,
  );
}
