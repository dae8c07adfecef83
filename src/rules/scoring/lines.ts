import { type Text, text } from '../../core/text.js';
import type { Absence } from '../../schemas/periods.js';
import type { PeriodScore, ScoringLines, SkippedPeriod } from './annual.js';
import type { ResolvedOptions, ShareName } from './options.js';
import {
  equals,
  fromInt,
  min,
  mul,
  type Rational,
  rational,
  roundTo2,
  toDecimal,
} from './rational.js';

/** An input-derived number, exactly (sums of k·count terminate), else rounded to 2 decimals. */
function num(r: Rational): string {
  return toDecimal(r, 6) ?? String(roundTo2(r));
}

/** A result: `= x` when it has at most 2 decimals, else `≈ x` rounded to 2 decimals. */
function res(r: Rational): string {
  const exact = toDecimal(r, 2);
  return exact !== undefined ? `= ${exact}` : `≈ ${roundTo2(r)}`;
}

const HUNDRED = fromInt(100);
const QUARTER = rational(1n, 4n);

/**
 * What each line loses, `k·min(done, 0.25·failures)` (N335-QUAL, N335-PROG): `1.5·0.25` for one
 * failure of a line with k = 1.5; a line with a confirmed objective cause loses nothing.
 */
function lossTerms(p: PeriodScore, failures: 'qualityFailures' | 'delays'): string[] {
  return (p.products ?? []).flatMap((line) => {
    if (line.objectiveCauseConfirmed || line[failures] === 0 || line.done === 0) return [];
    const lost = min(fromInt(line.done), mul(fromInt(line[failures]), QUARTER));
    return [`${line.k}·${num(lost)}`];
  });
}

/** `100·part/assigned` written out, or the vacuous case. */
function shareLine(p: PeriodScore, name: 'a' | 'b' | 'c', label: Text): Text | undefined {
  const value = p[name];
  const sums = p.sums;
  if (!value || !sums) return undefined;
  if (sums.assigned.n === 0n)
    return text(
      `${p.period}: ${name} (${label.vi}) = 100 (Σk·giao = 0: không có việc được giao)`,
      `${p.period}: ${name} (${label.en}) = 100 (Σk·assigned = 0: nothing was assigned)`,
    );
  const terms = name === 'a' ? [] : lossTerms(p, name === 'b' ? 'qualityFailures' : 'delays');
  const top = terms.length === 0 ? num(sums.done) : `(${[num(sums.done), ...terms].join(' − ')})`;
  const raw = `100·${top}/${num(sums.assigned)}`;
  const formula = equals(value, HUNDRED) && top !== num(sums.assigned) ? `min(100, ${raw})` : raw;
  const body = `${name} (%s) = ${formula} ${res(value)}`;
  return text(
    `${p.period}: ${body.replace('%s', label.vi)}`,
    `${p.period}: ${body.replace('%s', label.en)}`,
  );
}

function leadLine(p: PeriodScore): Text | undefined {
  const lead = p.lead;
  if (!lead || !p.d || !p.dd || !p.e) return undefined;
  const staff = `${lead.managedStaff.completedOrBetter}/${lead.managedStaff.total}`;
  const d = `d = ${num(p.d)}`;
  const dd = `đ = ${num(p.dd)}`;
  const e = `e = ${num(p.e)}`;
  return text(
    `${p.period}: ${d} (${staff} công chức thuộc quyền quản lý hoàn thành nhiệm vụ trở lên); ${dd} (đơn vị ${
      lead.unitAllOnTime ? '' : 'không '
    }hoàn thành mọi nhiệm vụ đúng tiến độ, bảo đảm chất lượng); ${e} (${
      lead.prolongedDisunity ? 'có' : 'không có'
    } kết luận mất đoàn kết nội bộ kéo dài)`,
    `${p.period}: ${d} (${staff} managed civil servants completed or better); ${dd} (the unit ${
      lead.unitAllOnTime ? 'completed' : 'did not complete'
    } all tasks on time with quality); ${e} (${
      lead.prolongedDisunity ? 'a' : 'no'
    } conclusion of prolonged disunity)`,
  );
}

function task70Line(p: PeriodScore, o: ResolvedOptions): Text | undefined {
  if (!p.tasks) return undefined;
  const plain = o.shares.every((s) => o.weights[s] === 1);
  const terms = o.shares.map((s: ShareName) => {
    const v = p[s];
    const shown = v ? num(v) : '?';
    return plain ? shown : `${o.weights[s]}·${shown}`;
  });
  const w = o.shares.reduce((acc, s) => acc + o.weights[s], 0);
  const names = o.shares.map((s) => (s === 'dd' ? 'đ' : s)).join(', ');
  const body = `= 70 × (${terms.join(' + ')})/${w} / 100 ${res(p.tasks)} (${names})`;
  return text(`${p.period}: nhiệm vụ ${body}`, `${p.period}: tasks ${body}`);
}

function generalLine(p: PeriodScore, o: ResolvedOptions): Text {
  const prev = p.previousUnit ? { vi: ' (đơn vị cũ)', en: ' (previous unit)' } : { vi: '', en: '' };
  if (p.source === 'points')
    return text(
      `${p.period}${prev.vi}: điểm = ${num(p.score)}, do đơn vị cũ chấm`,
      `${p.period}${prev.en}: score = ${num(p.score)}, given by the previous unit`,
    );
  const tasks = num(p.tasks ?? p.score);
  if (!o.parts.general)
    return text(
      `${p.period}${prev.vi}: điểm = nhiệm vụ ${res(p.score)} (không cộng tiêu chí chung)`,
      `${p.period}${prev.en}: score = tasks ${res(p.score)} (general criteria left out)`,
    );
  const body = `${num(p.general ?? fromInt(0))} + ${tasks} ${res(p.score)}`;
  return text(
    `${p.period}${prev.vi}: điểm = chung + nhiệm vụ = ${body}`,
    `${p.period}${prev.en}: score = general + tasks = ${body}`,
  );
}

const ABSENCE: Record<Absence, Text> = {
  leave: text('nghỉ phép', 'leave'),
  sickness: text('nghỉ ốm', 'sickness'),
  maternity: text('nghỉ thai sản', 'maternity'),
};

function annualLine(
  perPeriod: readonly PeriodScore[],
  skipped: readonly SkippedPeriod[],
  points: Rational,
  o: ResolvedOptions,
): Text {
  const byMonths = o.mean === 'months';
  const terms = perPeriod.map((p) => (byMonths ? `${p.months}·${num(p.score)}` : num(p.score)));
  const over = byMonths ? perPeriod.reduce((m, p) => m + p.months, 0) : perPeriod.length;
  const formula = `(${terms.join(' + ')})/${over} ${res(points)}`;
  const rest = (lang: 'vi' | 'en') =>
    skipped.length === 0
      ? ''
      : `; ${lang === 'vi' ? 'không tính' : 'not scored'}: ${skipped
          .map((s) => `${s.period} (${ABSENCE[s.absent][lang]})`)
          .join(', ')}`;
  return text(
    `Cả năm (trung bình ${byMonths ? 'theo số tháng' : 'cộng'}) = ${formula}${rest('vi')}`,
    `Year (${byMonths ? 'mean weighted by months' : 'plain mean'}) = ${formula}${rest('en')}`,
  );
}

const LABELS = {
  a: text('khối lượng', 'quantity'),
  b: text('chất lượng', 'quality'),
  c: text('tiến độ', 'progress'),
};

/** The arithmetic behind a score, line by line, as an officer checks it by hand. */
export function scoringLines(
  perPeriod: readonly PeriodScore[],
  skipped: readonly SkippedPeriod[],
  points: Rational,
  o: ResolvedOptions,
): ScoringLines {
  const pick = (f: (p: PeriodScore) => Text | undefined) =>
    perPeriod.flatMap((p) => {
      const line = f(p);
      return line ? [line] : [];
    });
  return {
    qty: pick((p) => shareLine(p, 'a', LABELS.a)),
    qual: pick((p) => shareLine(p, 'b', LABELS.b)),
    prog: pick((p) => shareLine(p, 'c', LABELS.c)),
    lead: pick(leadLine),
    task70: pick((p) => task70Line(p, o)),
    general: perPeriod.map((p) => generalLine(p, o)),
    annual: annualLine(perPeriod, skipped, points, o),
  };
}
