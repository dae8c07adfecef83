import type { InputIssue } from '../core/errors.js';
import { text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import type { RulesProfile } from '../schemas/profile.js';
import { ownTasksRequired } from './qd366/common.js';
import { levels } from './qd366/levels.js';
import { triggers } from './qd366/triggers.js';
import { unitTriggers } from './qd366/unit-triggers.js';
import { requireField } from './shared.js';
import type { Rule, RuleSet } from './types.js';

/** QĐ 366-QĐ/TW (30-08-2025) with HD 43-HD/BTCTW (31-10-2025): RULES.md §1, one row per rule. */
const rules: readonly Rule[] = [...triggers, ...unitTriggers, ...levels];

function requires(a: Assessment, profile: RulesProfile): InputIssue[] {
  return [
    ...requireField(
      !a.tasks && ownTasksRequired(a, profile),
      ['tasks'],
      'QĐ 366 xét nhiệm vụ của tập thể, cá nhân',
      'QĐ 366 reads the subject’s own tasks',
    ),
    ...requireField(
      a.points === undefined,
      ['points'],
      'QĐ 366 chấm theo thang 100 điểm',
      'QĐ 366 scores on 100 points',
    ),
    ...requireField(
      a.role === 'leader' && !a.unit?.tasks,
      ['unit', 'tasks'],
      'QĐ 366 xét nhiệm vụ của đơn vị do người lãnh đạo trực tiếp phụ trách',
      'QĐ 366 reads the tasks of the unit a leader directly leads',
    ),
  ];
}

export const qd366: RuleSet = {
  id: 'qd366-2025',
  title: text(
    'Quy định 366-QĐ/TW (30-08-2025), Hướng dẫn 43-HD/BTCTW (31-10-2025)',
    'Regulation 366-QĐ/TW (30 Aug 2025), Guidance 43-HD/BTCTW (31 Oct 2025)',
  ),
  regime: 'party',
  effectiveFrom: '2025-08-30',
  years: { from: 2025 },
  scores: true,
  roles: ['leadership', 'party-organization', 'leader', 'member', 'outside'],
  requires,
  rules,
};
