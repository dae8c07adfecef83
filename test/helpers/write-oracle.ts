// Writes test/fixtures/classify-oracle.txt: one digest per block of the corpus (corpus.ts) as the
// engine of the moment classifies it. It was run ONCE, on the engine before the issue-9 rewrite
// (commit 00bd615), and committed; never re-run it to make the equivalence test pass.
//   node --import tsx test/helpers/write-oracle.ts [blocks=1000]
import { writeFileSync } from 'node:fs';
import { BLOCK, blockDigest } from './corpus.js';

const blocks = Number(process.argv[2] ?? 1000);
const lines: string[] = [];
for (let i = 0; i < blocks; i++) lines.push(blockDigest(i));
writeFileSync(new URL('../fixtures/classify-oracle.txt', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${blocks} blocks of ${BLOCK} written`);
