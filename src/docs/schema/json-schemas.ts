import { z } from 'zod';
import { type Text, text } from '../../core/text.js';
import { AssessmentSchema } from '../../schemas/assessment.js';
import { CycleDefinitionSchema } from '../../schemas/cycle-definition.js';
import {
  REVIEW_EVENT_TYPES,
  ReviewEventSchemas,
  type ReviewEventType,
} from '../../schemas/review-events.js';
import { ReviewInputSchema } from '../../schemas/review-input.js';
import { CYCLE_DEFINITION_FIELDS } from './cycle.js';
import { EVENT_DESCRIPTIONS, eventFieldDescription } from './events.js';
import { REVIEW_INPUT_FIELDS } from './input.js';
import { eachAt, type JsonSchema } from './walk.js';

const BASE = 'https://www.npmjs.com/package/kiemdiem/';

/** A description as JSON Schema carries it: the Vietnamese, a blank line, the English. */
export function describedAs(t: Text): string {
  return `${t.vi}\n\n${t.en}`;
}

/** The input-side JSON Schema of a zod schema (what a host sends; defaults may be left out). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * Puts each field's description (`lookup(path)`) on its node; returns the paths that have none.
 * Paths `skip` accepts are left as they are (documented elsewhere).
 */
export function describeFields(
  root: JsonSchema,
  lookup: (path: string) => Text | undefined,
  skip: (path: string) => boolean = () => false,
): string[] {
  const missing: string[] = [];
  eachAt(root, (path, node) => {
    if (skip(path)) return;
    const t = lookup(path);
    if (t) node.description = describedAs(t);
    else if (!missing.includes(path)) missing.push(path);
  });
  return missing;
}

/** Paths inside `classification.profile` are the profile's, documented in docs/classification.md. */
export function isProfileField(path: string): boolean {
  return path.startsWith('classification.profile.');
}

/** A shipped schema of one zod schema with its fields described; `missing`: fields without one. */
function describedFile(
  name: string,
  title: string,
  about: Text,
  of: z.ZodType,
  lookup: (path: string) => Text | undefined,
  skip?: (path: string) => boolean,
): { schema: JsonSchema; missing: string[] } {
  const schema = jsonSchemaOf(of);
  const missing = describeFields(schema, lookup, skip);
  return { schema: shipped(name, title, about, schema), missing };
}

/** The JSON Schema of a review's input, every field described; `missing`: fields without one. */
export function reviewInputJsonSchema(): { schema: JsonSchema; missing: string[] } {
  const about = text(
    'Đầu vào của một cuộc kiểm điểm (reviewMachine, createReviewActor). Các kiểm tra liên trường (mã hạn không trùng, người thẩm định không đồng thời quyết định) do thư viện thực hiện.',
    'The input of one review (reviewMachine, createReviewActor). Cross-field checks (unique deadline ids, appraiser never authority) are made by the library.',
  );
  const lookup = (p: string) => REVIEW_INPUT_FIELDS[p];
  const title = 'kiemdiem ReviewInputInput';
  return describedFile(
    'review-input.schema.json',
    title,
    about,
    ReviewInputSchema,
    lookup,
    isProfileField,
  );
}

/** The JSON Schema of one review event, every field described. */
export function eventJsonSchema(type: ReviewEventType): { schema: JsonSchema; missing: string[] } {
  const schema = jsonSchemaOf(ReviewEventSchemas[type]);
  const missing = describeFields(schema, (p) => eventFieldDescription(type, p));
  const {
    $schema: _s,
    $id: _i,
    ...branch
  } = shipped('', type, EVENT_DESCRIPTIONS[type].meaning, schema);
  return { schema: branch, missing };
}

/** The JSON Schema of every review event (one of), each branch described. */
export function reviewEventJsonSchema(): { schema: JsonSchema; missing: string[] } {
  const branches = REVIEW_EVENT_TYPES.map((t) => eventJsonSchema(t));
  const about = text(
    'Một sự kiện của cuộc kiểm điểm, phân biệt theo type. Các kiểm tra liên trường (TICK: at bằng now; phiếu thấp ≤ tổng) do thư viện thực hiện.',
    'One event of a review, told apart by type. Cross-field checks (TICK: at equals now; low votes ≤ total) are made by the library.',
  );
  return {
    schema: shipped('review-event.schema.json', 'kiemdiem ReviewEventInput', about, {
      oneOf: branches.map((b) => b.schema),
    }),
    missing: branches.flatMap((b, i) => b.missing.map((m) => `${REVIEW_EVENT_TYPES[i]}.${m}`)),
  };
}

/** The JSON Schema of a cycle definition, every field described. */
export function cycleDefinitionJsonSchema(): { schema: JsonSchema; missing: string[] } {
  const about = text(
    'Định nghĩa một đợt kiểm điểm: đơn vị, đối tượng và quan hệ giữa chúng, người thực hiện từng vai trò, nơi nhận kết quả. Các tham chiếu (đơn vị, tập thể tồn tại; không có vòng cấp trên) do thư viện kiểm tra.',
    'A cycle definition: units, subjects and their relations, the persons of each role, where results go. References (units and collectives exist, no parent loops) are checked by the library.',
  );
  const lookup = (p: string) => CYCLE_DEFINITION_FIELDS[p];
  const title = 'kiemdiem CycleDefinitionInput';
  return describedFile('cycle-definition.schema.json', title, about, CycleDefinitionSchema, lookup);
}

/** The JSON Schema of an assessment (its fields are described in docs/classification.md). */
export function assessmentJsonSchema(): JsonSchema {
  const about = text(
    'Dữ kiện của một đối tượng trong một năm đánh giá (đầu vào của classify). Các kiểm tra liên trường (hoàn thành ≤ tổng số, …) do thư viện thực hiện, không do schema này.',
    'One subject’s facts for one review year (input of classify). Cross-field checks (completed ≤ total, …) are enforced by the library, not by this schema.',
  );
  return shipped(
    'assessment.schema.json',
    'kiemdiem Assessment',
    about,
    jsonSchemaOf(AssessmentSchema),
  );
}

/** A shipped schema: its id (file name), title and description, then the generated body. */
function shipped(name: string, title: string, description: Text, schema: JsonSchema): JsonSchema {
  return {
    $schema: schema.$schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${name}`,
    title,
    description: describedAs(description),
    ...withoutMeta(schema),
  };
}

function withoutMeta(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, title: _t, description: _d, ...rest } = schema;
  return rest;
}

/** Every JSON Schema the package ships, by file name (dist/<name>). */
export function shippedJsonSchemas(): Record<string, JsonSchema> {
  return {
    'assessment.schema.json': assessmentJsonSchema(),
    'review-input.schema.json': reviewInputJsonSchema().schema,
    'review-event.schema.json': reviewEventJsonSchema().schema,
    'cycle-definition.schema.json': cycleDefinitionJsonSchema().schema,
  };
}
