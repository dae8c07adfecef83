/** A user-visible text in both languages the library speaks. Vietnamese is NFC, full diacritics. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof Text;

/**
 * Builds a {@link Text}. Every source file is NFC (a test checks it) and what rules insert are
 * numbers, ids and ISO dates, so no normalisation runs here, on the hot path of `classify()`.
 */
export function text(vi: string, en: string): Text {
  return { vi, en };
}
