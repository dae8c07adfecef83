import type { Text } from '../../core/text.js';
import type { Severity } from './table.js';

/** A cross-subject finding (CONTRACT.md § Cross-subject checks). */
export interface Violation {
  readonly rule: string;
  readonly severity: Severity;
  readonly subjects: readonly string[];
  readonly group?: string;
  readonly limit?: number;
  readonly actual?: number;
  readonly message: Text;
}
