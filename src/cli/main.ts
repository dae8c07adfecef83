import { readFile } from 'node:fs/promises';
import { type CliIo, EXIT } from './io.js';
import { runCli } from './run.js';

// The executable: wires the real process to `runCli`. Tests call `runCli` with a fake `CliIo`.

async function readInput(pathOrDash: string): Promise<string> {
  if (pathOrDash !== '-') return readFile(pathOrDash, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
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
