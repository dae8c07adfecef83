// Runs compiled doc snippets one after another in this one process (test/docs/snippets-run.test.ts
// starts it): `node --enable-source-maps snippet-driver.mjs RESULTS DIR...`. Each DIR holds a
// `snippet.mjs` and is the working directory while it runs. A line of JSON per snippet is appended
// to RESULTS as it starts and as it ends (`{ dir, ok }` or `{ dir, ok: false, error }`), so a
// snippet that never ends is still named when the test kills this process.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [results, ...dirs] = process.argv.slice(2);
let current;
const late = [];

function message(error) {
  return error instanceof Error ? (error.stack ?? String(error)) : String(error);
}

// An error thrown after a snippet's module finished (a timer, a stray promise) belongs to it.
const blame = (error) => {
  if (current) current.errors.push(message(error));
  else late.push(message(error));
};
process.on('uncaughtException', blame);
process.on('unhandledRejection', blame);

const record = (line) => appendFileSync(results, `${JSON.stringify(line)}\n`);

for (const dir of dirs) {
  current = { dir, errors: [] };
  record({ dir, started: true });
  process.chdir(dir);
  try {
    await import(pathToFileURL(join(dir, 'snippet.mjs')).href);
    // Let what the snippet started without awaiting (a scheduler's first pass) run once.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } catch (error) {
    current.errors.push(message(error));
  }
  const { errors } = current;
  record(errors.length === 0 ? { dir, ok: true } : { dir, ok: false, error: errors.join('\n') });
  current = undefined;
}
if (late.length > 0) record({ dir: null, ok: false, error: late.join('\n') });
// The snippets may leave a scheduler or an inspector running: they are done, end here.
process.exit(0);
