import { text } from '../core/text.js';
import type { Assessment } from '../schemas/assessment.js';
import { levels } from './nd90/levels.js';
import { triggers } from './nd90/triggers.js';
import { requireField } from './shared.js';
import type { Rule, RuleSet } from './types.js';

/** NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP: RULES.md §3, one row per rule. */
const rules: readonly Rule[] = [...triggers, ...levels];

function requires(a: Assessment): ReturnType<RuleSet['requires']> {
  return [
    ...requireField(!a.tasks, ['tasks'], 'NĐ 90 xét nhiệm vụ được giao', 'NĐ 90 reads the tasks'),
    ...requireField(
      a.role === 'leader' && !a.unit?.tasks,
      ['unit', 'tasks'],
      'NĐ 90 xét nhiệm vụ của đơn vị do người quản lý phụ trách',
      'NĐ 90 reads the tasks of the unit a manager leads',
    ),
  ];
}

export const nd90: RuleSet = {
  id: 'nd90-2020',
  title: text(
    'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP (cán bộ, công chức, viên chức)',
    'Decree 90/2020/NĐ-CP as amended by Decree 48/2023/NĐ-CP (cadres, civil servants, public employees)',
  ),
  regime: 'civil-service',
  employments: ['civil-servant', 'public-employee', 'cadre'],
  effectiveFrom: '2020-10-01',
  years: { from: 2020 },
  scores: false,
  roles: ['leader', 'member'],
  requires,
  rules,
};
