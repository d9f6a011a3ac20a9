// Time from pressing Analyse to the timeline drawn, in headless Chromium
// (playwright-core, /usr/bin/chromium, the built app from web/dist), for
// transcripts of about 30 KB, 1 MB and 10 MB cut from the benchmark dialogue,
// and the longest main-thread task meanwhile (PerformanceObserver 'longtask').
// Each run is a fresh page: once the core is ready the text is put in the box,
// and Analyse is clicked after a pause (PAUSE_MS, and HURRIED_PAUSE_MS too).
// "Drawn" is the timeline's data-state="drawn" (the app sets it after the
// marks are painted), then one more frame; pages without a timeline yet fall
// back to the first turn row. Prints one JSON object.
//
//   node bench/browser/timing.mjs [build/bench/dialogue.txt]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, serveDist } from '../../tests/web/lib/browser.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BROWSER_SIZES = [30e3, 1e6, 10e6];
// Runs per size: the small sizes are quick and the noisiest.
const RUNS = { 30e3: 5, 1e6: 5, 10e6: 3 };
// Between the text landing in the box and the click. A person pasting and
// reaching for Analyse takes a second or more, and the app uses that idle
// time (the worker's warm-up runs, core-warm-up.ts); the hurried click, 200 ms
// after the paste, is measured as well for the two sizes with a target.
export const PAUSE_MS = 1500;
export const HURRIED_PAUSE_MS = 200;

/** The first `bytes` bytes of the dialogue, cut at the end of a turn. */
function prefix(text, bytes) {
  const buffer = Buffer.from(text);
  if (buffer.length <= bytes) return text;
  const cut = buffer.indexOf('\n\n', bytes);
  return buffer.subarray(0, cut < 0 ? buffer.length : cut + 2).toString();
}

async function timeOnce(context, url, text, pauseMs) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 60000 });
  // Pasting is not timed: the text is put in the box directly.
  await page.evaluate((t) => {
    const box = document.querySelector('[data-testid="transcript-input"]');
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  await page.waitForTimeout(pauseMs);
  const timing = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const timeline = () => document.querySelector('#timeline[data-state="drawn"]');
        const fallback = () => !document.querySelector('#timeline') && document.querySelector('[data-testid="turn-row"]');
        const t0 = performance.now();
        const done = (what) => {
          observer.disconnect();
          // One more frame: the drawn marks are on screen.
          requestAnimationFrame(() => setTimeout(() => resolve({ t0, drawn: performance.now(), what })));
        };
        const observer = new MutationObserver(() => {
          if (timeline()) done('timeline drawn');
          else if (fallback()) done('turn table (no timeline on this page)');
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        setTimeout(() => reject(new Error('not drawn within 120 s')), 120000);
        document.querySelector('[data-testid="analyze"]').click();
      }),
  );
  const tasks = await page.evaluate(() => window.__longTasks);
  const during = tasks.filter((t) => t.start + t.duration >= timing.t0 && t.start <= timing.drawn);
  await page.close();
  return {
    ms: timing.drawn - timing.t0,
    longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: during.length,
    what: timing.what,
  };
}

export async function runBrowserTiming(dialoguePath, { log = () => {} } = {}) {
  const text = fs.readFileSync(dialoguePath, 'utf8');
  const server = await serveDist();
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const size of BROWSER_SIZES) {
      const sample = prefix(text, size);
      for (const pauseMs of size <= 1e6 ? [PAUSE_MS, HURRIED_PAUSE_MS] : [PAUSE_MS]) {
        const runs = [];
        for (let i = 0; i < RUNS[size]; ++i) runs.push(await timeOnce(browser.context, server.url, sample, pauseMs));
        runs.sort((a, b) => a.ms - b.ms);
        const median = runs[Math.floor(runs.length / 2)];
        const row = {
          bytes: Buffer.byteLength(sample),
          pauseMs,
          ms: median.ms,
          longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
          what: median.what,
          runs: runs.map((r) => Math.round(r.ms)),
        };
        rows.push(row);
        log(`${(row.bytes / 1e6).toFixed(2)} MB, click ${pauseMs} ms after the paste: ${Math.round(row.ms)} ms to ${row.what}, longest main-thread task ${Math.round(row.longestTaskMs)} ms (runs ${row.runs.join(', ')} ms)`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { chromium: await chromiumVersion(), rows };
}

async function chromiumVersion() {
  const { execFileSync } = await import('node:child_process');
  try {
    return execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'chromium';
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dialogue = process.argv[2] ?? path.join(repoRoot, 'build/bench/dialogue.txt');
  console.log(JSON.stringify(await runBrowserTiming(dialogue, { log: (l) => console.error(l) })));
}
