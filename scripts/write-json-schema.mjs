// Writes dist/assessment.schema.json from the zod schema (the single source of the types), so
// hosts in other languages can validate an assessment. Runs after tsup in `npm run build`.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AssessmentSchema } from '../dist/index.js';

const schema = z.toJSONSchema(AssessmentSchema, { io: 'input', unrepresentable: 'any' });
schema.$id = 'https://www.npmjs.com/package/kiemdiem/assessment.schema.json';
schema.title = 'kiemdiem Assessment';
schema.description =
  'One subject’s facts for one review year (input of classify). Cross-field checks (completed ≤ total, …) are enforced by the library, not by this schema.';
writeFileSync(
  new URL('../dist/assessment.schema.json', import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
