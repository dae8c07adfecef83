import type { Command } from '../io.js';
import { calendarCommand } from './calendar.js';
import { checkCommand } from './check.js';
import { classifyCommand } from './classify.js';
import { demoCommand } from './demo.js';
import { importCommand } from './import.js';
import { rulesCommand } from './rules.js';

/** Every command, by name. One file per command in this folder. */
export const commands: Record<string, Command> = {
  classify: classifyCommand,
  rules: rulesCommand,
  check: checkCommand,
  calendar: calendarCommand,
  import: importCommand,
  demo: demoCommand,
};
