import type { Lang } from '../core/text.js';

/** What a command may touch: injected so commands are testable without a process. */
export interface CliIo {
  readonly stdout: (chunk: string) => void;
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
