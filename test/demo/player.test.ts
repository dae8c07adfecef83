import { describe, expect, it } from 'vitest';
import { demoCycle } from '../../src/demo/cycle.js';
import { playScript } from '../../src/demo/player.js';
import { progressDisplay } from '../../src/demo/progress.js';
import { syntheticScript } from '../../src/demo/synthetic.js';
import { getProfile } from '../../src/index.js';

const tiny = () =>
  syntheticScript({
    profile: 'generic-qd366',
    year: 2026,
    collectives: 3,
    individuals: 9,
    ticks: 'none',
  });

function cycleOf(script: ReturnType<typeof tiny>) {
  const profile = getProfile('generic-qd366', 2026);
  if (!profile) throw new Error('no profile');
  return demoCycle(script.definition, { profile, onAudit: () => undefined });
}

describe('playScript', () => {
  it('plays a small province to the end with no surprise, in time order', async () => {
    const script = tiny();
    const days: string[] = [];
    const report = await playScript(script, cycleOf(script), {
      onDay: (p) => {
        days.push(p.at);
      },
    });
    expect(report.surprises).toEqual([]);
    expect(days).toEqual([...days].sort((a, b) => Date.parse(a) - Date.parse(b)));
    expect(days[0]).toBe(script.clock.from);
  });

  it('reports an event answered otherwise than the script expects, and goes on', async () => {
    const script = tiny();
    const [id, steps] = Object.entries(script.reviews).find(([, s]) => s.length > 3) ?? [];
    const close = steps?.find((s) => s.event.type === 'CLOSE');
    if (!close || !id) throw new Error('no review to close');
    // The script expects a refusal the cycle does not make (the closing is accepted).
    close.expect = 'refused';
    // And events whose role names nobody in the definition: not sent, reported.
    const other = Object.entries(script.reviews).find(
      ([sid, s]) => sid !== id && s.some((x) => x.event.type === 'DECIDE_LEVEL'),
    );
    const subject = script.definition.subjects.find((s) => s.id === other?.[0]);
    if (!subject) throw new Error('no review with a decision');
    subject.participants.authority = [];
    const cycle = cycleOf(script);
    const report = await playScript(script, cycle, {});
    expect(report.surprises).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectId: id, type: 'CLOSE', expected: 'refused' }),
        expect.objectContaining({
          subjectId: subject.id,
          type: 'DECIDE_LEVEL',
          expected: 'accepted',
          code: 'NO_SENDER',
        }),
      ]),
    );
    expect(cycle.summary()).toBeDefined();
  });
});

describe('progressDisplay', () => {
  const p = (done: number) => ({ at: '2024-11-14T09:00:00+07:00', done, total: 10 });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const out: string[] = [];
    const d = progressDisplay((s) => out.push(s), { tty: true, lang: 'vi' });
    d.update(p(5), { ended: 3, total: 8 });
    d.update(p(10));
    d.end();
    expect(out[0]).toBe(
      '\r\u001b[2K14-11-2024 ████████████░░░░░░░░░░░░  50% 5/10 sự kiện · 3/8 cuộc kiểm điểm đã kết thúc',
    );
    expect(out.at(-1)).toBe('\n');
  });

  it('writes a plain line per update when piped, in the language asked', () => {
    const out: string[] = [];
    const d = progressDisplay((s) => out.push(s), { tty: false, lang: 'en' });
    d.update(p(5));
    d.update(p(10), { ended: 8, total: 8 });
    d.end();
    expect(out).toEqual([
      '14-11-2024  50% 5/10 events\n',
      '14-11-2024 100% 10/10 events · 8/8 reviews ended — done\n',
    ]);
  });
});
