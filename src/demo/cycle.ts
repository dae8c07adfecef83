import { createCycle } from '../../machines/cycle/runner.js';
import type { DemoCycleFactory } from './run.js';

const ENDED: ReadonlySet<string> = new Set(['closed', 'notReviewed', 'notRated']);

/**
 * The demo's cycle: the library's in-memory `createCycle`, reviews kept in memory. The daily tick
 * reaches only the reviews it brings a deadline notice (`tickReviews: 'due'`), so the audit log
 * holds the ticks that mean something rather than one per review per day.
 */
export const demoCycle: DemoCycleFactory = (definition, options) => {
  const run = createCycle(definition, { ...options, tickReviews: 'due' });
  return {
    open: (at, by) => run.open(at, by),
    send: (subjectId, event) => run.send(subjectId, event),
    sendCycle: (event) => run.sendCycle(event),
    tick: (at) => run.tick(at),
    summary: () => run.summary(),
    tally: () => {
      const subjects = Object.values(run.index().subjects);
      return { ended: subjects.filter((s) => ENDED.has(s.stage)).length, total: subjects.length };
    },
  };
};
