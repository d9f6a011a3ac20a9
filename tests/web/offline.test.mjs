// Offline: after one visit the service worker has the app's own files, so with
// the network off the page reloads, analyses a pasted transcript and opens a
// sample. Its cache is named after the build and holds exactly the built
// files; a new build installs beside it, waits until the person reloads, and
// replaces it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { artifactsDir, launchPlainBrowser, repoRoot, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, mentionsOf, paste, timelineDrawn } from './lib/app.mjs';
import { distDir, distFiles, openAppIn, recordRequests, storedState } from './lib/privacy.mjs';

const webRequire = createRequire(path.join(repoRoot, 'web/package.json'));
const file = path.join(examplesDir, 'panic-at-work.txt');

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchPlainBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The version and file list written into dist's sw.js. */
function shellOf(dir) {
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  return { sw, version: sw.match(/^\/\/ Feltline app shell ([0-9a-f]{16})/)?.[1] ?? null };
}

test('with the network off after the first visit, the app reloads, analyses a pasted transcript and opens a sample', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  await context.setOffline(true);
  const requests = recordRequests(context);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 30000 });
  await paste(page, fs.readFileSync(file, 'utf8'));
  const [expected] = cliAnalyses(file);
  assert.equal(await page.getByTestId('timeline-mark').count(), mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  await page.getByTestId('new-transcript').click();
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('sample-select').selectOption('grief-and-numbness.txt');
  await timelineDrawn(page);
  assert.match(await page.locator('.summary-title').textContent(), /grief-and-numbness/);
  await page.screenshot({ path: path.join(artifactsDir, 'offline-reload.png') });
  // Every request was answered by the service worker from its cache; none reached the network.
  for (const r of requests.log) {
    const response = await r.request.response();
    assert.ok(response, `${r.url} was answered offline`);
    assert.ok(response.fromServiceWorker(), `${r.url} came from the service worker`);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the shell cache is named after the build and holds exactly the built files', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  const { version } = shellOf(distDir);
  assert.ok(version, 'sw.js names its version');
  const state = await storedState(page);
  assert.deepEqual(state.caches.map((c) => c.name), [`feltline-shell-${version}`]);
  const cached = state.caches[0].entries.map((e) => new URL(e.url).pathname.slice(1)).sort();
  const built = distFiles().filter((f) => f !== 'sw.js' && !f.startsWith('lesson/') && f !== 'feltline-viewer.js');
  assert.deepEqual(cached, built, 'the page, scripts, styles, WebAssembly and samples, nothing else');
  assert.ok(cached.some((f) => /feltline_wasm\.wasm-[\w-]+\.xz$/.test(f)), 'the WebAssembly module (xz-packed) is cached');
  await context.close();
});

test('a new build replaces the old shell once the person reloads', async () => {
  // A copy of the app, served on its own, that is then rebuilt with one file changed.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-update-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const { preview } = await import(webRequire.resolve('vite'));
  const copy = await preview({
    root: path.join(repoRoot, 'web'),
    configFile: path.join(repoRoot, 'web/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = `http://127.0.0.1:${copy.httpServer.address().port}/`;
  try {
    const context = await browser.newContext();
    const page = await openAppIn(context, url);
    const { sw, version: oldVersion } = shellOf(dir);
    // "Rebuild": the page changes, so the build's version changes.
    const newVersion = 'f'.repeat(16);
    fs.appendFileSync(path.join(dir, 'index.html'), '<!-- rebuilt -->\n');
    fs.writeFileSync(path.join(dir, 'sw.js'), sw.replaceAll(oldVersion, newVersion));
    await page.reload();
    await page.getByTestId('status').filter({ hasText: 'A new version of Feltline is ready' }).waitFor({ timeout: 30000 });
    // Until the person chooses, the old version keeps serving the page.
    assert.ok((await storedState(page)).caches.some((c) => c.name === `feltline-shell-${oldVersion}`));
    await Promise.all([page.waitForEvent('load'), page.getByTestId('status').getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 30000 });
    await page.waitForFunction(async () => (await caches.keys()).length === 1, null, { timeout: 30000 });
    assert.deepEqual((await storedState(page)).caches.map((c) => c.name), [`feltline-shell-${newVersion}`]);
    const cachedPage = await page.evaluate(async () => (await (await caches.match('index.html'))?.text()) ?? '');
    assert.match(cachedPage, /<!-- rebuilt -->/, 'the new page is the cached one');
    await context.close();
  } finally {
    await new Promise((resolve) => copy.httpServer.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
