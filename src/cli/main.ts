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

function write(stream: NodeJS.WriteStream, s: string): void {
  try {
    stream.write(s);
  } catch (error) {
    onWriteError(error);
  }
}

const io: CliIo = {
  stdout: (s) => write(process.stdout, s),
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
