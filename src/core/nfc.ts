/** Any UTF-16 unit outside ASCII. */
const NOT_ASCII = /[\u0080-\uffff]/;

/**
 * `s.normalize('NFC')`, skipped for ASCII (always NFC), which most ids and instants are: the
 * normalisation is an ICU call that costs even when it changes nothing (issue 9).
 */
export function nfc(s: string): string {
  return NOT_ASCII.test(s) ? s.normalize('NFC') : s;
}
