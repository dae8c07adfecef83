// `npm run inspect`: runs a scripted review (fictitious people, fixed instants) and streams it to
// the Stately inspector through a WebSocket bridge on this machine. Bounded: it stops by itself.
// See docs/inspector.md. Settings (environment): INSPECT_PORT (default 8080), INSPECT_DELAY_MS
// between events (default 1500), INSPECT_LINGER_MS after the last event (default 20000),
// INSPECT_OPEN=1 to open the browser, INSPECT_HOST the interface to listen on (default 127.0.0.1).
import { pathToFileURL } from 'node:url';
import { createWebSocketInspector } from '@statelyai/inspect';
import type { AnyEventObject, MachineContext } from 'xstate';
import {
  createReviewActor,
  type ReviewContext,
  type ReviewEventInput,
  type ReviewInputInput,
  reviewDeadline,
} from '../machines/index.js';
import { inspectHost, startInspectorServer } from './inspect-server.js';

const people = {
  subject: { id: 'can-bo-a', roles: ['subject'], unitId: 'so-x' },
  unitHead: { id: 'giam-doc-x', roles: ['unitHead'], unitId: 'so-x' },
  superior: { id: 'ban-can-su', roles: ['superior'] },
  appraiser: { id: 'phong-to-chuc', roles: ['appraiser'] },
  authority: { id: 'thuong-truc', roles: ['authority'] },
  organizer: { id: 'so-noi-vu', roles: ['organizer'] },
} as const;

/** The input of the scripted review: a fictitious member of a fictitious department, 2024. */
export const scriptedInput: ReviewInputInput = {
  subject: { id: 'can-bo-a', kind: 'individual', role: 'member', unitId: 'so-x' },
  cycle: { year: 2024, openedAt: '2024-11-01T08:00:00+07:00' },
  deadlines: [
    reviewDeadline({ id: 'giai-trinh', date: '2024-11-08', guards: 'suggested' }),
    reviewDeadline({ id: 'nop-ket-qua', date: '2024-11-25', guards: 'decision', policy: 'block' }),
  ],
};

const at = (day: number, hour = 9) =>
  `2024-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const tick = (day: number) => ({
  type: 'TICK',
  by: { id: 'lich', roles: ['scheduler'] },
  at: at(day, 0),
  now: at(day, 0),
});

/** The scripted events: suggestions, a refused meeting (the gate), the flow to the end. */
export const scriptedEvents: readonly ReviewEventInput[] = [
  {
    type: 'ISSUE_SUGGESTIONS',
    by: people.superior,
    at: at(4),
    points: [{ id: 'g1' }, { id: 'g2' }],
  },
  { type: 'SUBMIT_SELF_REVIEW', by: people.subject, at: at(5), proposedLevel: 'GOOD' },
  { type: 'RECORD_MEETING', by: people.unitHead, at: at(6), heldOn: '2024-11-06' },
  { type: 'SUBMIT_EXPLANATION', by: people.subject, at: at(7), covers: ['g1', 'g2'] },
  { type: 'RECORD_MEETING', by: people.unitHead, at: at(12), heldOn: '2024-11-12' },
  {
    type: 'PROPOSE_LEVEL',
    by: people.appraiser,
    at: at(15),
    assessment: {
      id: 'can-bo-a',
      kind: 'individual',
      role: 'member',
      year: 2024,
      criteria: { taskResults: 'GOOD', politics: 'GOOD' },
      tasks: { total: 10, completed: 10, onTime: 9, exceeded: 2 },
    },
  },
  tick(21),
  { type: 'DECIDE_LEVEL', by: people.subject, at: at(21), level: 'EXCELLENT' },
  { type: 'DECIDE_LEVEL', by: people.authority, at: at(22), level: 'GOOD' },
  { type: 'PUBLISH', by: people.authority, at: at(22, 15) },
  tick(26),
  { type: 'CLOSE', by: people.organizer, at: at(28) },
] as ReviewEventInput[];

/** What the inspector sees of the context: the flow, never who or why (a whitelist). */
export function sanitizeContext(context: MachineContext): MachineContext {
  const c = context as ReviewContext;
  return {
    stage: c.stage,
    visited: c.visited,
    now: c.now,
    ruleSet: c.ruleSet,
    form: c.form,
    subject: { kind: c.subject.kind, role: c.subject.role },
    deadlines: c.deadlines.map((d) => ({
      id: d.id,
      due: d.due,
      guards: d.guards,
      policy: d.policy,
      approachingAt: d.approachingAt,
      missedAt: d.missedAt,
      extensions: d.extensions.length,
    })),
    suggestions: c.suggestions.length,
    explanation: c.explanation?.status ?? null,
    selfReview: c.selfReview !== null,
    meeting: c.meeting !== null,
    classification: c.classification && {
      status: c.classification.status,
      level: c.classification.level,
    },
    proposal: c.proposal?.level ?? null,
    decision: c.decision?.level ?? null,
    decisions: c.decisions.length,
    published: c.published !== null,
    complaint: c.complaint ? (c.complaint.resolution?.outcome ?? 'open') : null,
    reopenings: c.reopenings.map((r) => r.kind),
    closed: c.closed !== null,
    outcome: c.outcome?.status ?? null,
    audit: { seq: c.audit.seq },
  };
}

/** What the inspector sees of an event: its type, the sender's roles, its instant. */
export function sanitizeEvent(event: AnyEventObject): AnyEventObject {
  const e = event as { type: string; by?: { roles?: unknown }; at?: unknown; level?: unknown };
  return { type: e.type, roles: e.by?.roles, at: e.at, ...(e.level ? { level: e.level } : {}) };
}

function numberFrom(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const port = numberFrom('INSPECT_PORT', 8080);
  const delay = numberFrom('INSPECT_DELAY_MS', 1500);
  const linger = numberFrom('INSPECT_LINGER_MS', 20000);
  const host = inspectHost(process.env);
  const server = startInspectorServer({ host, port, autoOpen: process.env.INSPECT_OPEN === '1' });
  const address = host.includes(':') ? `[${host}]` : host;
  const inspector = createWebSocketInspector({
    url: `ws://${address === '0.0.0.0' ? 'localhost' : address}:${port}`,
    sanitizeContext,
    sanitizeEvent,
  });
  console.log(
    `Stately inspector bridge on ${host}: open http://localhost:${port} (stops by itself in about ${Math.round((delay * scriptedEvents.length + linger) / 1000)} s)`,
  );
  const actor = createReviewActor(scriptedInput, { inspect: inspector.inspect });
  actor.on('rejected', (e) =>
    console.log(`  refused ${e.event.type}: ${e.code} — ${e.message.vi}`),
  );
  actor.on('deadline.approaching', (e) => console.log(`  deadline approaching: ${e.deadlineId}`));
  actor.on('deadline.missed', (e) => console.log(`  deadline missed: ${e.deadlineId}`));
  actor.start();
  await sleep(delay);
  for (const event of scriptedEvents) {
    actor.send(event);
    console.log(`${event.type.padEnd(20)} → ${actor.getSnapshot().context.stage}`);
    await sleep(delay);
  }
  await sleep(linger);
  actor.stop();
  inspector.stop();
  server.stop();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
