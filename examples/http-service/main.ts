// Runs the example service: `node --import tsx examples/http-service/main.ts DEFINITION.json TOKENS.json [PORT]`
// (a definition as `kiemdiem import` writes it; tokens as { "<token>": { "personId": "…" } }).
import { readFileSync } from 'node:fs';
import { createService } from './service.js';

const [definitionFile, tokensFile, port = '8080'] = process.argv.slice(2);
if (!definitionFile || !tokensFile) {
  process.stderr.write('usage: main.ts DEFINITION.json TOKENS.json [PORT]\n');
  process.exit(2);
}
const { server } = createService({
  definition: JSON.parse(readFileSync(definitionFile, 'utf8')),
  tokens: JSON.parse(readFileSync(tokensFile, 'utf8')),
});
server.listen(Number(port), () => process.stdout.write(`kiemdiem example service on :${port}\n`));
