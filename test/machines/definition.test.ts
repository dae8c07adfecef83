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

function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

const steps = reviewMachine.getStateNodeById('review.review').states as Record<
  string,
  AnyStateNode
>;

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

  it('every accept names the step its transition leads to; every step enters itself', () => {
    for (const [key, node] of Object.entries(steps)) {
      expect(node.entry.map((a) => (a as { params?: { stage?: string } }).params?.stage)).toEqual([
        key,
      ]);
      for (const transitions of node.transitions.values()) {
        for (const t of transitions) {
          const accept = t.actions.find(
            (a) => a === 'accept' || (a as { type?: string }).type === 'accept',
          );
          const to =
            typeof accept === 'object'
              ? (accept as { params?: { to?: string } }).params?.to
              : undefined;
          expect(to ?? key, `${key} ${t.eventType}`).toBe(t.target?.[0]?.key ?? key);
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
