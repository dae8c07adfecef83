import { LEVELS, levelShort } from '../core/level.js';
import type { Lang } from '../core/text.js';
import { groupName } from '../report/csv.js';
import { dayText, instantText } from '../report/dates.js';
import { SUMMARY_LABELS as L } from '../report/labels.js';
import type { Counts, Summary } from '../report/summary-schema.js';

/** Right-aligns `s` in `width` characters (by code points). */
function right(s: string, width: number): string {
  const n = [...s].length;
  return n >= width ? s : ' '.repeat(width - n) + s;
}

function left(s: string, width: number): string {
  const n = [...s].length;
  return n >= width ? s : s + ' '.repeat(width - n);
}

const cell = (c: Counts, i: number) => {
  const l = c.levels[i];
  return l && l.count > 0 ? `${l.count} (${(l.percent ?? 0).toFixed(1)}%)` : '0';
};

/**
 * The summary as an officer reads it on a terminal: per comparable group and for all, the number
 * of subjects, each level's count and share of the rated (HTXSNV, HTTNV, HTNV, KHTNV), the
 * not-rated and not-reviewed, the quota verdict; then late and missing dossiers, the quota
 * findings (each result let stand above the quota under its finding: who allowed it, why) and the
 * head-cap findings, and the lists per recipient. Groups, subjects and authorities by name, days
 * and instants as the language writes them (`29-11-2024`, `10:31`). Plain text, no colour,
 * fixed-width columns.
 */
export function summaryTable(summary: Summary, lang: Lang): string {
  const head = [
    L.group[lang],
    L.total[lang],
    ...LEVELS.map(levelShort),
    L.notRated[lang],
    L.notReviewed[lang],
    L.quotaVerdict[lang],
  ];
  const rows = summary.groups.map((g) => [
    groupName(summary, g.group)[lang],
    String(g.counts.subjects),
    ...LEVELS.map((_, i) => cell(g.counts, i)),
    String(g.counts.notRated),
    String(g.counts.notReviewed),
    L[g.quota][lang],
  ]);
  const t = summary.totals;
  rows.push([
    L.grandTotal[lang],
    String(t.subjects),
    ...LEVELS.map((_, i) => cell(t, i)),
    String(t.notRated),
    String(t.notReviewed),
    '',
  ]);
  const widths = head.map((h, i) =>
    Math.max(...[h, ...rows.map((r) => r[i] ?? '')].map((s) => [...s].length)),
  );
  const line = (r: readonly string[]) =>
    r
      .map((s, i) =>
        i === 0 || i === r.length - 1 ? left(s, widths[i] ?? 0) : right(s, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [
    `${summary.title[lang]} — ${L.asOf[lang]} ${dayText(summary.asOf, lang)}`,
    '',
    line(head),
    rule,
    ...rows.slice(0, -1).map(line),
    rule,
    line(rows.at(-1) ?? []),
    '',
  ];
  const d = summary.dossiers;
  out.push(
    `${L.dossiers[lang]}: ${L.onTime[lang]} ${d.onTime.length}, ${L.late[lang]} ${d.late.length}, ${L.missing[lang]} ${d.missing.length}`,
  );
  for (const e of d.late)
    out.push(
      `  ${L.late[lang]}: ${e.unitName}${e.submittedAt ? ` (${instantText(e.submittedAt, lang)})` : ''}`,
    );
  for (const e of d.missing) out.push(`  ${L.missing[lang]}: ${e.unitName}`);
  const overrides = summary.overrides ?? [];
  for (const f of [...summary.checks.quota, ...summary.checks.headCap]) {
    out.push(
      `${f.severity === 'error' ? L.error[lang] : L.warning[lang]} ${f.rule}: ${f.message[lang]}`,
    );
    for (const o of overrides)
      if (o.rule === f.rule && o.group === f.group)
        out.push(
          `  ${o.name} — ${L.overrideBy[lang]}: ${o.byName[lang]}. ${L.overrideReason[lang]}: ${o.reason}`,
        );
  }
  for (const [list, label] of [
    [summary.notReviewed, L.notReviewed],
    [summary.notRated, L.notRated],
  ] as const)
    for (const e of list) {
      // a name that already says its unit ("Phó Chi cục trưởng (2) Chi cục Kiểm lâm") is not followed by it again
      const unit = e.name.endsWith(e.unitName) ? '' : ` (${e.unitName})`;
      out.push(`${label[lang]}: ${e.name}${unit} — ${e.reason[lang]}`);
    }
  for (const r of summary.recipients)
    out.push(`${L.recipients[lang]} ${r.name?.[lang] ?? r.recipient}: ${r.subjects.length}`);
  return `${out.join('\n')}\n`;
}
