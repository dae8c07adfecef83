import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * Writes `path` atomically: `write` fills a temporary file in the same directory (so `rename`
 * stays on one file system), which is flushed to disk and renamed over `path`. If `write` or any
 * step fails, the temporary file is removed and an existing `path` is left untouched; the error
 * is rethrown. `write` receives a stream and should respect its back-pressure
 * (`write() === false` → wait for `'drain'`).
 */
export async function writeAtomic(
  path: string,
  write: (out: Writable) => Promise<void> | void,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx');
  // `flush`: the data is synced to disk before the stream closes the handle (Node ≥ 20.10).
  const out = handle.createWriteStream({ flush: true });
  try {
    await write(out);
    out.end();
    await finished(out);
    await rename(temp, path);
  } catch (error) {
    // The stream may still report pending writes failing: the first error is the one that counts.
    out.on('error', () => undefined);
    out.destroy();
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

/** Writes a string (as UTF-8) or bytes to `path` atomically (see {@link writeAtomic}). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomic(path, async (out) => {
    if (!out.write(data)) await drained(out);
  });
}

/** Resolves when the stream drains, rejects if it fails first. */
export function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      out.off('drain', onDrain);
      out.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    out.once('drain', onDrain);
    out.once('error', done);
  });
}
