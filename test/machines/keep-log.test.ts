import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  createReviewActor,
  persist,
  restore,
  reviewMachine,
  verifyChain,
} from '../../machines/index.js';
import { happyPath, reviewInput } from './helpers.js';

// Issue 10: a host that streams the audit events (the cycle with `onAudit`) need not have every
// live review hold its whole log as well: `keepAuditLog: false` keeps none, and nothing else
// changes — the head, the chain, the envelope, the events a listener hears.

describe('keepAuditLog: false', () => {
  it('keeps no log, and the streamed entries are the chain the kept log would be', () => {
    const kept = createReviewActor(reviewInput()).start();
    const lean = createReviewActor(reviewInput(), { keepAuditLog: false });
    const streamed: AuditEntry[] = [];
    lean.on('audit', (e) => streamed.push(e.entry));
    lean.start();
    for (const e of happyPath()) {
      kept.send(e);
      lean.send(e);
    }
    expect(lean.auditLog()).toEqual([]);
    expect(streamed).toEqual(kept.auditLog());
    expect(lean.auditHead()).toEqual(kept.auditHead());
    expect(
      verifyChain(streamed, { subjectId: reviewInput().subject.id, head: lean.auditHead() }, {}),
    ).toHaveLength(streamed.length);
    expect(persist(lean)).toEqual(persist(kept));
  });

  it('holds for a restored actor: no log kept, the next entry chains on', () => {
    const a = createReviewActor(reviewInput()).start();
    const [first, ...rest] = happyPath();
    a.send(first);
    const saved = JSON.parse(JSON.stringify(persist(a)));
    const b = restore(reviewMachine, saved, { log: a.auditLog(), keepAuditLog: false }).start();
    const heard: AuditEntry[] = [];
    b.on('audit', (e) => heard.push(e.entry));
    b.send(rest[0]);
    expect(b.auditLog()).toEqual([]);
    expect(heard).toHaveLength(1);
    expect(heard[0]?.prev).toBe(a.auditHead()?.digest);
  });
});
