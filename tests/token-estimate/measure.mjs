// Measures Feltline's token estimate (docs/metrics.md, "Token estimate")
// against real tokenizers: Llama 3 (llama3-tokenizer-js) and GPT-4o's o200k
// (gpt-tokenizer). Not part of `make test`: the tokenizers are npm packages
// installed only for this measurement.
//
//   npm install --prefix build/token-estimate llama3-tokenizer-js@1.2.0 gpt-tokenizer@4.0.0
//   node tests/token-estimate/measure.mjs examples/transcripts/*.txt tests/token-estimate/samples/*.txt ../shared/seed/*.txt
//
// For each file it sums, over the turns, the estimate the CLI prints
// (turns[].stats.tokens_estimate) and the token counts of the turn texts.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'build/token-estimate/node_modules/'));
let llama3, o200k;
try {
  llama3 = require('llama3-tokenizer-js').default ?? require('llama3-tokenizer-js');
  o200k = require('gpt-tokenizer').encode;
} catch {
  console.error('install the tokenizers first:\n  npm install --prefix build/token-estimate llama3-tokenizer-js@1.2.0 gpt-tokenizer@4.0.0');
  process.exit(2);
}
const cli = path.join(root, 'build/native/feltline');
const pct = (a, b) => `${a - b >= 0 ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;
console.log('file\testimate\tllama3\terror\to200k\terror');
for (const file of process.argv.slice(2)) {
  const lines = execFileSync(cli, ['analyze', file], { encoding: 'utf8' }).trim().split('\n');
  let estimate = 0, l = 0, o = 0;
  for (const line of lines) {
    const doc = JSON.parse(line);
    if (!doc.turns) continue;  // a corpus summary line
    for (const turn of doc.turns) {
      if (!turn.stats.speech) continue;  // a generation error adds no tokens
      estimate += turn.stats.tokens_estimate;
      l += llama3.encode(turn.text, { bos: false, eos: false }).length;
      o += o200k(turn.text).length;
    }
  }
  console.log(`${path.basename(file)}\t${estimate}\t${l}\t${pct(estimate, l)}\t${o}\t${pct(estimate, o)}`);
}
