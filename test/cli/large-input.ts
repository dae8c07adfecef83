import type { AssessmentInput } from '../../src/index.js';

// A large, varied input for the classify command: collectives and individuals of 2024 (QĐ 124)
// and 2025 (QĐ 366), with an invalid record (completed > total) every `invalidEvery` records.

const GRADES = ['EXCELLENT', 'GOOD', 'AVERAGE'] as const;

function record(i: number): AssessmentInput {
  const year = i % 2 === 0 ? 2024 : 2025;
  const total = 10 + (i % 31);
  const completed = total - (i % 7 === 0 ? 3 : 0);
  const tasks = {
    total,
    completed,
    onTime: completed - (i % 3),
    exceeded: Math.min(completed, (i * 7) % total),
  };
  const base = { id: `s-${i}`, year, tasks, group: `nhom-${i % 50}` };
  const qd124 = { criteria: { taskResults: GRADES[i % 3]!, politics: GRADES[(i + 1) % 3]! } };
  const qd366 = { points: { general: 20 + (i % 11), tasks: 40 + (i % 31) } };
  const rules = year === 2024 ? qd124 : qd366;
  if (i % 5 === 0) return { ...base, ...rules, kind: 'collective', role: 'leadership' };
  if (i % 5 === 1) {
    return {
      ...base,
      ...rules,
      kind: 'individual',
      role: 'leader',
      unit: { tasks: { ...tasks, onTime: completed } },
      confidence: { low: i % 9, total: 21 },
    };
  }
  return {
    ...base,
    ...rules,
    kind: 'individual',
    role: 'member',
    party: { admittedOn: i % 97 === 0 ? `${year}-10-01` : '2015-03-02' },
  };
}

/** `n` assessments as a JSON array string, with `completed > total` every `invalidEvery`th. */
export function largeInput(n: number, invalidEvery: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = record(i);
    if ((i + 1) % invalidEvery === 0) r.tasks = { ...r.tasks!, completed: r.tasks!.total + 1 };
    parts.push(JSON.stringify(r));
  }
  return `[${parts.join(',\n')}]`;
}
