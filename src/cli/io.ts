import type { Lang } from '../core/text.js';

/** What a command may touch: injected so commands are testable without a process. */
export interface CliIo {
  readonly stdout: (chunk: string) => void;
  /** Standard output for bytes already UTF-8 (the executable has it; without it, `stdout`). */
  readonly stdoutBytes?: (chunk: Uint8Array) => void;
  readonly stderr: (chunk: string) => void;
  /** Reads a file path, or standard input for `-`. Throws a NodeJS error when it cannot. */
  readonly readInput: (pathOrDash: string) => Promise<string>;
  /** Whether standard output is a terminal (human table) or not (JSON). */
  readonly isTTY: boolean;
}

export interface CliContext {
  readonly io: CliIo;
  readonly lang: Lang;
  /** `--json` given: JSON even on a terminal. */
  readonly json: boolean;
  /** `--table` given: the human table even when piped (e.g. `npm run example | less`). */
  readonly table?: boolean;
}

/** A command: its arguments (global flags removed) in, an exit code out. */
export type Command = (args: readonly string[], ctx: CliContext) => Promise<number>;

/** Exit codes (CONTRACT.md § CLI). */
export const EXIT = { ok: 0, someInvalid: 1, unusable: 2 } as const;

/** Reads `--name value` from an argument list. */
export function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** A leading UTF-8 byte order mark, as some Windows editors write it. */
const BOM = '\uFEFF';

/** The text without a leading byte order mark (a BOM is not part of the JSON). */
export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** What ends the process when writing to a standard stream fails. */
export interface StreamFailure {
  readonly exitCode: number;
  /** What to tell the user on standard error (none for a reader that went away). */
  readonly message?: string;
}

/**
 * How the executable answers a failed write to standard output or error. EPIPE — the reader
 * stopped (`kiemdiem rules | head`) — ends quietly with exit 0: nothing went wrong that the user
 * should hear about. Any other write error (`> /dev/full`: ENOSPC, EIO) is exit 2 with one line,
 * never a stack trace: the output is unusable.
 */
export function streamFailure(error: unknown): StreamFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EPIPE') return { exitCode: EXIT.ok };
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : 'error';
  return {
    exitCode: EXIT.unusable,
    message: `kiemdiem: không ghi được kết quả / cannot write the output (${detail})\n`,
  };
}
