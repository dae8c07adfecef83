import { describe, expect, it } from 'vitest';
import { createReviewActor } from '../../machines/index.js';
import {
  sanitizeContext,
  sanitizeEvent,
  scriptedEvents,
  scriptedInput,
} from '../../scripts/inspect.js';

describe('scripts/inspect.ts (npm run inspect)', () => {
  it('the scripted review runs to closed, with the gate and a self-decision refused', () => {
    const actor = createReviewActor(scriptedInput).start();
    const refused: string[] = [];
    actor.on('rejected', (e) => refused.push(`${e.event.type}:${e.code}`));
    for (const e of scriptedEvents) actor.send(e);
    expect(actor.getSnapshot().context.stage).toBe('closed');
    expect(refused).toEqual(['RECORD_MEETING:ORDER', 'DECIDE_LEVEL:FORBIDDEN']);
  });

  it('what the inspector sees carries no id, name or reason', () => {
    const actor = createReviewActor(scriptedInput).start();
    for (const e of scriptedEvents) actor.send(e);
    const seen = JSON.stringify([
      sanitizeContext(actor.getSnapshot().context),
      ...scriptedEvents.map((e) => sanitizeEvent(e)),
    ]);
    for (const secret of ['can-bo-a', 'giam-doc-x', 'thuong-truc', 'so-x', 'g1']) {
      expect(seen).not.toContain(secret);
    }
    expect(seen).toContain('"stage":"closed"');
  });
});
