import { type Text, text } from '../core/text.js';
import { PostgresStore } from '../store/postgres.js';
import { SqliteStore } from '../store/sqlite.js';
import type { ReviewStore } from '../store/types.js';

/** The PostgreSQL schema names a `?schema=` may give (an SQL identifier, unquoted). */
const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store `kiemdiem demo --store SPEC` runs on: `sqlite:PATH` (a file, created if missing) or
 * a PostgreSQL URL `postgres://…` / `postgresql://…`, whose optional `?schema=NAME` names the
 * schema the tables go in (default `kiemdiem`; the parameter is not sent to the server). Anything
 * else is a bilingual problem to report. The store is not opened here: the driver loads (and a
 * missing one is reported) when it is first used.
 */
export function demoStore(spec: string): ReviewStore | Text {
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    if (path === '')
      return text(
        '--store sqlite: thiếu đường dẫn tệp',
        '--store sqlite: the file path is missing',
      );
    return new SqliteStore({ path });
  }
  if (/^postgres(ql)?:\/\//.test(spec)) {
    let url: URL;
    try {
      url = new URL(spec);
    } catch {
      return text(
        `--store: địa chỉ PostgreSQL không hợp lệ: ${spec}`,
        `--store: not a valid PostgreSQL URL: ${spec}`,
      );
    }
    const schema = url.searchParams.get('schema');
    if (schema !== null && !SCHEMA.test(schema))
      return text(
        `--store: tên schema không hợp lệ "${schema}" (chữ thường, chữ số, _)`,
        `--store: not a schema name "${schema}" (lower-case letters, digits, _)`,
      );
    url.searchParams.delete('schema');
    return new PostgresStore({
      connection: url.toString(),
      ...(schema !== null ? { schema } : {}),
      poolSize: 2,
    });
  }
  return text(
    `--store phải là sqlite:ĐƯỜNG_DẪN hoặc postgres://…, không phải "${spec}"`,
    `--store must be sqlite:PATH or postgres://…, not "${spec}"`,
  );
}
