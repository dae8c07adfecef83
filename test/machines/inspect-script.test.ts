import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createReviewActor } from '../../machines/index.js';
import {
  sanitizeContext,
  sanitizeEvent,
  scriptedEvents,
  scriptedInput,
} from '../../scripts/inspect.js';
import { boundTo, inspectHost } from '../../scripts/inspect-server.js';

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

describe('the inspector bridge binds the loopback interface (issue 8)', () => {
  it('INSPECT_HOST defaults to 127.0.0.1', () => {
    expect(inspectHost({})).toBe('127.0.0.1');
    expect(inspectHost({ INSPECT_HOST: ' ' })).toBe('127.0.0.1');
    expect(inspectHost({ INSPECT_HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it('a server that calls listen(port) inside boundTo listens on that host only', async () => {
    const server = boundTo('127.0.0.1', () => createServer().listen(0));
    await new Promise((resolve) => server.once('listening', resolve));
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    await new Promise((resolve) => server.close(resolve));
    // outside boundTo, listen is Node's own again (every interface)
    const open = createServer().listen(0);
    await new Promise((resolve) => open.once('listening', resolve));
    expect((open.address() as AddressInfo).address).not.toBe('127.0.0.1');
    await new Promise((resolve) => open.close(resolve));
  });
});
