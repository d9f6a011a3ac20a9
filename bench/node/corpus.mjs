// Corpus scale: the benchmark's JSON Lines corpus streamed through the CLI
// (--jobs 1 and 2), dialogues per second and peak memory, beside the same
// corpus read as one document.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './scaling.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function runCorpus(corpusPath, { log = () => {} } = {}) {
  const bytes = fs.statSync(corpusPath).size;
  const dialogues = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).length;
  const largestLine = Math.max(...fs.readFileSync(corpusPath, 'utf8').split('\n').map((l) => Buffer.byteLength(l)));
  const rows = [];
  const modes = [
    { name: 'stream, --jobs 1', args: ['analyze', corpusPath, '--jobs', '1'] },
    { name: 'stream, --jobs 2', args: ['analyze', corpusPath, '--jobs', '2'] },
    { name: 'whole document (no streaming)', args: ['analyze', corpusPath] },
  ];
  for (const mode of modes) {
    const runs = [0, 1, 2].map(() => runCli(mode.args));
    runs.sort((a, b) => a.seconds - b.seconds);
    const r = runs[1];
    const row = { mode: mode.name, seconds: r.seconds, cpuSeconds: r.cpuSeconds, rssBytes: Math.max(...runs.map((x) => x.rssBytes)) };
    row.dialoguesPerSecond = dialogues / r.seconds;
    row.mbps = bytes / 1e6 / r.seconds;
    rows.push(row);
    log(`${mode.name.padEnd(30)} ${row.dialoguesPerSecond.toFixed(0)} dialogues/s, ${row.mbps.toFixed(1)} MB/s, peak RSS ${(row.rssBytes / 1e6).toFixed(0)} MB`);
  }
  return { bytes, dialogues, largestLineBytes: largestLine, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = process.argv[2] ?? path.join(repoRoot, 'build/bench/corpus.jsonl');
  console.log(JSON.stringify(runCorpus(corpus, { log: (l) => console.error(l) })));
}
