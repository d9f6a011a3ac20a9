// First-visit payload: every file web/dist/index.html loads on a first visit
// (page, scripts, worker, WebAssembly, styles), gzip-compressed, must add up to
// at most 350 KB (issue 2). Prints the figure with each file on every run, so
// the margin is tracked; docs/performance.md ("Payload") says what is in the
// WebAssembly module and what keeps it small.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { launchBrowser, serveDist } from './lib/browser.mjs';

const BUDGET_BYTES = 350 * 1024;

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

test(`first visit loads at most ${BUDGET_BYTES / 1024} KB gzip`, async () => {
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
  const gap = total - BUDGET_BYTES;
  console.log(
    `first-visit payload: ${(total / 1024).toFixed(1)} KB gzip; budget ${BUDGET_BYTES / 1024} KB (${gap > 0 ? `${(gap / 1024).toFixed(1)} KB over` : `${(-gap / 1024).toFixed(1)} KB to spare`})\n${lines.join('\n')}`,
  );
  assert.ok(loaded.length >= 3, 'page, script and WebAssembly should all be loaded');
  assert.ok(total <= BUDGET_BYTES, `first visit is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGET_BYTES / 1024} KB budget`);
  await page.close();
});
