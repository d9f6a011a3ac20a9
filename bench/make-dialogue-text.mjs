// Writes the benchmark inputs, deterministically, from the project's own
// example transcripts and (when present, read in place, never copied into the
// repository) the seed session in ../shared/seed/:
//
//   build/bench/dialogue.txt         one labelled-text dialogue of at least 10 MiB
//   build/bench/scaling-<size>.txt   prefixes of a 50 MB dialogue, cut at turn ends
//   build/bench/corpus.jsonl         a JSON Lines corpus, one {"id","messages"} per line
//
// Every example is parsed by the native CLI (so any input format the core
// reads contributes its turns); the turns are then dealt out again by a seeded
// pseudo-random generator, alternating therapist and client, until the size
// is reached. Same sources, same bytes.
//
//   node bench/make-dialogue-text.mjs [--out DIR]
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = process.env.FELTLINE_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
const cli = path.join(repoRoot, 'build/native/feltline');

export const MiB = 1 << 20;
export const DIALOGUE_BYTES = 10 * MiB;
// Sizes of the scaling run; the largest is the text the prefixes are cut from.
export const SCALING_SIZES = [1e3, 1e4, 1e5, 1e6, 1e7, 5e7];
export const CORPUS_DIALOGUES = 1000;

// mulberry32: a small, well-known seeded generator; the same seed gives the same text.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceFiles() {
  const files = [];
  const examples = path.join(repoRoot, 'examples/transcripts');
  for (const name of fs.readdirSync(examples).sort()) files.push(path.join(examples, name));
  const seed = path.join(sharedDir, 'seed');
  if (fs.existsSync(seed)) {
    for (const name of fs.readdirSync(seed).sort()) if (name.endsWith('.txt')) files.push(path.join(seed, name));
  } else {
    // Without the seed the text still builds, but it is not the text whose sha256
    // docs/performance.md gives, so figures would not compare: say so loudly.
    console.error(`make-dialogue-text: no seed at ${seed}; the benchmark text will differ from ` +
      'the one docs/performance.md measures (set FELTLINE_SHARED_DIR to the shared directory)');
  }
  return files;
}

/** Turns of every source, by role, as the core parses them. */
export function collectTurns() {
  const pools = { therapist: [], client: [] };
  const sources = [];
  for (const file of sourceFiles()) {
    let out;
    try {
      out = execFileSync(cli, ['analyze', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    } catch {
      continue; // nothing usable in it (exit 2)
    }
    let turns = 0;
    for (const line of out.split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      if (!doc.turns) continue; // a corpus ends with its corpus_summary line
      for (const turn of doc.turns) {
        if (!turn.text.trim()) continue;
        // Unlabelled turns alternate, as a reader would assume.
        const role = turn.role === 'therapist' || turn.role === 'client' ? turn.role : turns % 2 ? 'client' : 'therapist';
        pools[role].push(turn.text);
        ++turns;
      }
    }
    sources.push({ file: path.relative(repoRoot, file), turns });
  }
  if (!pools.therapist.length || !pools.client.length) throw new Error('no therapist and client turns found in the examples');
  return { pools, sources };
}

/** Labelled-text dialogue of at least `bytes` bytes; returns {text, turnEnds}. */
export function makeDialogue(pools, bytes, seed = 8) {
  const random = generator(seed);
  const parts = [];
  const turnEnds = [];
  let size = 0;
  for (let i = 0; size < bytes; ++i) {
    const role = i % 2 ? 'client' : 'therapist';
    const pool = pools[role];
    const turn = `${role === 'client' ? 'Client' : 'Therapist'}: ${pool[Math.floor(random() * pool.length)]}\n\n`;
    parts.push(turn);
    size += Buffer.byteLength(turn);
    turnEnds.push(size);
  }
  return { text: parts.join(''), turnEnds };
}

/** JSON Lines corpus: `count` chat dialogues of 10 to 40 messages. */
export function makeCorpus(pools, count, seed = 9) {
  const random = generator(seed);
  const lines = [];
  for (let d = 0; d < count; ++d) {
    const messages = [];
    const turns = 10 + Math.floor(random() * 31);
    for (let i = 0; i < turns; ++i) {
      const role = i % 2 ? 'client' : 'therapist';
      const pool = pools[role];
      messages.push({ role: role === 'client' ? 'user' : 'assistant', content: pool[Math.floor(random() * pool.length)] });
    }
    lines.push(JSON.stringify({ id: `bench-${String(d + 1).padStart(5, '0')}`, messages }));
  }
  return `${lines.join('\n')}\n`;
}

function sha256(text) {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Writes every input; returns a description for the report. */
export function writeInputs(outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const { pools, sources } = collectTurns();
  const written = { sources, files: {} };
  const write = (name, text) => {
    const file = path.join(outDir, name);
    fs.writeFileSync(file, text);
    written.files[name] = { path: file, bytes: Buffer.byteLength(text), sha256: sha256(text) };
  };

  const dialogue = makeDialogue(pools, DIALOGUE_BYTES);
  write('dialogue.txt', dialogue.text);

  const largest = makeDialogue(pools, Math.max(...SCALING_SIZES));
  const buffer = Buffer.from(largest.text);
  for (const size of SCALING_SIZES) {
    const end = largest.turnEnds.find((e) => e >= size) ?? buffer.length;
    write(`scaling-${size}.txt`, buffer.subarray(0, end).toString());
  }
  write('corpus.jsonl', makeCorpus(pools, CORPUS_DIALOGUES));
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? path.resolve(process.argv[i + 1]) : path.join(repoRoot, 'build/bench');
  const written = writeInputs(outDir);
  for (const s of written.sources) console.log(`source ${s.file}: ${s.turns} turns`);
  for (const [name, f] of Object.entries(written.files)) console.log(`${name}: ${f.bytes} bytes, sha256 ${f.sha256}`);
}
