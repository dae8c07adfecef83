import { text } from '../core/text.js';
import { periodScorer } from './nd335/score.js';
import { nd335 } from './nd335.js';
import type { Rule, RuleSet } from './types.js';

const N233 = 'NĐ 233/2026/NĐ-CP';
const UNSEEN = `${N233} (chưa có văn bản; theo NĐ 335/2025/NĐ-CP / text not available; mirrors NĐ 335/2025/NĐ-CP)`;

/**
 * A row of nd335-2025 as nd233-2026 reads it: the same rule under an `N233-` id, every one
 * assumed (the decree's text was not available, RULES.md §4), its parameters keyed by its own id.
 */
function mirror(r: Rule): Rule {
  const { partlyAssumed: _part, switchedBy, ...rest } = r;
  // A row read through its own parameter keeps it, under its own id (N233-TASK70, N233-ANNUAL);
  // the others are assumed as a whole here, so they are switched on and off.
  const parameter =
    switchedBy && 'parameter' in switchedBy && switchedBy.parameter === r.id
      ? { switchedBy: { parameter: switchedBy.parameter.replace(/^N335-/, 'N233-') } }
      : {};
  return {
    ...rest,
    ...parameter,
    id: r.id.replace(/^N335-/, 'N233-'),
    status: 'assumed',
    citation: `${UNSEEN}; ${r.citation}`,
  } as Rule;
}

/** NĐ 233/2026/NĐ-CP (viên chức): a mirror of nd335-2025 plus N233-HEAD-CAP, all assumed. */
const rules: readonly Rule[] = [
  ...nd335.rules.map(mirror),
  {
    id: 'N233-HEAD-CAP',
    kind: 'cross',
    status: 'assumed',
    appliesTo: { roles: ['leader'] },
    citation: `${N233} Điều 12 khoản 7 (theo tài liệu thứ cấp / as secondary sources report it)`,
    text: text(
      'Người đứng đầu không được xếp loại cao hơn đơn vị do mình đứng đầu (kiểm tra trên tập kết quả, như X-HEAD-CAP)',
      'The head is not rated above the unit the person heads (checked over the results, as X-HEAD-CAP)',
    ),
  },
];

export const nd233: RuleSet = {
  id: 'nd233-2026',
  title: text(
    'Nghị định 233/2026/NĐ-CP về đánh giá, xếp loại chất lượng viên chức (chưa có văn bản: mọi quy tắc là giả định)',
    'Decree 233/2026/NĐ-CP on the evaluation of public employees (text not available: every rule is assumed)',
  ),
  regime: 'civil-service',
  employments: ['public-employee'],
  effectiveFrom: '2026-07-01',
  years: { from: 2026 },
  scores: true,
  roles: ['leader', 'member'],
  requires: () => [],
  rules,
  scorePeriods: periodScorer('N233'),
};
