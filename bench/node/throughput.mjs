// Throughput in one Node process on the same text: Feltline's WebAssembly
// module (the product build, JavaScript string in, JSON string out), the
// WebAssembly ICU-only floor and tokenizer (bench module), and the JavaScript
// peers doing tokenising + lexicon lookup. Prints one JSON object.
//
//   node --expose-gc bench/node/throughput.mjs build/bench/dialogue.txt
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePeers } from './js-peers.mjs';
import { lexiconTerms } from './lexicon-terms.mjs';
import { mbPerSecond, measure } from './measure.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function loadModule(dir, name) {
  const { default: create } = await import(path.join(dir, `${name}.mjs`));
  return create({ wasmBinary: fs.readFileSync(path.join(dir, `${name}.wasm`)) });
}

export async function runThroughput(textPath, { log = () => {} } = {}) {
  const text = fs.readFileSync(textPath, 'utf8');
  const bytes = Buffer.byteLength(text);
  const terms = lexiconTerms(repoRoot);
  const rows = [];
  const add = (name, host, kind, m, note) => {
    const row = {
      name, host, kind, note, runs: m.runs, result: m.result,
      seconds: m.seconds, mbps: mbPerSecond(bytes, m.seconds),
      cpuSeconds: m.cpuSeconds, cpuMbps: mbPerSecond(bytes, m.cpuSeconds),
    };
    rows.push(row);
    log(`${name.padEnd(52)} ${row.mbps.toFixed(1).padStart(7)} MB/s  (CPU time: ${row.cpuMbps.toFixed(1)} MB/s; ${m.runs} runs, median ${(m.seconds * 1000).toFixed(0)} ms)`);
  };

  const product = await loadModule(path.join(repoRoot, 'build/wasm/wasm'), 'feltline_wasm');
  add('Feltline full analysis (wasm, string in, JSON out)', 'wasm', 'analysis',
    measure(() => product.analyze(text, '{}').length), 'the web worker\'s call: JS string in, JSON string out');

  const bench = await loadModule(path.join(repoRoot, 'build/wasm/bench'), 'feltline_bench_wasm');
  bench.setText(text);
  add('Feltline full analysis (wasm, text already inside)', 'wasm', 'analysis',
    measure(() => bench.analyzeStored()), 'the same analysis without crossing the JS boundary');
  add('ICU word segmentation alone (wasm): the floor', 'wasm', 'floor', measure(() => bench.icuWordFloor()),
    'ICU 72.1 built -Oz for WebAssembly, the core\'s rules');
  add('Feltline word tokenizer (wasm)', 'wasm', 'tokenizer', measure(() => bench.tokenize()),
    'ASCII fast path + ICU for non-ASCII stretches');

  for (const peer of makePeers(terms)) {
    add(peer.name, 'js', 'peer', measure(() => peer.run(text.split(/\n\s*\n/))), peer.note);
  }
  return { bytes, terms: terms.length, node: process.version, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const textPath = process.argv[2] ?? path.join(repoRoot, 'build/bench/dialogue.txt');
  const result = await runThroughput(textPath, { log: (line) => console.error(line) });
  console.log(JSON.stringify(result));
}
