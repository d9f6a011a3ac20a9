// First-visit payload: every file web/dist/index.html loads on a first visit
// (page, scripts, worker, WebAssembly, styles), gzip-compressed. The target is
// 350 KB; the app does not meet it yet (the WebAssembly module alone is about
// 323 KB even Zstandard-packed: see docs/performance.md, "Payload"), so this
// check fails on growth past the ceiling, set just above today's 406 KB, and
// prints the gap to the target with each file, so the figure is tracked on
// every run.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { launchBrowser, serveDist } from './lib/browser.mjs';

const TARGET_BYTES = 350 * 1024;
const CEILING_BYTES = 410 * 1024;

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test(`first visit loads at most ${CEILING_BYTES / 1024} KB gzip (target ${TARGET_BYTES / 1024} KB)`, async () => {
  const page = await browser.context.newPage();
  const loaded = [];
  page.on('response', (response) => loaded.push(response));
  await page.goto(server.url, { waitUntil: 'networkidle' });
  // The analysis worker and its WebAssembly module load at start-up.
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 20000 });
  await page.waitForLoadState('networkidle');
  let total = 0;
  const lines = [];
  for (const response of loaded) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const gz = zlib.gzipSync(body, { level: 9 }).length;
    total += gz;
    lines.push(`  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${new URL(response.url()).pathname}`);
  }
  const gap = total - TARGET_BYTES;
  console.log(
    `first-visit payload: ${(total / 1024).toFixed(1)} KB gzip; target ${TARGET_BYTES / 1024} KB (${gap > 0 ? `${(gap / 1024).toFixed(1)} KB over` : 'met'}), ceiling ${CEILING_BYTES / 1024} KB\n${lines.join('\n')}`,
  );
  assert.ok(loaded.length >= 3, 'page, script and WebAssembly should all be loaded');
  assert.ok(total <= CEILING_BYTES, `first visit is ${(total / 1024).toFixed(1)} KB gzip, over the ceiling: it grew`);
  await page.close();
});
