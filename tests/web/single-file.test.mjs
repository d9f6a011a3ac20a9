// The single file, web/dist-single/feltline.html: one HTML file of at most
// 600 KB with the app, its worker and the WebAssembly inside, opened straight
// from disk (file://) in Chromium: pasting and analysing gives the CLI's marks,
// exports work, and it asks for nothing but itself.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { artifactsDir, launchPlainBrowser } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, mentionsOf, paste, runExport } from './lib/app.mjs';
import { recordRequests, singleFile } from './lib/privacy.mjs';

const LIMIT = 600 * 1000;

let browser;
before(async () => {
  browser = await launchPlainBrowser();
});
after(async () => {
  await browser?.close();
});

test(`the single file is one HTML file of at most ${LIMIT / 1000} KB that refers to no other file`, () => {
  const size = fs.statSync(singleFile).size;
  console.log(`single file: ${size} bytes (${(size / 1024).toFixed(1)} KiB)`);
  assert.ok(size <= LIMIT, `${size} bytes`);
  assert.deepEqual(fs.readdirSync(path.dirname(singleFile)), ['feltline.html']);
  const html = fs.readFileSync(singleFile, 'utf8');
  assert.doesNotMatch(html, /<(script|link|img|iframe)[^>]+(src|href)=["'](?!data:)[^"']+/i, 'no script, stylesheet or image is loaded from a file or address');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' blob: 'wasm-unsafe-eval'/);
});

test('opened from disk, it analyses a pasted transcript (marks = the CLI’s mentions), exports, and asks for nothing else', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  const url = pathToFileURL(singleFile).href;
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 30000 });
  for (const name of ['panic-at-work.txt', 'couples-session.md']) {
    const file = path.join(examplesDir, name);
    await paste(page, fs.readFileSync(file, 'utf8'));
    const [expected] = cliAnalyses(file);
    const mentions = mentionsOf(expected).filter((m) => m.kind !== 'rating');
    assert.equal(await page.getByTestId('timeline-mark').count(), mentions.length, `${name}: one mark per mention`);
    assert.equal(await page.getByTestId('transcript-turn').count(), expected.turns.length);
  }
  await page.screenshot({ path: path.join(artifactsDir, 'single-file.png') });
  const { bytes } = await runExport(page, 'export-json');
  const [expected] = cliAnalyses(path.join(examplesDir, 'couples-session.md'));
  assert.deepEqual(JSON.parse(bytes.toString('utf8')), expected, 'the JSON export is the CLI’s analysis');
  // A sample, bundled inside the file.
  await page.getByTestId('new-transcript').click();
  await page.getByTestId('sample-select').selectOption('grief-and-numbness.txt');
  await page.locator('.summary-title', { hasText: 'grief-and-numbness' }).waitFor();
  assert.deepEqual(requests.urls(), [url], 'the file itself, and nothing else');
  assert.deepEqual(errors, []);
  await context.close();
});
