import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { writeReports } from '../report/files.js';
import { drained, writeAtomic } from '../report/write.js';
import type { Sender } from '../schemas/review-events.js';
import { createCycleService } from '../service/cycle-service.js';
import type { CycleOutcome, CycleService } from '../service/cycle-types.js';
import type { SendOutcome } from '../service/types.js';
import type { ReviewStore } from '../store/types.js';
import { type CycleTarget, type PlayProgress, playScript, type StepResult } from './player.js';
import type { ReviewTally } from './progress.js';
import { type DemoOptions, type DemoResult, type DemoTally, scriptProfile } from './run.js';
import type { DemoScript } from './script.js';

export interface StoreDemoOptions extends Omit<DemoOptions, 'createCycle'> {
  /** Where the cycle lives: its reviews, their audit, the cycle's record and audit. */
  readonly store: ReviewStore;
}

const ENDED: ReadonlySet<string> = new Set(['closed', 'notReviewed', 'notRated']);

/** A service's or a stored cycle's answer as the player judges it; a repeat by its first outcome. */
function stepOf(outcome: SendOutcome | CycleOutcome): StepResult {
  if (outcome.ok) return { ok: true };
  if ('first' in outcome) return stepOf(outcome.first);
  if ('rejection' in outcome) return { ok: false, rejection: outcome.rejection };
  return { ok: false, rejection: { code: outcome.code, message: outcome.message } };
}

/** The player's target on a stored cycle: the simulated clock is the instant of each entry. */
function storeTarget(cycle: CycleService<Sender>, setClock: (at: string) => void): CycleTarget {
  return {
    open: async (at, by, key) => {
      setClock(at);
      return cycle.open(by, { idempotencyKey: key });
    },
    send: async (subjectId, event, key) => {
      setClock(event.at);
      return stepOf(await cycle.send(subjectId, event.by, event, { idempotencyKey: key }));
    },
    sendCycle: async (event, key) => {
      setClock(event.at);
      return stepOf(await cycle.sendCycle(event.by, event, { idempotencyKey: key }));
    },
    tick: async (at) => {
      setClock(at);
      return cycle.tick();
    },
  };
}

/** Writes the cycle's audit entries, then each review's in the definition's order, a line each. */
async function writeAudit(
  path: string,
  store: ReviewStore,
  script: DemoScript,
  cycleId: string,
): Promise<number> {
  let count = 0;
  await writeAtomic(path, async (stream: Writable) => {
    const lines = async (entries: readonly unknown[]) => {
      for (const e of entries) {
        stream.write(`${JSON.stringify(e)}\n`);
        count++;
      }
      if (stream.writableNeedDrain) await drained(stream);
    };
    await lines(await store.cycleLog(cycleId));
    for (const s of script.definition.subjects) await lines(await store.log(s.id));
  });
  return count;
}

/**
 * Runs a demo script on a store (`kiemdiem demo --store`): the same play as `runDemo`, but every
 * event goes through the durable service (`createCycleService`): each review a row with its audit
 * entries, the cycle one record, every entry of the script sent with its own idempotency key.
 * Killed at any point and run again on the same store, it plays the script from the start: what
 * was applied answers `DUPLICATE` with its first outcome (nothing written), the rest is applied —
 * so it ends with the summary an uninterrupted run gives, and on a finished store it writes the
 * same files and changes nothing. `audit.jsonl` is read back from the store: the cycle's chain,
 * then each review's in the definition's order.
 */
export async function runDemoOnStore(
  script: DemoScript,
  options: StoreDemoOptions,
): Promise<DemoResult> {
  const profile = scriptProfile(script);
  await mkdir(options.out, { recursive: true });
  const started = performance.now();
  let now = script.clock.from;
  const cycle = createCycleService<Sender>({
    store: options.store,
    definition: script.definition,
    profile,
    clock: () => now,
    authenticate: (by) => by,
    // The play sweeps every subject step by step (every suggestion, then every self-review…): a
    // cache smaller than the cycle misses on every send, a restore of the row each time. A batch
    // run keeps every review warm, about 40 KB each (11,000 ≈ 420 MB); a server keeps the
    // service's bounded default (issue 11).
    cacheSize: script.definition.subjects.length,
  });
  const tally: DemoTally = {
    tally: (): ReviewTally => {
      const subjects = cycle.lastIndex()?.subjects ?? [];
      const total = script.definition.subjects.length;
      return { ended: subjects.filter((s) => ENDED.has(s.stage)).length, total };
    },
  };
  const target = storeTarget(cycle, (at) => {
    now = at;
  });
  const onDay = options.onDay;
  const play = await playScript(script, target, {
    ...(onDay ? { onDay: (p: PlayProgress) => onDay(p, tally) } : {}),
  });
  const summary = await cycle.summary();
  if (!summary)
    throw new Error(
      'Đợt kiểm điểm chưa tổng hợp (COMPILE_SUMMARY không được chấp nhận). / The cycle has no summary (COMPILE_SUMMARY was not accepted).',
    );
  const auditPath = join(options.out, 'audit.jsonl');
  const auditEntries = await writeAudit(auditPath, options.store, script, cycle.cycleId);
  const played = performance.now();
  const files = await writeReports(options.out, summary, { name: 'summary' });
  return {
    timing: { playMs: played - started, exportMs: performance.now() - played },
    summary,
    play,
    files: { ...files, audit: auditPath },
    auditEntries,
  };
}
