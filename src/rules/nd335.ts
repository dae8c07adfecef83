import { text } from '../core/text.js';
import { rows } from './nd335/rows.js';
import { periodScorer } from './nd335/score.js';
import { scoringRows } from './nd335/scoring-rows.js';
import type { Rule, RuleSet } from './types.js';

/** NĐ 335/2025/NĐ-CP (công chức, from 01-01-2026): RULES.md §4, one row per rule. */
const rules: readonly Rule[] = [...scoringRows, ...rows];

export const nd335: RuleSet = {
  id: 'nd335-2025',
  title: text(
    'Nghị định 335/2025/NĐ-CP (21-12-2025) về đánh giá, xếp loại chất lượng công chức',
    'Decree 335/2025/NĐ-CP (21 Dec 2025) on the evaluation and classification of civil servants',
  ),
  regime: 'civil-service',
  employments: ['civil-servant'],
  effectiveFrom: '2026-01-01',
  years: { from: 2026 },
  scores: true,
  roles: ['leader', 'member'],
  requires: () => [],
  rules,
  scorePeriods: periodScorer('N335'),
};
