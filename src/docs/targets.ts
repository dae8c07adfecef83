import { renderRulesMarkdown } from './rules-markdown.js';

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
];
