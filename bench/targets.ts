// The classification rows of issue 9, as ratios measured in the same run (so load from other
// processes on a shared machine falls on both sides alike), each with its target and ✓/✗.

import { grouped, type Sample, table } from './measure.js';

export interface ClassifySamples {
  /** `classify()` on the raw input (zod, rule-set choice, checks, engine). */
  readonly classify: Sample;
  /** `evaluate()` on pre-parsed assessments. */
  readonly engine: Sample;
  /** The validation `classify` runs: the fast path derived from AssessmentSchema (zod on doubt). */
  readonly parse: Sample;
  /** `AssessmentSchema.parse` alone (zod), for reference. */
  readonly zod: Sample;
  /** `JSON.parse(JSON.stringify(a))` of the same raw inputs. */
  readonly json: Sample;
}

const us = (s: Sample) => 1e6 / s.perSecond;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The issue-9 rows: measure, now, target, ✓/✗; then where the time of `classify` goes. */
export function targetLines(s: ClassifySamples): string[] {
  const vsJson = us(s.classify) / us(s.json);
  const engineRate = s.engine.perSecond;
  const rows = [
    [
      'classify() per assessment vs JSON.parse(JSON.stringify(a))',
      `${vsJson.toFixed(2)}×`,
      '≤ 1.5×',
      mark(vsJson <= 1.5),
    ],
    [
      'engine alone (evaluate, pre-parsed), assessments/s',
      grouped(engineRate),
      '≥ 1,000,000',
      mark(engineRate >= 1_000_000),
    ],
    [
      '  (engine alone vs JSON round trip, load-independent)',
      `${(us(s.engine) / us(s.json)).toFixed(2)}×`,
      '—',
      '',
    ],
  ];
  const parse = us(s.parse);
  const engine = us(s.engine);
  const rest = Math.max(0, us(s.classify) - parse - engine);
  const share = (x: number) => `${((100 * x) / us(s.classify)).toFixed(0)}%`;
  return [
    'issue 9, classification rows (ratios from this run; the machine rows and the CLI row follow)',
    ...table(['measure', 'now', 'target', ''], rows),
    `where classify's ${us(s.classify).toFixed(2)} µs go: validation ${parse.toFixed(2)} µs (${share(parse)}; zod alone would take ${us(s.zod).toFixed(2)} µs)` +
      ` · engine ${engine.toFixed(2)} µs (${share(engine)})` +
      ` · options, rule-set choice and checks ${rest.toFixed(2)} µs (${share(rest)});` +
      ` JSON round trip ${us(s.json).toFixed(2)} µs`,
  ];
}
