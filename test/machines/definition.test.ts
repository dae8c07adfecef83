import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import {
  DIAGRAM_END,
  DIAGRAM_START,
  diagramBlock,
  EVERY_STEP,
  REVIEW_STAGES,
  REVIEW_STEP_EVENTS,
  renderMermaid,
  replaceDiagramBlock,
  reviewMachine,
  SELF_REVIEW_FORMS,
  type StageMeta,
} from '../../machines/index.js';
import { RECORDS } from '../../machines/review/records.js';

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

const steps = reviewMachine.getStateNodeById('review.review').states as Record<
  string,
  AnyStateNode
>;

type AcceptParams = { to?: string; record?: string };

describe('the machine definition', () => {
  it('has a description and meta (vi/en label, actors) on every state, Vietnamese in NFC', () => {
    for (const node of allNodes(reviewMachine.root)) {
      const meta = node.meta as StageMeta | undefined;
      expect(node.description, node.id).toBeTruthy();
      expect(meta?.label.vi, node.id).toBeTruthy();
      expect(meta?.label.en, node.id).toBeTruthy();
      expect(Array.isArray(meta?.actors), node.id).toBe(true);
      const texts = [node.description ?? '', meta?.label.vi ?? ''];
      for (const t of texts) expect(t.normalize('NFC')).toBe(t);
    }
  });

  it('has every step of PROCESS.md §1 in the review region, the finals typed final', () => {
    expect(Object.keys(steps).sort()).toEqual([...REVIEW_STAGES].sort());
    expect(steps.notReviewed?.type).toBe('final');
    expect(steps.notRated?.type).toBe('final');
  });

  it('tags every step a host waits on', () => {
    const tags = Object.fromEntries(Object.entries(steps).map(([k, n]) => [k, [...n.tags]]));
    expect(tags).toEqual({
      preparing: ['waiting-superior', 'waiting-subject'],
      suggested: ['waiting-subject'],
      selfReview: ['waiting-subject'],
      meeting: ['waiting-unitHead'],
      appraisal: ['waiting-appraiser'],
      decision: ['waiting-authority'],
      published: ['waiting-organizer'],
      complaint: ['waiting-authority'],
      closed: ['ended'],
      notReviewed: ['ended'],
      notRated: ['ended'],
    });
    expect([...(reviewMachine.root.states.deadline?.states.overdue?.tags ?? [])]).toEqual([
      'overdue',
    ]);
  });

  it('REVIEW_STEP_EVENTS is the events each step has transitions for', () => {
    for (const [key, node] of Object.entries(steps)) {
      expect([...node.transitions.keys()].sort(), key).toEqual(
        [...(REVIEW_STEP_EVENTS[key as keyof typeof REVIEW_STEP_EVENTS] ?? [])].sort(),
      );
    }
    expect(
      [...reviewMachine.getStateNodeById('review.review').transitions.keys()]
        .filter((k) => k !== '*')
        .sort(),
    ).toEqual([...EVERY_STEP].sort());
  });

  it('every transition runs one accept naming its step and its record; no step has entry actions', () => {
    // Issue 9: `accept` changes the context once per event: it sets `stage` from `to`, so `to`
    // must be the transition's target (a test of the definition, as `enterStage` entries were).
    for (const [key, node] of Object.entries(steps)) {
      expect(node.entry, key).toEqual([]);
      for (const transitions of node.transitions.values()) {
        for (const t of transitions) {
          if (t.actions.length === 0) continue; // the guard-only branch of `'*'`
          expect(t.actions, `${key} ${t.eventType}`).toHaveLength(1);
          const action = t.actions[0] as string | { type: string; params?: AcceptParams };
          if (typeof action === 'string') {
            expect(['accept', 'recordExclusion', 'reject'], `${key} ${t.eventType}`).toContain(
              action,
            );
            continue;
          }
          expect(action.type).toBe('accept');
          const { to, record } = action.params ?? {};
          expect(to ?? key, `${key} ${t.eventType}`).toBe(t.target?.[0]?.key ?? key);
          if (record !== undefined) expect(Object.keys(RECORDS)).toContain(record);
          else expect(t.eventType, `${key}: an accept without a record`).toBe('TICK');
        }
      }
    }
  });

  it('the selfReview meta lists the forms SELF_REVIEW_FORMS resolves', () => {
    const meta = steps.selfReview?.meta as StageMeta | undefined;
    expect(meta?.forms).toEqual(SELF_REVIEW_FORMS);
  });

  it('has no `after` timers (deadlines are data)', () => {
    for (const node of allNodes(reviewMachine.root)) expect(node.after).toEqual([]);
  });
});

describe('the generated diagram', () => {
  it('docs/machines.md holds the current diagram between its markers (regenerate with replaceDiagramBlock)', () => {
    const doc = readFileSync(new URL('../../docs/machines.md', import.meta.url), 'utf8');
    const start = doc.indexOf(DIAGRAM_START);
    const end = doc.indexOf(DIAGRAM_END) + DIAGRAM_END.length;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start, end)).toBe(diagramBlock(reviewMachine));
    expect(replaceDiagramBlock(doc, reviewMachine)).toBe(doc);
  });

  it('renders every step and the transitions that change step', () => {
    const text = renderMermaid(reviewMachine);
    expect(text.startsWith('stateDiagram-v2')).toBe(true);
    for (const s of REVIEW_STAGES) expect(text).toContain(`review_${s} :`);
    expect(text).toContain('review_meeting --> review_appraisal : RECORD_MEETING');
    expect(text).toContain('deadline_overdue --> deadline_onTime : [!isBehind]');
  });
});
