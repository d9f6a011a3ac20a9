// `make bench`: every measurement in one go, on the same generated text,
// then the tables in docs/performance.md (between its bench markers) are
// rewritten from the results. Raw results: build/bench/results.json.
//
//   node bench/run-benchmarks.mjs [--skip-browser]
// (make bench builds what it needs first: native + wasm with FELTLINE_BUILD_BENCH,
//  web/dist, and bench/node_modules with the JavaScript peers.)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeInputs } from './make-dialogue-text.mjs';
import { writeReport } from './report.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(repoRoot, 'build/bench');
const log = (line) => console.log(line);

function nodeJson(script, args) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 28,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' }, // natural loads dotenv, which prints a tip
  });
  if (r.status !== 0) throw new Error(`${script} failed with status ${r.status}`);
  // The result is the last line: a library may print on stdout too.
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

function nativeBench(dialogue) {
  const r = spawnSync(
    path.join(repoRoot, 'build/native/feltline_bench'),
    [`--text=${dialogue}`, `--scaling=${benchDir}`, '--benchmark_format=json', '--benchmark_min_time=1',
     '--benchmark_repetitions=3', '--benchmark_report_aggregates_only=true'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
  );
  if (r.status !== 0) throw new Error('feltline_bench failed');
  const out = JSON.parse(r.stdout);
  const scale = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };
  return out.benchmarks
    .filter((b) => b.aggregate_name === 'median')
    .map((b) => ({
      name: b.run_name,
      bytes: b.input_bytes,
      seconds: b.real_time * scale[b.time_unit],
      cpuSeconds: b.cpu_time * scale[b.time_unit],
    }));
}

function payload() {
  // The budget test prints the total and the budget it enforces, then one line per file.
  const r = spawnSync(process.execPath, ['--test', 'tests/web/payload-budget.test.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  const out = r.stdout + r.stderr;
  const m = /first-visit payload: ([\d.]+) KB gzip; budget (\d+) KB/.exec(out);
  if (!m) return { error: 'no figure printed', passed: false };
  const files = [...out.matchAll(/^[#\s]*([\d.]+) KB  (\/\S*)$/gm)].map((f) => ({ kb: Number(f[1]), path: f[2] }));
  return { kb: Number(m[1]), budgetKb: Number(m[2]), files, passed: r.status === 0 };
}

const results = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim(),
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30) },
  loadBefore: os.loadavg(),
};

log('== inputs');
results.inputs = writeInputs(benchDir);
for (const [name, f] of Object.entries(results.inputs.files)) log(`${name}: ${f.bytes} bytes`);
const dialogue = results.inputs.files['dialogue.txt'].path;

log('== native (Google Benchmark)');
results.native = nativeBench(dialogue);
for (const b of results.native) log(`${b.name.padEnd(36)} ${(b.bytes / 1e6 / b.seconds).toFixed(1).padStart(7)} MB/s`);

log('== Node: WebAssembly and the JavaScript peers, one process');
results.node = nodeJson('bench/node/throughput.mjs', [dialogue]);

log('== scaling');
results.scaling = nodeJson('bench/node/scaling.mjs', [benchDir]);

log('== corpus');
results.corpus = nodeJson('bench/node/corpus.mjs', [path.join(benchDir, 'corpus.jsonl')]);

if (!process.argv.includes('--skip-browser')) {
  log('== browser');
  results.browser = nodeJson('bench/browser/timing.mjs', [dialogue]);
}

log('== payload');
results.payload = payload();
log(JSON.stringify(results.payload));

results.loadAfter = os.loadavg();
fs.writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const summary = writeReport(results, path.join(repoRoot, 'docs/performance.md'));
log('\n' + summary);
