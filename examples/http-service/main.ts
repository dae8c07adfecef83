// Runs the example service:
//   node --import tsx examples/http-service/main.ts DEFINITION.json TOKENS.json [PORT]
//        [--store sqlite:PATH | memory | postgres://…] [--tick-every SECONDS]
// DEFINITION: a cycle definition as `kiemdiem import` writes it; TOKENS: { "<token>": { "personId": "…" } }.
// The store is --store, else $KIEMDIEM_STORE, else sqlite:./kiemdiem.db; the scheduler runs every
// --tick-every seconds (else $KIEMDIEM_TICK_EVERY, else 60). SIGINT or SIGTERM stops it cleanly.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { CycleDefinitionInput, Text } from 'kiemdiem';
import { createService, type TokenTable } from './service.js';
import { DEFAULT_STORE, storeOf } from './store.js';

/** What an error says: its bilingual `text` (CycleInputError, StoreError), else its message. */
function said(error: unknown): Text | string {
  const text = (error as { text?: Text } | null)?.text;
  return text ?? (error instanceof Error ? error.message : String(error));
}

function fail(message: Text | string): never {
  const line = typeof message === 'string' ? message : `${message.vi}\n${message.en}`;
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

const USAGE =
  'main.ts DEFINITION.json TOKENS.json [PORT] [--store sqlite:PATH|memory|postgres://…] [--tick-every SECONDS]';

/** A JSON file, or exit 2 naming it (`what`: the file's part, in vi and en). */
function readJson(file: string, what: Text): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail({
      vi: `Không đọc được tệp ${what.vi} ${file}: ${why}`,
      en: `Cannot read the ${what.en} file ${file}: ${why}`,
    });
  }
}

/** The token table, checked: an object of `{ personId: string }`. */
function tokensOf(raw: unknown, file: string): TokenTable {
  const ok =
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    Object.values(raw).every(
      (v) => typeof v === 'object' && v !== null && typeof v.personId === 'string',
    );
  if (!ok)
    fail({
      vi: `${file}: bảng mã truy cập phải có dạng { "<mã>": { "personId": "…" } }.`,
      en: `${file}: the token table must be { "<token>": { "personId": "…" } }.`,
    });
  return raw as TokenTable;
}

const OPTIONS = { store: { type: 'string' }, 'tick-every': { type: 'string' } } as const;
let args: ReturnType<typeof parseArgs<{ allowPositionals: true; options: typeof OPTIONS }>>;
try {
  args = parseArgs({ allowPositionals: true, options: OPTIONS });
} catch (error) {
  const why = error instanceof Error ? error.message : String(error); // unknown option, no value
  fail({ vi: `Tham số không hợp lệ: ${why}\nCách dùng: ${USAGE}`, en: `Bad arguments: ${why}` });
}
const [definitionFile, tokensFile, portText = '8080'] = args.positionals;
if (!definitionFile || !tokensFile || args.positionals.length > 3)
  fail({ vi: `Cách dùng: ${USAGE}`, en: `Usage: ${USAGE}` });
const port = Number(portText);
const tickEvery = Number(args.values['tick-every'] ?? process.env.KIEMDIEM_TICK_EVERY ?? 60);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail({ vi: `Cổng không hợp lệ: ${portText}`, en: `Not a port: ${portText}` });
if (!(tickEvery > 0))
  fail({ vi: '--tick-every phải là số giây dương.', en: '--tick-every must be positive seconds.' });

const definition = readJson(definitionFile, {
  vi: 'định nghĩa đợt',
  en: 'cycle definition',
}) as CycleDefinitionInput;
const tokens = tokensOf(readJson(tokensFile, { vi: 'mã truy cập', en: 'tokens' }), tokensFile);
const spec = args.values.store ?? process.env.KIEMDIEM_STORE ?? DEFAULT_STORE;
const store = storeOf(spec);
if ('vi' in store) fail(store);

// the definition is checked here (CycleInputError: each issue with its path, in vi and en)
let service: ReturnType<typeof createService>;
try {
  service = createService({ definition, tokens, store });
} catch (error) {
  fail(said(error));
}
const listening = await service
  .start({ port, tickEveryMs: tickEvery * 1000 })
  .catch((error: unknown) => fail(said(error)));
process.stdout.write(`kiemdiem example service on :${listening} (store ${spec})\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    service.close().then(
      () => {
        process.stdout.write('kiemdiem example service stopped\n');
        process.exit(0);
      },
      (error: unknown) => fail(said(error)),
    );
  });
