// Turns build/bench/results.json into the tables of docs/performance.md
// (between <!-- bench:results --> and <!-- /bench:results -->) and a summary
// of the targets. Run by run-benchmarks.mjs; by hand to redo the tables:
//   node bench/report.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- bench:results -->';
const END = '<!-- /bench:results -->';

const f1 = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const f2 = (x) => x.toFixed(2);
const mb = (bytes) => (bytes >= 1e6 ? `${f1(bytes / 1e6)} MB` : `${f1(bytes / 1e3)} KB`);

// Targets and ratios use CPU time (user + system of the measuring process):
// the machine these run on is shared, and wall time then measures the other
// tenants as much as Feltline. Both columns are in the tables.
export function targets(r) {
  const native = Object.fromEntries(r.native.map((b) => [b.name, b]));
  const mbps = (b) => b.bytes / 1e6 / b.cpuSeconds;
  const nodeRow = (pred) => r.node.rows.find(pred);
  const wasmFull = nodeRow((x) => x.kind === 'analysis' && x.name.includes('string in'));
  const wasmFloor = nodeRow((x) => x.kind === 'floor');
  const peers = r.node.rows.filter((x) => x.kind === 'peer');
  const fastestPeer = peers.reduce((a, b) => (b.cpuMbps > a.cpuMbps ? b : a));
  const nativeFull = mbps(native['analysis/full']);
  const nativeFloor = mbps(native['floor/icu_word_segmentation']);
  const list = [
    {
      target: 'WebAssembly analysis ≥ 2× the fastest JavaScript peer (tokenising + lookup), same Node process',
      measured: `${f1(wasmFull.cpuMbps)} MB/s vs ${fastestPeer.name} ${f1(fastestPeer.cpuMbps)} MB/s (CPU time): ${f2(wasmFull.cpuMbps / fastestPeer.cpuMbps)}×`,
      met: wasmFull.cpuMbps >= 2 * fastestPeer.cpuMbps,
    },
    {
      target: 'native analysis ≥ the ICU word-segmentation floor',
      measured: `${f1(nativeFull)} vs ${f1(nativeFloor)} MB/s (CPU time): ${f2(nativeFull / nativeFloor)}×`,
      met: nativeFull >= nativeFloor,
    },
    {
      target: 'native analysis ≥ 0.5× the ICU floor (issue 4)',
      measured: `${f2(nativeFull / nativeFloor)}×`,
      met: nativeFull >= 0.5 * nativeFloor,
    },
  ];
  if (wasmFloor) {
    list.push({
      target: 'WebAssembly analysis ≥ 0.5× the ICU floor in WebAssembly (issue 4)',
      measured: `${f1(wasmFull.cpuMbps)} vs ${f1(wasmFloor.cpuMbps)} MB/s (CPU time): ${f2(wasmFull.cpuMbps / wasmFloor.cpuMbps)}×`,
      met: wasmFull.cpuMbps >= 0.5 * wasmFloor.cpuMbps,
    });
  }
  if (r.browser) {
    // Rows of earlier runs have no pause: they were clicked 200 ms after the paste.
    const pause = (row) => row.pauseMs ?? 200;
    const primary = Math.max(...r.browser.rows.map(pause));
    const at = (bytes, p = primary) =>
      r.browser.rows
        .filter((row) => pause(row) === p)
        .reduce((a, b) => (Math.abs(b.bytes - bytes) < Math.abs(a.bytes - bytes) ? b : a));
    const hurried = (bytes) => {
      const row = r.browser.rows.find((x) => pause(x) < primary && Math.abs(x.bytes - bytes) < bytes / 2);
      return row ? `; clicked ${pause(row)} ms after the paste: ${f1(row.ms)} ms` : '';
    };
    list.push(
      { target: '30 KB transcript drawn in < 100 ms (headless Chromium)', measured: `${f1(at(30e3).ms)} ms (${at(30e3).what}, clicked ${primary} ms after the paste${hurried(30e3)})`, met: at(30e3).ms < 100 },
      { target: '1 MB transcript drawn in < 1.5 s', measured: `${f1(at(1e6).ms)} ms (${at(1e6).what}, clicked ${primary} ms after the paste${hurried(1e6)})`, met: at(1e6).ms < 1500 },
    );
  }
  if (r.payload?.kb) {
    const target = r.payload.budgetKb;
    const over = r.payload.kb - target;
    list.push({
      target: `first-visit payload ≤ ${target} KB gzip`,
      measured: `${f1(r.payload.kb)} KB (${over > 0 ? `${f1(over)} KB over` : `${f1(-over)} KB to spare`})`,
      met: r.payload.kb <= target,
    });
  }
  return list;
}

export function renderResults(r) {
  const lines = [];
  const push = (...l) => lines.push(...l);
  const native = Object.fromEntries(r.native.map((b) => [b.name, b]));
  const nMbps = (b) => b.bytes / 1e6 / b.seconds;
  const nCpu = (b) => b.bytes / 1e6 / b.cpuSeconds;
  const text = r.inputs.files['dialogue.txt'];
  const nativeFloor = nCpu(native['floor/icu_word_segmentation']);
  const wasmFloor = r.node.rows.find((x) => x.kind === 'floor')?.cpuMbps;
  const peers = r.node.rows.filter((x) => x.kind === 'peer');
  const fastestPeer = Math.max(...peers.map((p) => p.cpuMbps));

  push(
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${r.commit}\` on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB), ` +
      `Node ${r.node.node}${r.browser ? `, ${r.browser.chromium}` : ''}. Load average ${r.loadBefore.map(f2).join(' / ')} before, ${r.loadAfter.map(f2).join(' / ')} after ` +
      '(this machine is shared: wall-time MB/s measure the other tenants too, so the ratios and the targets use CPU time). MB = 10⁶ bytes.',
    '',
    `Input: \`build/bench/dialogue.txt\`, ${text.bytes.toLocaleString('en')} bytes (sha256 ${text.sha256}…), ` +
      `dealt from the turns of ${r.inputs.sources.map((s) => `\`${s.file}\` (${s.turns})`).join(', ')}. The JavaScript peers look up the ${r.node.terms} single-word terms of the default lexicon.`,
    '',
    '### Throughput on the same text',
    '',
    '| what | host | MB/s (wall) | MB/s (CPU time) | × ICU floor (same host, CPU time) | × fastest JS peer (CPU time) |',
    '|---|---|---:|---:|---:|---:|',
  );
  const nativeRows = [
    ['Feltline full analysis (parse, roles, mentions, statistics, JSON)', 'analysis/full'],
    ['ICU word segmentation alone: the floor', 'floor/icu_word_segmentation'],
    ['Feltline word tokenizer (ASCII fast path + ICU)', 'tokenizer/word_tokenizer'],
  ];
  for (const [label, key] of nativeRows) {
    const b = native[key];
    push(`| ${label} | native | ${f1(nMbps(b))} | ${f1(nCpu(b))} | ${f2(nCpu(b) / nativeFloor)} | ${f2(nCpu(b) / fastestPeer)} |`);
  }
  for (const x of r.node.rows) {
    const floor = x.host === 'wasm' && wasmFloor ? f2(x.cpuMbps / wasmFloor) : '';
    push(`| ${x.name} | ${x.host === 'wasm' ? 'WebAssembly, Node' : 'JavaScript, Node'} | ${f1(x.mbps)} | ${f1(x.cpuMbps)} | ${floor} | ${f2(x.cpuMbps / fastestPeer)} |`);
  }
  push('', '### Where the native time goes (stages of the full analysis, same text)', '', '| stage | MB/s (CPU time) | CPU ms per 10 MB |', '|---|---:|---:|');
  for (const b of r.native.filter((b) => b.name.startsWith('stage/'))) {
    push(`| ${b.name.slice(6)} | ${f1(nCpu(b))} | ${f1((b.cpuSeconds * 1000 * 1e7) / b.bytes)} |`);
  }

  push(
    '',
    '### Scaling',
    '',
    'Each size is a prefix of one 50 MB dialogue cut at a turn end. Native: the CLI in its own process per run (`feltline analyze FILE > /dev/null`), ' +
      'wall time including start-up, CPU time (user + system, 10 ms resolution) and peak RSS from `/usr/bin/time`; in-process: Google Benchmark. WebAssembly: a fresh module under Node per size, ' +
      `its memory after the analysis. Memory beyond the baseline (native ${f1(r.scaling.baselineRssBytes / 1e6)} MB RSS for a one-line input, ` +
      `WebAssembly ${f1(r.scaling.wasmBaselineBytes / 1e6)} MB) as a multiple of the input.`,
    '',
    '| input | native in-process CPU ms/MB | native process wall ms | CPU ms | CPU ms/MB | peak RSS | RSS ÷ input | wasm ms | wasm CPU ms/MB | wasm memory ÷ input |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  const inProcess = Object.fromEntries(
    r.native.filter((b) => b.name.startsWith('scaling/')).map((b) => [Number(b.name.split('/').at(-1)), b]),
  );
  for (const row of r.scaling.rows) {
    const key = Object.keys(inProcess).map(Number).find((k) => row.bytes >= k && row.bytes < k * 2);
    const ip = key !== undefined ? inProcess[key] : undefined;
    const perMB = (seconds) => f1((seconds * 1000) / (row.bytes / 1e6));
    push(
      `| ${mb(row.bytes)} | ${ip ? f1((ip.cpuSeconds * 1000) / (ip.bytes / 1e6)) : ''} | ${f1(row.nativeSeconds * 1000)} | ` +
        `${f1(row.nativeCpuSeconds * 1000)} | ${perMB(row.nativeCpuSeconds)} | ${f1(row.nativeRssBytes / 1e6)} MB | ${f2(row.nativeRssOverInput)} | ` +
        `${f1(row.wasmSeconds * 1000)} | ${perMB(row.wasmCpuSeconds)} | ${f2(row.wasmMemoryOverInput)} |`,
    );
  }

  const c = r.corpus;
  push(
    '',
    '### Corpus scale',
    '',
    `\`build/bench/corpus.jsonl\`: ${c.dialogues} dialogues, ${mb(c.bytes)}, largest line ${mb(c.largestLineBytes)}. The CLI in its own process per run (median of 3).`,
    '',
    '| mode | dialogues/s | MB/s | CPU s | peak RSS |',
    '|---|---:|---:|---:|---:|',
  );
  for (const row of c.rows) {
    push(`| ${row.mode} | ${f1(row.dialoguesPerSecond)} | ${f1(row.mbps)} | ${f2(row.cpuSeconds)} | ${f1(row.rssBytes / 1e6)} MB |`);
  }

  if (r.browser) {
    push(
      '',
      '### In the browser',
      '',
      'Headless Chromium, the built app, a fresh page per run: the text is put in the box once the core is ready, Analyse is clicked after a pause (1.5 s, a person pasting and reaching for the button; also 200 ms for the sizes with a target), then the time from the click to the timeline drawn (plus one frame), median of the runs; the longest main-thread task meanwhile (PerformanceObserver `longtask`, worst run).',
      '',
      '| transcript | click after the paste | to drawn | longest main-thread task | runs |',
      '|---:|---:|---:|---:|---|',
    );
    for (const row of r.browser.rows) {
      push(`| ${mb(row.bytes)} | ${row.pauseMs ?? 200} ms | ${f1(row.ms)} ms | ${f1(row.longestTaskMs)} ms | ${row.runs.join(', ')} ms (${row.what}) |`);
    }
  }
  if (r.payload) {
    push('', '### First-visit payload', '');
    if (!r.payload.kb) {
      push(`not measured: ${r.payload.error}`);
    } else {
      const target = r.payload.budgetKb;
      push(
        `${f1(r.payload.kb)} KB gzip (level 9) for everything a first visit loads; budget ${target} KB` +
          ` enforced by \`tests/web/payload-budget.test.mjs\` (${r.payload.passed ? 'passed' : 'failed'})` +
          '. KB = 1,024 bytes here, as the test counts.',
      );
      if (r.payload.files?.length) {
        push('', '| file | KB gzip |', '|---|---:|');
        for (const f of [...r.payload.files].sort((x, y) => y.kb - x.kb)) push(`| \`${f.path}\` | ${f1(f.kb)} |`);
      }
    }
  }
  push('', '### Targets', '', '| target | measured | met |', '|---|---|---|');
  for (const t of targets(r)) push(`| ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

export function writeReport(results, docPath) {
  const body = renderResults(results);
  const doc = fs.readFileSync(docPath, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${docPath} has no ${START} … ${END} section`);
  fs.writeFileSync(docPath, `${doc.slice(0, a + START.length)}\n${body}\n${doc.slice(b)}`);
  return targets(results)
    .map((t) => `${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = JSON.parse(fs.readFileSync(path.join(repoRoot, 'build/bench/results.json'), 'utf8'));
  console.log(writeReport(results, path.join(repoRoot, 'docs/performance.md')));
}
