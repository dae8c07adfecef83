/**
 * A memo of one entry, keyed by object identity: what the review machine remembers of the event
 * it is processing (its screened copy, validation, verdict). The guards and actions of one event
 * ask about the same object several times; a later event replaces the entry. Cheaper than a
 * WeakMap per event, whose entries the garbage collector must trace (issue 9).
 */
export class LastOf<V> {
  private key: object | undefined;
  private value: V | undefined;

  get(key: object): V | undefined {
    return key === this.key ? this.value : undefined;
  }

  set(key: object, value: V): void {
    this.key = key;
    this.value = value;
  }
}
