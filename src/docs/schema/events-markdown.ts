import { SENDER_ROLES } from '../../../machines/review/authorize.js';
import { REVIEW_EVENT_TYPES } from '../../schemas/review-events.js';
import { both } from '../markdown.js';
import { EVENT_DESCRIPTIONS } from './events.js';
import { eventJsonSchema } from './json-schemas.js';
import { fieldTable } from './render.js';

// docs/events.md, rendered from the zod schemas of the events (never retyped).

const COMMON = new Set(['type', 'by', 'by.id', 'by.roles', 'by.unitId', 'at']);

/** docs/events.md: every review event, who sends it, and each of its fields. */
export function renderEventsMarkdown(): string {
  const first = eventJsonSchema(REVIEW_EVENT_TYPES[0]).schema;
  const sections = REVIEW_EVENT_TYPES.flatMap((type) => {
    const { schema } = eventJsonSchema(type);
    const own = Object.keys(schema.properties ?? {}).filter((k) => !COMMON.has(k));
    return [
      `## \`${type}\``,
      '',
      both(EVENT_DESCRIPTIONS[type].meaning),
      '',
      `Người gửi / sent by: ${SENDER_ROLES[type].map((r) => `\`${r}\``).join(', ')}.`,
      '',
      ...(own.length === 0
        ? ['Không có trường riêng / no fields of its own.']
        : fieldTable(schema, { skip: (p) => COMMON.has(p) })),
      '',
    ];
  });
  return `${[
    '# Review events / Sự kiện của cuộc kiểm điểm',
    '',
    '<!-- Generated from the zod schemas by `npm run docs` (src/docs/schema/); a test fails when it drifts. -->',
    '',
    'Every event a host sends to a review (`ReviewEventInput`; `ReviewEventSchemas` holds one zod',
    'schema per type), generated from the schemas that validate them. The same descriptions are in',
    '`kiemdiem/review-event.schema.json`. Every object is strict: a field not listed is refused',
    'with its path. An event refused by its schema, its sender’s roles or the review’s step changes',
    'nothing and is recorded in the audit log ([machines.md](machines.md)).',
    '',
    '## Fields of every event',
    '',
    ...fieldTable(first, { skip: (p) => !COMMON.has(p) || p === 'type' }),
    '',
    ...sections,
  ]
    .join('\n')
    .trimEnd()}\n`;
}
