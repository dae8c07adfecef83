import type { Lang } from '../core/text.js';
import { dayText } from '../report/dates.js';
import type { PlayProgress } from './player.js';

/** How many reviews have ended (closed, not reviewed, not rated) of how many. */
export interface ReviewTally {
  readonly ended: number;
  readonly total: number;
}

export interface ProgressOptions {
  /** A terminal: one line redrawn in place; otherwise one plain line per simulated day. */
  readonly tty: boolean;
  readonly lang: Lang;
}

const WIDTH = 24;

/** The simulated day, `23-10-2024` (the letters' style, in both languages as before). */
const day = (at: string): string => dayText(at.slice(0, 10), 'vi');

/**
 * The demo's progress display: the simulated day, the share of the script sent and how many
 * reviews have ended. On a terminal a bar redrawn in place (`\r`, erase line), finished by a
 * newline on `end()`; piped, a plain line per day, so a log reads like a diary of the cycle.
 */
export function progressDisplay(
  write: (s: string) => void,
  options: ProgressOptions,
): { readonly update: (p: PlayProgress, tally?: ReviewTally) => void; readonly end: () => void } {
  const vi = options.lang === 'vi';
  let drawn = false;
  return {
    update: (p, tally) => {
      const share = p.total === 0 ? 1 : p.done / p.total;
      const percent = `${Math.round(share * 100)}%`.padStart(4);
      const ended = tally
        ? vi
          ? ` · ${tally.ended}/${tally.total} cuộc kiểm điểm đã kết thúc`
          : ` · ${tally.ended}/${tally.total} reviews ended`
        : '';
      const events = vi ? `${p.done}/${p.total} sự kiện` : `${p.done}/${p.total} events`;
      if (options.tty) {
        const filled = Math.round(share * WIDTH);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
        write(`\r\u001b[2K${day(p.at)} ${bar} ${percent} ${events}${ended}`);
        drawn = true;
      } else {
        const done = p.done === p.total ? (vi ? ' — xong' : ' — done') : '';
        write(`${day(p.at)} ${percent} ${events}${ended}${done}\n`);
      }
    },
    end: () => {
      if (drawn) write('\n');
      drawn = false;
    },
  };
}
