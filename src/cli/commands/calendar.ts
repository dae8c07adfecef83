import { DateTime } from 'luxon';
import { LUNAR_RANGE } from '../../calendar/lunar.js';
import type { YearSchedule } from '../../calendar/schedule.js';
import { workingDaysPerMonth, yearSchedule } from '../../calendar/working-days.js';
import type { InputIssue } from '../../core/errors.js';
import { type Lang, type Text, text } from '../../core/text.js';
import { ZONE } from '../../core/zone.js';
import { type ResolvedDeadline, resolveDeadlines } from '../../profiles/deadlines.js';
import { loadProfile } from '../../profiles/load.js';
import { getProfile, PROFILE_IDS } from '../../profiles/registry.js';
import type { Profile } from '../../schemas/cycle-profile.js';
import { calendarHelp } from '../command-help.js';
import { createWriter, issueLines, type Outcome, pad, unusable, wantsTable } from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type CliContext, type Command, EXIT } from '../io.js';

const USAGE = usageLine(calendarHelp);

const L = {
  title: text('Lịch ngày nghỉ và ngày làm việc năm', 'Holidays and working days,'),
  official: text('lịch chính thức', 'official schedule'),
  computed: text(
    'tính theo Bộ luật Lao động (chưa có thông báo chính thức; không có ngày hoán đổi)',
    'computed from the Labour Code (no official notice yet; no swapped days)',
  ),
  notices: text('Căn cứ', 'Set by'),
  daysOff: text('Ngày nghỉ', 'Days off'),
  worked: text('Ngày nghỉ hằng tuần chuyển thành ngày làm việc', 'Weekend days worked'),
  none: text('(không có)', '(none)'),
  perMonth: text('Số ngày làm việc theo tháng', 'Working days per month'),
  total: text('Cả năm', 'Whole year'),
  deadlines: text('Hạn chót của hồ sơ cấu hình', 'Deadlines of the profile'),
  due: text('hạn lúc', 'due at'),
  lastDay: text('ngày làm việc cuối cùng để thực hiện', 'last working day to act'),
  before: text('trước ngày', 'before'),
  by: text('đến hết ngày', 'by the end of'),
  rolled: text(
    'lùi sang ngày làm việc kế tiếp nếu rơi vào ngày nghỉ',
    'rolled to the next working day',
  ),
  official1: text('chính thức', 'official'),
  computed1: text('tính toán', 'computed'),
} as const;

const VI_WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

function dayLabel(iso: string, lang: Lang): string {
  const d = DateTime.fromISO(iso, { zone: ZONE });
  const weekday = lang === 'vi' ? VI_WEEKDAYS[d.weekday - 1] : d.toFormat('ccc', { locale: 'en' });
  return `${weekday} ${d.toFormat(lang === 'vi' ? 'dd/MM/yyyy' : 'yyyy-MM-dd')}`;
}

function instantLabel(due: DateTime, lang: Lang): string {
  return due.toFormat(
    lang === 'vi' ? "HH:mm 'ngày' dd/MM/yyyy '(GMT+7)'" : "yyyy-MM-dd HH:mm '(UTC+7)'",
  );
}

function renderSchedule(s: YearSchedule, months: readonly number[], lang: Lang): string[] {
  const source = s.source === 'official' ? L.official[lang] : L.computed[lang];
  const out = [`${L.title[lang]} ${s.year} — ${source}`];
  if (s.notices.length > 0) out.push(`${L.notices[lang]}: ${s.notices.join('; ')}`);
  out.push('', `${L.daysOff[lang]}:`);
  for (const h of s.holidays) {
    const mark = h.source === 'official' ? L.official1[lang] : L.computed1[lang];
    out.push(`  ${pad(dayLabel(h.date, lang), 16)}  ${pad(h.name[lang], 44)}  [${mark}]`);
  }
  out.push('', `${L.worked[lang]}:`);
  if (s.workingWeekendDays.length === 0) out.push(`  ${L.none[lang]}`);
  for (const w of s.workingWeekendDays)
    out.push(`  ${pad(dayLabel(w.date, lang), 16)}  ${w.name[lang]}`);
  out.push('', `${L.perMonth[lang]}:`);
  const monthName = (m: number) =>
    lang === 'vi' ? `T${m}` : DateTime.utc(2000, m, 1).toFormat('LLL', { locale: 'en' });
  out.push(`  ${months.map((n, i) => `${monthName(i + 1)} ${n}`).join('  ')}`);
  out.push(`  ${L.total[lang]}: ${months.reduce((a, b) => a + b, 0)}`);
  return out;
}

function renderDeadlines(
  profile: Profile,
  deadlines: readonly ResolvedDeadline[],
  lang: Lang,
): string[] {
  const out = ['', `${L.deadlines[lang]} ${profile.id} — ${profile.title[lang]}:`];
  for (const d of deadlines) {
    const written = `${d.reading === 'before' ? L.before[lang] : L.by[lang]} ${dayLabel(d.date, lang)}`;
    out.push(`  ${d.id}: ${d.label[lang]}`);
    out.push(`    ${written}${d.rollForward ? ` (${L.rolled[lang]})` : ''}`);
    out.push(
      `    ${L.due[lang]} ${instantLabel(d.due, lang)}; ${L.lastDay[lang]}: ${dayLabel(d.lastWorkingDay, lang)}`,
    );
  }
  return out;
}

function toJson(
  s: YearSchedule,
  months: readonly number[],
  profile?: Profile,
  deadlines?: readonly ResolvedDeadline[],
) {
  return {
    year: s.year,
    source: s.source,
    notices: s.notices,
    holidays: s.holidays,
    workingWeekendDays: s.workingWeekendDays,
    workingDaysPerMonth: months.map((workingDays, i) => ({ month: i + 1, workingDays })),
    ...(profile && deadlines
      ? {
          profile: {
            id: profile.id,
            title: profile.title,
            reviewYear: profile.reviewYear,
            deadlines: deadlines.map((d) => ({
              id: d.id,
              label: d.label,
              date: d.date,
              reading: d.reading,
              rollForward: d.rollForward,
              due: d.due.toISO(),
              approachingFrom: d.approachingFrom.toISO(),
              lastWorkingDay: d.lastWorkingDay,
              guards: d.guards,
              policy: d.policy,
              actor: d.actor,
              ...(d.recipient ? { recipient: d.recipient } : {}),
            })),
          },
        }
      : {}),
  };
}

function problem(vi: string, en: string): Text {
  return text(vi, en);
}

/** A shipped profile that has its own year only (no other year builds), else `undefined`. */
function fixedYear(id: string): Profile | undefined {
  const own = getProfile(id);
  return own && getProfile(id, own.reviewYear + 1) === undefined ? own : undefined;
}

/**
 * `--profile FILE|ID`: a shipped profile's id (`generic-qd366` takes `--year` as its review year)
 * or the path of a profile JSON file (checked by `loadProfile`). A profile whose review year is
 * not `--year` is refused: its deadlines belong to its own year's calendar.
 */
async function profileFor(
  ctx: CliContext,
  arg: string | undefined,
  year: number,
): Promise<Outcome<Profile | undefined>> {
  if (arg === undefined) return { ok: true, value: undefined };
  const fail = (vi: string, en: string) => ({
    ok: false as const,
    code: unusable(ctx, 'calendar', problem(vi, en), USAGE),
  });
  let profile: Profile | undefined;
  if ((PROFILE_IDS as readonly string[]).includes(arg)) {
    // a fixed profile (kon-tum-2024) has no other year: it falls through to "is for 2024, not …"
    profile = getProfile(arg, { year }) ?? fixedYear(arg);
    if (!profile) {
      const first = getProfile(arg)?.reviewYear;
      return fail(
        `hồ sơ cấu hình "${arg}" không có năm ${year} (từ năm ${first})`,
        `the profile "${arg}" has no year ${year} (it starts in ${first})`,
      );
    }
  } else {
    let raw: string;
    try {
      raw = await ctx.io.readInput(arg);
    } catch {
      const list = PROFILE_IDS.join(', ');
      return fail(
        `không có hồ sơ cấu hình "${arg}": không phải mã có sẵn (${list}) cũng không phải tệp`,
        `unknown profile "${arg}": neither a shipped id (${list}) nor a file`,
      );
    }
    try {
      profile = loadProfile(raw);
    } catch (error) {
      const issues = (error as { issues?: readonly InputIssue[] }).issues ?? [];
      const lines = issueLines(issues, ctx.lang)
        .map((l) => `  ${l}`)
        .join('\n');
      const detail = lines || (error instanceof Error ? error.message : String(error));
      return fail(
        `hồ sơ cấu hình "${arg}" không hợp lệ:\n${detail}`,
        `invalid profile "${arg}":\n${detail}`,
      );
    }
  }
  if (profile.reviewYear !== year)
    return fail(
      `hồ sơ cấu hình "${arg}" là của năm ${profile.reviewYear}, không phải ${year}: hạn chót của nó thuộc lịch năm ${profile.reviewYear}`,
      `the profile "${arg}" is for ${profile.reviewYear}, not ${year}: its deadlines belong to the ${profile.reviewYear} calendar`,
    );
  return { ok: true, value: profile };
}

/**
 * `kiemdiem calendar --year YYYY [--profile FILE|ID]`: the year's days off (official or
 * computed, marked), weekend days worked, working days per month, and the profile's deadlines
 * with their due instants and the last working day to act.
 */
export const calendarCommand: Command = async (argv, ctx: CliContext) => {
  const parsed = parseCommandArgs(argv, calendarHelp);
  if (!parsed.ok) return unusable(ctx, 'calendar', parsed.problem, USAGE);
  const { positional, options } = parsed.args;
  if (positional.length > 0) {
    const extra = positional.join(' ');
    return unusable(
      ctx,
      'calendar',
      problem(`đối số thừa: ${extra}`, `unexpected argument: ${extra}`),
      USAGE,
    );
  }
  const yearText = options['--year'];
  if (yearText === undefined) {
    return unusable(ctx, 'calendar', problem('thiếu --year', '--year is required'), USAGE);
  }
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!(year >= LUNAR_RANGE.from && year <= LUNAR_RANGE.to)) {
    const range = `${LUNAR_RANGE.from}–${LUNAR_RANGE.to}`;
    return unusable(
      ctx,
      'calendar',
      problem(
        `năm không hợp lệ: "${yearText}" (cần ${range})`,
        `invalid year: "${yearText}" (expected ${range})`,
      ),
      USAGE,
    );
  }
  const chosen = await profileFor(ctx, options['--profile'], year);
  if (!chosen.ok) return chosen.code;
  const profile = chosen.value;
  const choice = { cultureDay: profile?.readings.cultureDay ?? false };
  const schedule = yearSchedule(year, choice);
  const months = workingDaysPerMonth(year, choice);
  const deadlines = profile ? resolveDeadlines(profile) : undefined;
  const out = createWriter(ctx.io);
  if (wantsTable(ctx)) {
    const lines = renderSchedule(schedule, months, ctx.lang);
    if (profile && deadlines) lines.push(...renderDeadlines(profile, deadlines, ctx.lang));
    out.write(`${lines.join('\n')}\n`);
  } else {
    out.write(`${JSON.stringify(toJson(schedule, months, profile, deadlines), null, 2)}\n`);
  }
  out.flush();
  return EXIT.ok;
};
