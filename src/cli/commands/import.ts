import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { text } from '../../core/text.js';
import { importSubjects } from '../../import/import-subjects.js';
import { formatImportIssue } from '../../import/issues.js';
import { listCell } from '../../import/values.js';
import { getProfile, PROFILE_IDS } from '../../profiles/registry.js';
import { writeFileAtomic } from '../../report/write.js';
import { importHelp } from '../command-help.js';
import { createWriter, type Outcome, unusable } from '../common.js';
import { parseCommandArgs, usageLine } from '../help.js';
import { type CliContext, type Command, EXIT } from '../io.js';

const USAGE = usageLine(importHelp);

/** The profile and year: `--year` must be one the profile can run (a fixed profile: its own). */
function profileAndYear(
  ctx: CliContext,
  id: string,
  year: string | undefined,
): Outcome<{ id: string; year: number; organizer: string; issuer: string }> {
  const fail = (vi: string, en: string) => ({
    ok: false as const,
    code: unusable(ctx, 'import', text(vi, en), USAGE),
  });
  const base = getProfile(id);
  if (base === undefined)
    return fail(
      `không có hồ sơ cấu hình "${id}" (có: ${PROFILE_IDS.join(', ')})`,
      `unknown profile "${id}" (available: ${PROFILE_IDS.join(', ')})`,
    );
  if (year !== undefined && !/^\d{4}$/.test(year))
    return fail(
      `--year phải là một năm (YYYY): "${year}"`,
      `--year must be a year (YYYY): "${year}"`,
    );
  const wanted = year === undefined ? base.reviewYear : Number(year);
  const profile = getProfile(id, wanted);
  if (profile === undefined || profile.reviewYear !== wanted)
    return fail(
      `hồ sơ cấu hình "${id}" là của năm ${base.reviewYear}, không dùng được cho năm ${wanted}`,
      `the profile "${id}" is for ${base.reviewYear}; it cannot run a ${wanted} cycle`,
    );
  return {
    ok: true,
    value: { id, year: wanted, organizer: profile.organizer, issuer: profile.issuer },
  };
}

async function readSource(ctx: CliContext, path: string): Promise<Outcome<Uint8Array | string>> {
  try {
    return { ok: true, value: path === '-' ? await ctx.io.readInput('-') : await readFile(path) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const detail =
      code === 'ENOENT' ? 'ENOENT' : error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: unusable(
        ctx,
        'import',
        text(`không đọc được "${path}" (${detail})`, `cannot read "${path}" (${detail})`),
      ),
    };
  }
}

/**
 * `kiemdiem import FILE`: a cycle definition (JSON) from the officers' list of subjects, `.xlsx`
 * or `.csv` (docs/import.md). The cycle's facts the list does not hold come from the options;
 * `--profile` defaults to `generic-qd366`, `--year` to the profile's review year, the organizer
 * and issuer to the profile's. Every bad row is reported with its sheet, row and column, and then
 * nothing is written (exit 1). With `--out` the file is written atomically; without, the JSON
 * goes to standard output.
 */
export const importCommand: Command = async (argv, ctx) => {
  const parsed = parseCommandArgs(argv, importHelp);
  if (!parsed.ok) return unusable(ctx, 'import', parsed.problem, USAGE);
  const { positional, options } = parsed.args;
  if (positional.length !== 1)
    return unusable(
      ctx,
      'import',
      text(
        'cần đúng một tệp danh sách (.xlsx hoặc .csv, hoặc - )',
        'expects exactly one list file (.xlsx or .csv, or -)',
      ),
      USAGE,
    );
  const persons = listCell(options['--organizer-persons'] ?? '');
  if (persons.length === 0)
    return unusable(
      ctx,
      'import',
      text(
        'cần --organizer-persons: người thực hiện thay cơ quan tổ chức (mã, cách nhau bởi ;)',
        'needs --organizer-persons: the persons who act for the organizer (ids, separated by ;)',
      ),
      USAGE,
    );
  const cycle = profileAndYear(ctx, options['--profile'] ?? 'generic-qd366', options['--year']);
  if (!cycle.ok) return cycle.code;
  const path = positional[0]!;
  const source = await readSource(ctx, path);
  if (!source.ok) return source.code;
  const result = await importSubjects(source.value, {
    year: cycle.value.year,
    profile: cycle.value.id,
    organizer: options['--organizer'] ?? cycle.value.organizer,
    issuer: options['--issuer'] ?? cycle.value.issuer,
    organizerPersons: persons,
    ...(options['--id'] ? { id: options['--id'] } : {}),
    sheetName: path === '-' ? 'stdin' : basename(path),
  });
  if (!result.ok) {
    const n = result.issues.length;
    ctx.io.stderr(
      `kiemdiem import: ${ctx.lang === 'vi' ? `${n} lỗi; không ghi tệp nào` : `${n} problem(s); nothing written`}\n`,
    );
    for (const issue of result.issues) ctx.io.stderr(`  ${formatImportIssue(issue, ctx.lang)}\n`);
    return EXIT.someInvalid;
  }
  const json = `${JSON.stringify(result.definition, null, 2)}\n`;
  const out = options['--out'];
  if (out === undefined) {
    const w = createWriter(ctx.io);
    w.write(json);
    w.flush();
    return EXIT.ok;
  }
  await writeFileAtomic(out, json);
  const d = result.definition;
  ctx.io.stderr(
    ctx.lang === 'vi'
      ? `kiemdiem import: đã ghi ${out} (${d.units.length} đơn vị, ${d.subjects.length} đối tượng)\n`
      : `kiemdiem import: wrote ${out} (${d.units.length} units, ${d.subjects.length} subjects)\n`,
  );
  return EXIT.ok;
};
