// Writes the JSON Schemas the package ships (dist/*.schema.json) from the zod schemas, the single
// source of the types, with every field's description (src/docs/schema/), so hosts in other
// languages can validate what they send. Runs after tsup in `npm run build`.
import { writeFileSync } from 'node:fs';
import { shippedJsonSchemas } from '../src/docs/schema/json-schemas.js';

for (const [name, schema] of Object.entries(shippedJsonSchemas()))
  writeFileSync(
    new URL(`../dist/${name}`, import.meta.url),
    `${JSON.stringify(schema, null, 2)}\n`,
  );
