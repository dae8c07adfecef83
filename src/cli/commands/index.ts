import type { Command } from '../io.js';
import { calendarCommand } from './calendar.js';

/** Every command, by name. One file per command in this folder. */
export const commands: Record<string, Command> = {
  calendar: calendarCommand,
};
