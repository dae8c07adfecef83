import type { AnyStateMachine } from 'xstate';

/** The markers around the generated diagram in docs/machines.md. */
export const DIAGRAM_START = '<!-- diagram:start -->';
export const DIAGRAM_END = '<!-- diagram:end -->';

/** The parts of a state node the renderer reads (`machine.root` and its descendants). */
interface NodeLike {
  readonly key: string;
  readonly id: string;
  readonly type: string;
  readonly initial?: { readonly target: readonly NodeLike[] } | undefined;
  readonly states: Readonly<Record<string, NodeLike>>;
  readonly transitions: ReadonlyMap<string, ReadonlyArray<TransitionLike>>;
  readonly always?: ReadonlyArray<TransitionLike> | undefined;
  readonly meta?: unknown;
  readonly tags: readonly string[];
}

interface TransitionLike {
  readonly target?: readonly NodeLike[] | undefined;
  readonly guard?: unknown;
}

/** A guard as text: `hasSuggestionPoints`, `!isBehind`; the ubiquitous `admitted` is left out. */
function guardText(guard: unknown): string {
  if (typeof guard === 'string') return guard === 'admitted' ? '' : guard;
  if (typeof guard === 'function' && 'guards' in guard) {
    const parts = (guard as { guards: unknown[] }).guards.map(guardText).filter(Boolean);
    return guard.name === 'not' ? `!${parts.join('')}` : parts.join(' && ');
  }
  if (guard && typeof guard === 'object' && 'type' in guard)
    return guardText((guard as { type: unknown }).type);
  return '';
}

function label(node: NodeLike): string {
  const meta = node.meta as { label?: { vi?: string; en?: string } } | undefined;
  const l = meta?.label;
  return l?.vi && l.en ? `${l.vi} / ${l.en}` : node.key;
}

/** A Mermaid id: the state's path below the machine (`review_preparing`), `root` for the machine. */
function alias(node: NodeLike): string {
  const path = node.id.split('.').slice(1);
  return path.length === 0 ? 'root' : path.join('_');
}

function renderNode(node: NodeLike, indent: string): string[] {
  const children = Object.values(node.states);
  const lines: string[] = [];
  if (node.type === 'parallel') {
    children.forEach((region, i) => {
      if (i > 0) lines.push(`${indent}--`);
      lines.push(`${indent}state "${label(region)}" as ${alias(region)} {`);
      lines.push(...renderNode(region, `${indent}  `));
      lines.push(`${indent}}`);
    });
    return lines;
  }
  const first = node.initial?.target[0];
  if (first) lines.push(`${indent}[*] --> ${alias(first)}`);
  for (const child of children) {
    const tags = child.tags.length > 0 ? ` (${child.tags.join(', ')})` : '';
    lines.push(`${indent}${alias(child)} : ${label(child)}${tags}`);
  }
  for (const child of children) {
    for (const [event, transitions] of child.transitions) {
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const g = guardText(t.guard);
          lines.push(
            `${indent}${alias(child)} --> ${alias(target)} : ${event}${g ? ` [${g}]` : ''}`,
          );
        }
      }
    }
    for (const t of child.always ?? []) {
      for (const target of t.target ?? []) {
        lines.push(`${indent}${alias(child)} --> ${alias(target)} : [${guardText(t.guard)}]`);
      }
    }
    if (child.type === 'final') lines.push(`${indent}${alias(child)} --> [*]`);
  }
  return lines;
}

/**
 * A Mermaid `stateDiagram-v2` of a machine, rendered from its definition (`machine.root`): states
 * with their labels (vi / en) and tags, every transition that changes state with its event and
 * guard (the check `admitted` that every domain event passes is implied), parallel regions
 * separated by `--`. Pure: the same machine always gives the same text.
 */
export function renderMermaid(machine: AnyStateMachine): string {
  const root = machine.root as unknown as NodeLike;
  if (root.type !== 'parallel') return ['stateDiagram-v2', ...renderNode(root, '  ')].join('\n');
  return [
    'stateDiagram-v2',
    `  state "${label(root)}" as root {`,
    ...renderNode(root, '    '),
    '  }',
  ].join('\n');
}

/** The block docs/machines.md holds between its markers (markers included). */
export function diagramBlock(machine: AnyStateMachine): string {
  return `${DIAGRAM_START}\n\`\`\`mermaid\n${renderMermaid(machine)}\n\`\`\`\n${DIAGRAM_END}`;
}

/**
 * Replaces the generated block between the markers of a Markdown document (for the docs
 * generator). Throws when the markers are missing or out of order.
 */
export function replaceDiagramBlock(markdown: string, machine: AnyStateMachine): string {
  const start = markdown.indexOf(DIAGRAM_START);
  const end = markdown.indexOf(DIAGRAM_END);
  if (start < 0 || end < start)
    throw new Error(`Markers ${DIAGRAM_START} … ${DIAGRAM_END} not found`);
  return (
    markdown.slice(0, start) + diagramBlock(machine) + markdown.slice(end + DIAGRAM_END.length)
  );
}
