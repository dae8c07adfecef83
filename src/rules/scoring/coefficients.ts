import type { InputIssue } from '../../core/errors.js';
import { text } from '../../core/text.js';
import {
  inForce,
  type Period,
  type ProductCatalogueEntry,
  periodStart,
} from '../../schemas/periods.js';

/** Finds a product's catalogue entry: `has` tells an unknown id from one not in force. */
export interface ProductLookup {
  has(id: string): boolean;
  /** The entry with that id in force on `date` (`YYYY-MM-DD`). */
  find(id: string, date: string): ProductCatalogueEntry | undefined;
}

/** A lookup over a parsed catalogue (`ProductCatalogueSchema`). */
export function catalogueLookup(entries: readonly ProductCatalogueEntry[]): ProductLookup {
  return {
    has: (id) => entries.some((e) => e.id === id),
    find: (id, date) => entries.find((e) => e.id === id && inForce(e, date)),
  };
}

/**
 * The coefficient `k` of each product line of a period (N335-INPUT): inline, else the
 * catalogue entry with that id in force on the period's first day; both given and different is
 * an issue, and so is an unknown id. `at` is the period's path, e.g. `['periods', 2]`.
 */
export function coefficientsOf(
  period: Period,
  lookup: ProductLookup | undefined,
  at: ReadonlyArray<string | number>,
): { ks: number[]; issues: InputIssue[] } {
  const ks: number[] = [];
  const issues: InputIssue[] = [];
  const day = periodStart(period.period);
  (period.products ?? []).forEach((line, j) => {
    const path = [...at, 'products', j];
    const inline = line.coefficient;
    if (line.product === undefined) {
      if (inline !== undefined) ks.push(inline);
      return;
    }
    const entry = lookup?.find(line.product, day);
    if (!entry) {
      if (inline !== undefined && lookup === undefined) {
        ks.push(inline);
        return;
      }
      const known = lookup?.has(line.product) ?? false;
      issues.push({
        path: [...path, 'product'],
        code: known ? 'product_not_in_force' : 'unknown_product',
        message: known
          ? text(
              `Sản phẩm "${line.product}" không có hệ số hiệu lực vào ngày ${day}.`,
              `Product "${line.product}" has no coefficient in force on ${day}.`,
            )
          : text(
              `Không có sản phẩm "${line.product}" trong danh mục.`,
              `No product "${line.product}" in the catalogue.`,
            ),
      });
      return;
    }
    if (inline !== undefined && inline !== entry.coefficient) {
      issues.push({
        path: [...path, 'coefficient'],
        code: 'coefficient_mismatch',
        message: text(
          `Hệ số ${inline} khác hệ số ${entry.coefficient} của "${line.product}" trong danh mục (ngày ${day}).`,
          `Coefficient ${inline} differs from ${entry.coefficient} for "${line.product}" in the catalogue (on ${day}).`,
        ),
      });
      return;
    }
    ks.push(entry.coefficient);
  });
  return { ks, issues };
}
