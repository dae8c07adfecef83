import {
  cycleDefinitionJsonSchema,
  isProfileField,
  reviewInputJsonSchema,
} from './json-schemas.js';
import { fieldTable } from './render.js';

// docs/input.md, rendered from the zod schemas through their JSON Schemas (never retyped).

/** docs/input.md: every field of a review's input and of a cycle definition. */
export function renderInputMarkdown(): string {
  const input = reviewInputJsonSchema().schema;
  const cycle = cycleDefinitionJsonSchema().schema;
  return `${[
    '# Inputs / Đầu vào',
    '',
    '<!-- Generated from the zod schemas by `npm run docs` (src/docs/schema/); a test fails when it drifts. -->',
    '',
    'Every field of the two inputs a host writes, generated from the zod schemas that validate them:',
    'its type, whether it is required, its constraints and default, and what it means, in Vietnamese',
    'and English. The same descriptions are in the JSON Schemas the package ships',
    '(`kiemdiem/review-input.schema.json`, `kiemdiem/cycle-definition.schema.json`; the events are',
    'in [events.md](events.md) and `kiemdiem/review-event.schema.json`). Objects are strict: a field',
    'not listed is refused with its path. Ids are NFC, without surrounding whitespace or control',
    'characters; instants are ISO 8601 with an offset (`2024-11-25T00:00:00+07:00`); dates are',
    '`YYYY-MM-DD`. The checks that span fields are made by the library and reported with a path',
    'and a bilingual message.',
    '',
    '## Review input (`ReviewInputInput`)',
    '',
    'What `createReviewActor(input)` (and `reviewMachine`) takes; `ReviewInput` is the parsed form,',
    'with the defaults filled in. The fields of `classification.profile` are those of a profile’s',
    'classification part (`RulesProfileSchema`, see [classification.md](classification.md)).',
    '',
    ...fieldTable(input, { skip: isProfileField }),
    '',
    '## Cycle definition (`CycleDefinitionInput`)',
    '',
    'What a cycle opens from (`CycleDefinitionSchema`); `kiemdiem import` writes one from the',
    'officers’ list ([import.md](import.md)).',
    '',
    ...fieldTable(cycle),
  ].join('\n')}\n`;
}
