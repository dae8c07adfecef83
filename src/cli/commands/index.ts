import type { Command } from '../io.js';

/** Every command, by name. One file per command in this folder. */
export const commands: Record<string, Command> = {};
