import { readFile } from 'node:fs/promises';
import { type CliIo, EXIT, streamFailure } from './io.js';
import { runCli } from './run.js';

// The executable: wires the real process to `runCli`. Tests call `runCli` with a fake `CliIo`.

async function readInput(pathOrDash: string): Promise<string> {
  if (pathOrDash !== '-') return readFile(pathOrDash, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// A failed write (EPIPE from `| head`, ENOSPC from `> /dev/full`) arrives as an 'error' event on
// the stream; unhandled, Node prints a stack trace and exits 1 (the code for "some invalid").
let ending = false;
function onWriteError(error: unknown): void {
  if (ending) return;
  ending = true;
  const failure = streamFailure(error);
  if (failure.message) {
    try {
      process.stderr.write(failure.message);
    } catch {
      // standard error is gone too: the exit code is all that is left
    }
  }
  process.exit(failure.exitCode);
}
process.stdout.on('error', onWriteError);
process.stderr.on('error', onWriteError);

function write(stream: NodeJS.WriteStream, s: string | Uint8Array): void {
  try {
    stream.write(s);
  } catch (error) {
    onWriteError(error);
  }
}

/**
 * Standard output gets bytes encoded into one reused buffer (issue 9: `write(string)` encodes each
 * chunk with `Buffer.from`, which measures the bytes first and allocates anew; for `classify` of
 * 100,000 records that was about 15 % of the run). The buffer is reused only when the stream took
 * the bytes at once: a file, `/dev/null` or a blocking pipe write synchronously, and the stream's
 * `writableLength` is then back to 0. When the stream kept the chunk queued (a slow reader on an
 * asynchronous pipe or socket), that buffer belongs to the queue and the next chunk gets a new one.
 * Errors still arrive as the stream's 'error' event (EPIPE, ENOSPC), handled above.
 */
let outBuffer: Buffer | undefined;
/** Below this many bytes a chunk is written as a string (usage lines, a table's tally). */
const SMALL = 1 << 12;
function writeOut(s: string): void {
  // At most 3 bytes per UTF-16 unit (a surrogate pair is 4 bytes for 2 units).
  const need = s.length * 3;
  if (need < SMALL) {
    write(process.stdout, s);
    return;
  }
  if (!outBuffer || outBuffer.length < need)
    outBuffer = Buffer.allocUnsafeSlow(Math.max(need, 1 << 20));
  const bytes = outBuffer.write(s, 0, 'utf8');
  write(process.stdout, outBuffer.subarray(0, bytes));
  if (process.stdout.writableLength > 0) outBuffer = undefined;
}

const io: CliIo = {
  stdout: writeOut,
  // each chunk is the writer's own buffer (byte-writer.ts): handed over as it is
  stdoutBytes: (chunk) => write(process.stdout, chunk),
  stderr: (s) => write(process.stderr, s),
  readInput,
  isTTY: Boolean(process.stdout.isTTY),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kiemdiem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.unusable;
  },
);
