// Scaling from 1 KB to 50 MB: each size analysed by the native CLI in its own
// process (wall time and peak resident memory from /usr/bin/time), and by a
// fresh WebAssembly module under Node (time in the process, and the module's
// memory after the analysis). Memory is reported as a multiple of the input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'build/native/feltline');
const wasmDir = path.join(repoRoot, 'build/wasm/wasm');

/** Wall seconds (timed here), CPU seconds (user + system, 10 ms resolution) and
 *  peak RSS in bytes (both from /usr/bin/time) of one CLI run. */
export function runCli(args, { input } = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cli, ...args], {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`feltline ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  const [user, system, rssKb] = r.stderr.toString().trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, rssBytes: rssKb * 1024 };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function scalingFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((n) => /^scaling-\d+\.txt$/.test(n))
    .map((n) => ({ name: n, file: path.join(dir, n), bytes: fs.statSync(path.join(dir, n)).size }))
    .sort((a, b) => a.bytes - b.bytes);
}

export async function runScaling(dir, { log = () => {} } = {}) {
  const baselineFile = path.join(dir, 'scaling-baseline.txt');
  fs.writeFileSync(baselineFile, 'Client: Fine.\n');
  const baselineRss = median([0, 1, 2].map(() => runCli(['analyze', baselineFile]).rssBytes));

  const { default: createModule } = await import(path.join(wasmDir, 'feltline_wasm.mjs'));
  const wasmBinary = fs.readFileSync(path.join(wasmDir, 'feltline_wasm.wasm'));
  const emptyModule = await createModule({ wasmBinary });
  const wasmBaseline = emptyModule.HEAPU8.buffer.byteLength;

  const rows = [];
  for (const { file, bytes } of scalingFiles(dir)) {
    const runs = bytes >= 1e7 ? 3 : 5;
    const native = Array.from({ length: runs }, () => runCli(['analyze', file]));
    const text = fs.readFileSync(file, 'utf8');
    const module = await createModule({ wasmBinary });
    const wasmTimes = [];
    const wasmCpu = [];
    for (let i = 0; i < runs; ++i) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      module.analyze(text, '{}');
      wasmTimes.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      wasmCpu.push((c.user + c.system) / 1e6);
    }
    const row = {
      bytes,
      nativeSeconds: median(native.map((r) => r.seconds)),
      nativeCpuSeconds: median(native.map((r) => r.cpuSeconds)),
      nativeRssBytes: Math.max(...native.map((r) => r.rssBytes)),
      wasmSeconds: median(wasmTimes),
      wasmCpuSeconds: median(wasmCpu),
      wasmMemoryBytes: module.HEAPU8.buffer.byteLength,
    };
    row.nativeMsPerMB = (row.nativeSeconds * 1000) / (bytes / 1e6);
    row.wasmMsPerMB = (row.wasmSeconds * 1000) / (bytes / 1e6);
    row.nativeRssOverInput = (row.nativeRssBytes - baselineRss) / bytes;
    row.wasmMemoryOverInput = (row.wasmMemoryBytes - wasmBaseline) / bytes;
    rows.push(row);
    log(
      `${String(bytes).padStart(9)} B  native ${(row.nativeSeconds * 1000).toFixed(1)} ms (${row.nativeMsPerMB.toFixed(1)} ms/MB), ` +
        `RSS ${(row.nativeRssBytes / 1e6).toFixed(1)} MB (+${row.nativeRssOverInput.toFixed(2)}x input)  ` +
        `wasm ${(row.wasmSeconds * 1000).toFixed(1)} ms (${row.wasmMsPerMB.toFixed(1)} ms/MB), memory ${(row.wasmMemoryBytes / 1e6).toFixed(1)} MB`,
    );
  }
  return { baselineRssBytes: baselineRss, wasmBaselineBytes: wasmBaseline, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.join(repoRoot, 'build/bench');
  console.log(JSON.stringify(await runScaling(dir, { log: (l) => console.error(l) })));
}
