import { type Lang, type Text, text } from './text.js';

/** The four quality levels, the same names in every regime (DOMAIN.md). */
export type Level = 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED';

/** Highest first. */
export const LEVELS = [
  'EXCELLENT',
  'GOOD',
  'COMPLETED',
  'NOT_COMPLETED',
] as const satisfies readonly Level[];

const LABELS: Record<Level, Text & { short: string }> = {
  EXCELLENT: {
    ...text('Hoàn thành xuất sắc nhiệm vụ', 'Excellently completed duties'),
    short: 'HTXSNV',
  },
  GOOD: { ...text('Hoàn thành tốt nhiệm vụ', 'Well completed duties'), short: 'HTTNV' },
  COMPLETED: { ...text('Hoàn thành nhiệm vụ', 'Completed duties'), short: 'HTNV' },
  NOT_COMPLETED: {
    ...text('Không hoàn thành nhiệm vụ', 'Did not complete duties'),
    short: 'KHTNV',
  },
};

/** The official name of a level: `levelLabel('GOOD')` → `'Hoàn thành tốt nhiệm vụ'`. */
export function levelLabel(level: Level, lang: Lang = 'vi'): string {
  return LABELS[level][lang];
}

/** The Vietnamese abbreviation used in summary tables (HTXSNV, HTTNV, HTNV, KHTNV). */
export function levelShort(level: Level): string {
  return LABELS[level].short;
}

/** Rank: 3 for EXCELLENT down to 0 for NOT_COMPLETED. */
export function levelRank(level: Level): number {
  return LEVELS.length - 1 - LEVELS.indexOf(level);
}

/** Positive when `a` is higher than `b`, negative when lower, 0 when equal. */
export function compareLevels(a: Level, b: Level): number {
  return levelRank(a) - levelRank(b);
}

/** The lower of two levels. */
export function minLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) <= 0 ? a : b;
}
