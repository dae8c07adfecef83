import { renderRulesMarkdown } from './rules-markdown.js';
import { renderEventsMarkdown } from './schema/events-markdown.js';
import { renderInputMarkdown } from './schema/input-markdown.js';

/** One generated document: where it lives (relative to the repository root) and how to render it. */
export interface DocTarget {
  readonly path: string;
  readonly render: () => string;
}

/**
 * Every generated document. `npm run docs` writes them all; test/docs checks each for drift.
 * Add a generated doc by adding a pure render function and a line here.
 */
export const docTargets: readonly DocTarget[] = [
  { path: 'docs/rules.md', render: renderRulesMarkdown },
  { path: 'docs/input.md', render: renderInputMarkdown },
  { path: 'docs/events.md', render: renderEventsMarkdown },
];
