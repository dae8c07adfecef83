/** A user-visible text in both languages the library speaks. Vietnamese is NFC, full diacritics. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

export type Lang = keyof Text;

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Builds a {@link Text}, normalising both strings to NFC so comparisons and hashes are stable. */
export function text(vi: string, en: string): Text {
  return { vi: vi.normalize('NFC'), en: en.normalize('NFC') };
}

/** Picks one language of a {@link Text}. */
export function say(t: Text, lang: Lang = 'vi'): string {
  return t[lang];
}
