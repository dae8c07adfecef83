import { levelLabel } from '../../core/level.js';
import { type Lang, type Text, text } from '../../core/text.js';
import { type CatalogueEntry, ruleCatalogue, statusMark } from '../../rules/catalogue.js';
import { ruleSets } from '../../rules/registry.js';
import type { RuleSetId } from '../../schemas/assessment.js';
import { rulesHelp } from '../command-help.js';
import { checkRuleSetId, createWriter, pad, unusable, wantsTable } from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type CliContext, type Command, EXIT } from '../io.js';

const USAGE = usageLine(rulesHelp);

/** Title of the cross-subject section (it has no rule set of its own). */
export const CROSS_TITLE = text(
  'Quy tắc liên đối tượng (kiểm tra trên tập kết quả)',
  'Cross-subject rules (checked over a set of results)',
);

/** The heading of a catalogue section: the rule set's title and dates, or the cross title. */
export function sectionTitle(id: RuleSetId | 'cross', lang: Lang): string {
  if (id === 'cross') return CROSS_TITLE[lang];
  const set = ruleSets[id];
  if (!set) return id;
  const to = set.effectiveTo ? ` → ${set.effectiveTo}` : lang === 'vi' ? ' → nay' : ' → present';
  return `${id} — ${set.title[lang]} (${lang === 'vi' ? 'hiệu lực' : 'in force'} ${set.effectiveFrom}${to})`;
}

const ASSUMED = text('giả định', 'assumed');
const PARTLY = text('một phần giả định', 'partly assumed');

/** The status column: `C`, `A (giả định)` or `C/A (một phần giả định)`, so assumptions show. */
export function statusLabel(e: CatalogueEntry, lang: Lang): string {
  const mark = statusMark(e);
  if (mark === 'C') return mark;
  return `${mark} (${(mark === 'A' ? ASSUMED : PARTLY)[lang]})`;
}

/** Entries grouped by rule set, in catalogue order. */
export function bySection(
  entries: readonly CatalogueEntry[],
): Map<RuleSetId | 'cross', CatalogueEntry[]> {
  const sections = new Map<RuleSetId | 'cross', CatalogueEntry[]>();
  for (const e of entries) sections.set(e.ruleSet, [...(sections.get(e.ruleSet) ?? []), e]);
  return sections;
}

const HEADERS: Record<'id' | 'status' | 'level' | 'appliesTo', Text> = {
  id: text('Mã', 'Id'),
  status: text('Trạng thái', 'Status'),
  level: text('Mức', 'Level'),
  appliesTo: text('Áp dụng cho', 'Applies to'),
};
const CITATION = text('Căn cứ', 'Citation');
const SWITCH = text('Hồ sơ cấu hình', 'Profile');
const LEGEND = text(
  'C = đã xác nhận từ văn bản; A = giả định (chưa có văn bản chính thức), có thể bật/tắt bằng hồ sơ cấu hình (profile).',
  'C = confirmed from the regulation text; A = assumed (official text unavailable), switchable by a profile.',
);

function renderTable(entries: readonly CatalogueEntry[], lang: Lang): string {
  const out: string[] = [LEGEND[lang], ''];
  for (const [id, rows] of bySection(entries)) {
    const title = sectionTitle(id, lang);
    out.push(title, '═'.repeat(Math.min([...title].length, 100)));
    const cells = rows.map((e) => [
      e.id,
      statusLabel(e, lang),
      e.level ? levelLabel(e.level, lang) : '—',
      e.appliesTo[lang],
    ]);
    const head = [
      HEADERS.id[lang],
      HEADERS.status[lang],
      HEADERS.level[lang],
      HEADERS.appliesTo[lang],
    ];
    const widths = head.map((h, i) =>
      Math.max([...h].length, ...cells.map((c) => [...c[i]!].length)),
    );
    const line = (c: readonly string[]) =>
      c.map((s, i) => (i === c.length - 1 ? s : pad(s, widths[i]!))).join('  ');
    out.push(line(head));
    rows.forEach((e, i) => {
      out.push(line(cells[i]!), `    ${e.text[lang]}`);
      if (e.statusNote) out.push(`    ${statusMark(e)}: ${e.statusNote[lang]}`);
      if (e.howToSwitch) out.push(`    ${SWITCH[lang]}: ${e.howToSwitch[lang]}`);
      out.push(`    ${CITATION[lang]}: ${e.citation}`);
    });
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** `kiemdiem rules [--rule-set ID]`: the rule catalogue, from the rule tables themselves. */
export const rulesCommand: Command = async (argv, ctx: CliContext) => {
  const parsed = parseCommandArgs(argv, rulesHelp);
  if (!parsed.ok) return unusable(ctx, 'rules', parsed.problem, USAGE);
  if (parsed.args.positional.length > 0) {
    return unusable(
      ctx,
      'rules',
      text(
        `đối số thừa: ${parsed.args.positional.join(' ')}`,
        `unexpected argument: ${parsed.args.positional.join(' ')}`,
      ),
      USAGE,
    );
  }
  const chosen = checkRuleSetId(ctx, 'rules', parsed.args.options['--rule-set'], ['cross']);
  if (!chosen.ok) return chosen.code;
  const entries = ruleCatalogue(chosen.value);
  const out = createWriter(ctx.io);
  out.write(
    wantsTable(ctx) ? renderTable(entries, ctx.lang) : `${JSON.stringify(entries, null, 2)}\n`,
  );
  out.flush();
  return EXIT.ok;
};
