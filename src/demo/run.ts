import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { AssessmentError } from '../core/errors.js';
import { text } from '../core/text.js';
import { getProfile } from '../profiles/registry.js';
import { type ReportFiles, writeReports } from '../report/files.js';
import type { Summary } from '../report/summary-schema.js';
import { drained, writeAtomic } from '../report/write.js';
import type { CycleDefinition } from '../schemas/cycle-definition.js';
import type { Profile } from '../schemas/cycle-profile.js';
import { type CycleTarget, type PlayProgress, type PlayReport, playScript } from './player.js';
import type { ReviewTally } from './progress.js';
import type { DemoScript } from './script.js';

/** One audit entry as the cycle hands it over (`onAudit`): any JSON object naming its subject. */
export interface DemoAuditEntry {
  readonly subjectId: string;
}

/** What the progress display asks of a cycle: how many reviews have ended (optional). */
export interface DemoTally {
  tally?(): ReviewTally;
}

/** What the demo needs of a cycle run (`createCycle`'s `CycleRun`). */
export interface DemoCycle extends CycleTarget {
  summary(): Summary | undefined;
  /** How many reviews have ended, for the progress display (optional). */
  tally?(): ReviewTally;
}

/** How the demo builds its cycle: `createCycle` in the CLI, with the options it passes. */
export type DemoCycleFactory = (
  definition: CycleDefinition,
  options: { readonly profile: Profile; readonly onAudit: (entry: DemoAuditEntry) => void },
) => DemoCycle;

export interface DemoOptions {
  /** The directory the four files go into (created if missing). */
  readonly out: string;
  readonly createCycle: DemoCycleFactory;
  /** Called when the simulated day changes, with the cycle (for its tally). */
  readonly onDay?: (progress: PlayProgress, cycle: DemoTally) => void | Promise<void>;
}

export interface DemoResult {
  readonly summary: Summary;
  readonly play: PlayReport;
  readonly files: ReportFiles & { readonly audit: string };
  /** How many audit entries `audit.jsonl` holds. */
  readonly auditEntries: number;
  /** Milliseconds spent playing the cycle (audit streaming included) and writing the exports. */
  readonly timing: { readonly playMs: number; readonly exportMs: number };
}

/** The bundled profile a script names (an `AssessmentError` at `definition.profile` if none). */
export function scriptProfile(script: DemoScript): Profile {
  const profile = getProfile(script.definition.profile, script.definition.year);
  if (!profile)
    throw new AssessmentError(
      [
        {
          path: ['definition', 'profile'],
          code: 'unknown_profile',
          message: text(
            `Không có hồ sơ cấu hình "${script.definition.profile}" cho năm ${script.definition.year}.`,
            `No bundled profile "${script.definition.profile}" for ${script.definition.year}.`,
          ),
        },
      ],
      'demo script',
    );
  return profile;
}

/**
 * Runs a demo script end to end on a cycle: plays it on the simulated clock, streaming every audit
 * entry of every review and of the cycle to `audit.jsonl` as it is made (a line each, nothing
 * kept in memory; the stream drains between batches of events), then writes `summary.json`,
 * `summary.csv` and `summary.xlsx` from the cycle's compiled summary. Every file is written
 * atomically (a temporary file renamed into place): a failed run leaves no half file and any
 * earlier file untouched.
 */
export async function runDemo(script: DemoScript, options: DemoOptions): Promise<DemoResult> {
  const profile = scriptProfile(script);
  await mkdir(options.out, { recursive: true });
  const started = performance.now();
  const auditPath = join(options.out, 'audit.jsonl');
  let auditEntries = 0;
  let play: PlayReport | undefined;
  let summary: Summary | undefined;
  await writeAtomic(auditPath, async (stream: Writable) => {
    // lines gathered into writes of about 64 KB (a write per entry cost its own stream chunk)
    let lines = '';
    const hand = () => {
      if (lines === '') return;
      stream.write(lines);
      lines = '';
    };
    const cycle = options.createCycle(script.definition, {
      profile,
      onAudit: (entry) => {
        auditEntries++;
        lines += `${JSON.stringify(entry)}\n`;
        if (lines.length >= 1 << 16) hand();
      },
    });
    const pause = async () => {
      hand();
      if (stream.writableNeedDrain) await drained(stream);
    };
    play = await playScript(script, cycle, {
      pause,
      ...(options.onDay ? { onDay: (p: PlayProgress) => options.onDay?.(p, cycle) } : {}),
    });
    await pause();
    summary = cycle.summary();
    hand(); // anything the summary's reading audited
    if (!summary)
      throw new Error(
        'Đợt kiểm điểm chưa tổng hợp (COMPILE_SUMMARY không được chấp nhận). / The cycle has no summary (COMPILE_SUMMARY was not accepted).',
      );
  });
  const played = performance.now();
  const files = await writeReports(options.out, summary as Summary, { name: 'summary' });
  return {
    timing: { playMs: played - started, exportMs: performance.now() - played },
    summary: summary as Summary,
    play: play as PlayReport,
    files: { ...files, audit: auditPath },
    auditEntries,
  };
}
