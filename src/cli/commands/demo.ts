import { resolve } from 'node:path';
import { holidays } from '../../calendar/working-days.js';
import { type Lang, type Text, text } from '../../core/text.js';
import { demoCycle } from '../../demo/cycle.js';
import { konTumScript } from '../../demo/kon-tum/script.js';
import type { PlayProgress, Surprise } from '../../demo/player.js';
import { progressDisplay } from '../../demo/progress.js';
import { type DemoCycleFactory, type DemoResult, type DemoTally, runDemo } from '../../demo/run.js';
import { runDemoOnStore } from '../../demo/run-store.js';
import type { DemoScript } from '../../demo/script.js';
import { demoStore } from '../../demo/store-spec.js';
import { syntheticScript } from '../../demo/synthetic.js';
import { summaryTable } from '../../demo/table.js';
import { getProfile, PROFILE_IDS } from '../../profiles/registry.js';
import { summaryJson } from '../../report/json.js';
import { StoreError } from '../../store/errors.js';
import { demoHelp } from '../command-help.js';
import { createWriter, unusable, wantsTable } from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type Command, EXIT } from '../io.js';

const USAGE = usageLine(demoHelp);

/**
 * The bundled script for a profile and year: the seed's Kon Tum cycle, or a synthetic province
 * (under `generic-nd335`: its agencies' civil servants). A year the profile has no data for is
 * refused (a fixed profile such as `kon-tum-2024` has its own year only).
 */
function scriptFor(profile: string, year: number | undefined): DemoScript | Text {
  if (profile === 'kon-tum-2024' && (year === undefined || year === 2024)) return konTumScript();
  const y = year ?? getProfile(profile)?.reviewYear;
  const found = y === undefined ? undefined : getProfile(profile, y);
  if (y === undefined || !found)
    return text(
      `không có hồ sơ cấu hình "${profile}"${year ? ` cho năm ${year}` : ''}; có: ${PROFILE_IDS.join(', ')}`,
      `no bundled profile "${profile}"${year ? ` for ${year}` : ''}; there are: ${PROFILE_IDS.join(', ')}`,
    );
  return syntheticScript({ profile, year: y });
}

/** The days off the simulated clock crosses, each marked official or computed. */
function holidayLines(script: DemoScript, lang: Lang): string[] {
  const from = script.clock.from.slice(0, 10);
  const to = script.clock.to.slice(0, 10);
  const mark = {
    official: text('chính thức', 'official'),
    computed: text('tính toán, chưa có thông báo chính thức', 'computed, no official notice yet'),
  };
  const lines: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (const h of holidays(y))
      if (h.date >= from && h.date <= to)
        lines.push(`  ${h.date}  ${h.name[lang]} (${mark[h.source][lang]})`);
  if (lines.length === 0) return [];
  return [lang === 'vi' ? 'Ngày nghỉ trong đợt:' : 'Days off during the cycle:', ...lines, ''];
}

/**
 * The situations the bundled data plays (the Kon Tum cycle's: suggestions, a returned explanation,
 * a late and a missing dossier, a transfer, …), each with the subjects or units it concerns by
 * name, so that an officer sees what the run went through before its summary. A synthetic
 * province lists none (its situations come at rates, not by name).
 */
function situationLines(script: DemoScript, lang: Lang): string[] {
  if (script.situations.length === 0) return [];
  const subjects = new Map(script.definition.subjects.map((s) => [s.id, s.name]));
  const units = new Map(script.definition.units.map((u) => [u.id, u.name]));
  const lines = script.situations.map((s) => {
    const who = [
      ...s.subjects.map((id) => subjects.get(id) ?? id),
      ...s.units.map((id) => units.get(id) ?? id),
    ];
    const all = lang === 'vi' ? `… (tất cả ${who.length})` : `… (${who.length} in all)`;
    const shown = who.length > 3 ? [...who.slice(0, 3), all] : who;
    return `  • ${s.label[lang]}${shown.length > 0 ? `: ${shown.join('; ')}` : ''}`;
  });
  return [lang === 'vi' ? 'Các tình huống trong đợt:' : 'Situations in the cycle:', ...lines, ''];
}

function surpriseLines(surprises: readonly Surprise[], lang: Lang): string[] {
  return surprises.map((s) => {
    const who = s.subjectId ?? s.unitId ?? '';
    const got = s.code
      ? `${s.code}: ${s.message?.[lang] ?? ''}`
      : lang === 'vi'
        ? 'chấp nhận'
        : 'accepted';
    return lang === 'vi'
      ? `  ${s.at} ${who} ${s.type}: kịch bản chờ "${s.expected}", cuộc kiểm điểm trả lời ${got}`
      : `  ${s.at} ${who} ${s.type}: the script expects "${s.expected}", the cycle answered ${got}`;
  });
}

/**
 * `kiemdiem demo [--out DIR] [--profile ID] [--year YYYY] [--store SPEC]`: the main job on bundled data. Runs the
 * seed's 2024 Kon Tum cycle (or, with another profile and year, a synthetic province under it) on
 * a simulated clock, shows the progress (a bar on a terminal, a line per day when piped), prints
 * the summary table and writes `summary.json`, `summary.csv`, `summary.xlsx` and `audit.jsonl`
 * into DIR (default `./kiemdiem-out`). `--json` prints the summary as JSON instead of the table.
 * `--store sqlite:PATH | postgres://…[?schema=NAME]` runs the cycle on that store, resumable
 * after a kill and idempotent on a finished store (`runDemoOnStore`).
 * Exit 0; 1 when an event of the script was answered otherwise than the script expects (listed);
 * 2 for unusable arguments.
 */
export function demoCommandWith(createCycle: DemoCycleFactory): Command {
  return async (argv, ctx) => {
    const parsed = parseCommandArgs(argv, demoHelp);
    if (!parsed.ok) return unusable(ctx, 'demo', parsed.problem, USAGE);
    const { positional, options } = parsed.args;
    if (positional.length > 0)
      return unusable(ctx, 'demo', text('không nhận tệp đầu vào', 'takes no input file'), USAGE);
    const yearText = options['--year'];
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !(Number.isInteger(year) && /^\d{4}$/.test(yearText ?? '')))
      return unusable(
        ctx,
        'demo',
        text(`năm không hợp lệ: ${yearText}`, `not a year: ${yearText}`),
        USAGE,
      );
    const script = scriptFor(options['--profile'] ?? 'kon-tum-2024', year);
    if (!('format' in script)) return unusable(ctx, 'demo', script, USAGE);
    const spec = options['--store'];
    const store = spec === undefined ? undefined : demoStore(spec);
    if (store && !('init' in store)) return unusable(ctx, 'demo', store, USAGE);
    const out = resolve(options['--out'] ?? 'kiemdiem-out');
    const table = wantsTable(ctx) || !ctx.json;
    const display = progressDisplay(ctx.io.stdout, { tty: ctx.io.isTTY, lang: ctx.lang });
    const onDay = (p: PlayProgress, cycle: DemoTally) => {
      if (table) display.update(p, cycle.tally?.());
    };
    // The bundled data is built for the bundled profiles: a failure here is a bug, reported by
    // main.ts (exit 2); the terminal's progress line is ended first.
    // A store that fails (unreachable, read-only, full, a cycle of another definition) is exit 2
    // with its bilingual message; nothing half-written (every commit is whole, files are renamed).
    let result: DemoResult;
    try {
      result = store
        ? await runDemoOnStore(script, { out, store, onDay })
        : await runDemo(script, { out, createCycle, onDay });
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      display.end();
      ctx.io.stderr(`kiemdiem demo: ${err.code}: ${err.text[ctx.lang]}\n`);
      return EXIT.unusable;
    } finally {
      display.end();
      await store?.close();
    }
    const w = createWriter(ctx.io);
    const { lang } = ctx;
    if (!table) w.write(summaryJson(result.summary));
    else {
      w.write('\n');
      for (const line of holidayLines(script, lang)) w.write(`${line}\n`);
      for (const line of situationLines(script, lang)) w.write(`${line}\n`);
      w.write(summaryTable(result.summary, lang));
      w.write(`\n${lang === 'vi' ? 'Đã ghi' : 'Written'}:\n`);
      const f = result.files;
      for (const path of [f.json, f.csv, f.xlsx, f.audit]) w.write(`  ${path}\n`);
    }
    w.flush();
    if (result.play.surprises.length === 0) return EXIT.ok;
    ctx.io.stderr(
      `${lang === 'vi' ? 'Sự kiện có kết quả khác kịch bản' : 'Events answered otherwise than the script expects'}:\n${surpriseLines(result.play.surprises, lang).join('\n')}\n`,
    );
    return EXIT.someInvalid;
  };
}

/** `kiemdiem demo` on the library's own in-memory cycle. */
export const demoCommand: Command = demoCommandWith(demoCycle);
