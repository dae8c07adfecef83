import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYCLE_DEFINITION_FIELDS } from '../../src/docs/schema/cycle.js';
import { EVENT_COMMON_FIELDS, EVENT_DESCRIPTIONS } from '../../src/docs/schema/events.js';
import { REVIEW_INPUT_FIELDS } from '../../src/docs/schema/input.js';
import {
  cycleDefinitionJsonSchema,
  eventJsonSchema,
  isProfileField,
  jsonSchemaOf,
  reviewEventJsonSchema,
  reviewInputJsonSchema,
  shippedJsonSchemas,
} from '../../src/docs/schema/json-schemas.js';
import { eachAt, schemaFields } from '../../src/docs/schema/walk.js';
import { CycleDefinitionSchema } from '../../src/schemas/cycle-definition.js';
import { REVIEW_EVENT_TYPES, ReviewEventSchemas } from '../../src/schemas/review-events.js';
import { ReviewInputSchema } from '../../src/schemas/review-input.js';

const paths = (s: Parameters<typeof jsonSchemaOf>[0]) =>
  schemaFields(jsonSchemaOf(s)).map((f) => f.path);

describe('field descriptions (src/docs/schema/) cover the zod schemas exactly', () => {
  it('every field has a description: add one there when you add a field', () => {
    expect(reviewInputJsonSchema().missing).toEqual([]);
    expect(reviewEventJsonSchema().missing).toEqual([]);
    expect(cycleDefinitionJsonSchema().missing).toEqual([]);
  });

  it('no description names a field the schema does not have (a renamed or removed field)', () => {
    const input = new Set(paths(ReviewInputSchema));
    expect(Object.keys(REVIEW_INPUT_FIELDS).filter((p) => !input.has(p))).toEqual([]);
    const cycle = new Set(paths(CycleDefinitionSchema));
    expect(Object.keys(CYCLE_DEFINITION_FIELDS).filter((p) => !cycle.has(p))).toEqual([]);
    const all = new Set<string>();
    for (const type of REVIEW_EVENT_TYPES) {
      const own = new Set(paths(ReviewEventSchemas[type]));
      for (const p of own) all.add(p);
      expect(
        Object.keys(EVENT_DESCRIPTIONS[type].fields).filter((p) => !own.has(p)),
        type,
      ).toEqual([]);
    }
    expect(Object.keys(EVENT_COMMON_FIELDS).filter((p) => !all.has(p))).toEqual([]);
  });

  it('each description has both languages, Vietnamese in NFC', () => {
    const texts = [
      ...Object.values(REVIEW_INPUT_FIELDS),
      ...Object.values(CYCLE_DEFINITION_FIELDS),
      ...Object.values(EVENT_COMMON_FIELDS),
      ...Object.values(EVENT_DESCRIPTIONS).flatMap((e) => [e.meaning, ...Object.values(e.fields)]),
    ];
    for (const t of texts) {
      expect(t.vi.length > 0 && t.en.length > 0, JSON.stringify(t)).toBe(true);
      expect(t.vi.normalize('NFC')).toBe(t.vi);
    }
  });
});

describe('the shipped JSON Schemas (dist/, written by npm run build)', () => {
  const shipped = shippedJsonSchemas();

  it('are the ones built from the zod schemas, and package.json exports each', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      exports: Record<string, string>;
    };
    for (const [name, schema] of Object.entries(shipped)) {
      expect(JSON.parse(readFileSync(`dist/${name}`, 'utf8')), name).toEqual(schema);
      expect(pkg.exports[`./${name}`]).toBe(`./dist/${name}`);
    }
  });

  it('describe every field in both languages (the profile part: in its own docs)', () => {
    for (const name of ['review-input', 'review-event', 'cycle-definition']) {
      const schema = shipped[`${name}.schema.json`]!;
      expect(schema.description).toMatch(/\n\n/);
      eachAt(schema, (path, node) => {
        if (isProfileField(path)) return;
        expect(node.description, `${name}: ${path}`).toMatch(/^[^\n]+\n\n[^\n]+$/);
      });
    }
  });

  it('tell the events apart by type, one branch per event, each described', () => {
    const events = shipped['review-event.schema.json']!;
    expect(events.oneOf?.map((b) => b.title)).toEqual([...REVIEW_EVENT_TYPES]);
    expect(events.oneOf?.map((b) => b.properties?.type?.const)).toEqual([...REVIEW_EVENT_TYPES]);
    expect(eventJsonSchema('TICK').schema.required).toEqual(['type', 'by', 'at', 'now']);
  });
});
