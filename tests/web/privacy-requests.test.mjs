// Nothing leaves the page. Every request of the app (page, analysis worker,
// service worker) is recorded while it loads, and then while a transcript is
// pasted, analysed and exported in every format: during loading every request
// goes to the app's own origin, and after loading nothing reaches the network.
// The one request after loading is the export writers' own script, fetched on
// the first export (it is not part of the first visit's payload): a GET with no
// query and no body, for a file of the app shell, answered by the service worker
// from its cache (the service worker itself asks nothing more). The
// Content Security Policy, sent as a header and written in the page, forbids
// connecting, loading scripts, styles, fonts or images from anywhere else, and
// the browser enforces it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchPlainBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, mentionsOf, paste, runExport } from './lib/app.mjs';
import { openAppIn, recordRequests } from './lib/privacy.mjs';

const file = path.join(examplesDir, 'panic-at-work.txt');
const EXPORTS = ['export-json', 'export-csv', 'export-csv-mentions', 'export-svg', 'export-png', 'export-svg-body-map', 'export-png-body-map', 'export-html'];

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

test('loading asks only the app’s own origin; pasting, analysing and every export ask nothing at all', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = recordRequests(context);
  const origin = new URL(server.url).origin;
  const page = await openAppIn(context, server.url);
  const loading = requests.urls();
  assert.ok(loading.length >= 4, `the page, its script, the worker and the WebAssembly are loaded (${loading.length})`);
  for (const url of loading) assert.equal(new URL(url).origin, origin, `a request to another origin while loading: ${url}`);

  requests.clear();
  await paste(page, fs.readFileSync(file, 'utf8'));
  const [expected] = cliAnalyses(file);
  assert.equal(await page.getByTestId('timeline-mark').count(), mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  for (const testid of EXPORTS) {
    const { bytes } = await runExport(page, testid);
    assert.ok(bytes.length > 0, `${testid} wrote a file`);
  }
  // Filters, brushing, the body map switch and the table: still nothing.
  await page.getByTestId('filter-negated').click();
  await page.getByTestId('body-map-speaker-both').click();
  const afterLoading = requests.log.filter((r) => !/\/assets\/format-writers-[\w-]+\.js$/.test(new URL(r.url).pathname));
  assert.deepEqual(afterLoading.map((r) => r.url), [], 'no request after the page has loaded but the export writers');
  const writers = requests.log.map((r) => r.request);
  assert.equal(writers.length, 1, 'the export writers are fetched once, on the first export');
  const [chunk] = writers;
  assert.equal(chunk.method(), 'GET');
  assert.equal(chunk.postData(), null);
  assert.equal(new URL(chunk.url()).search, '');
  assert.equal(new URL(chunk.url()).origin, origin);
  assert.ok((await chunk.response())?.fromServiceWorker(), 'the export writers come from the service worker\'s cache, not the network');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the Content Security Policy is sent as a header and written in the page, and allows only the app’s own origin', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(server.url);
  const header = response.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = (policy) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  const h = directives(header);
  const m = directives(meta);
  assert.equal(h['default-src'], "'none'");
  assert.equal(h['connect-src'], "'self'");
  assert.equal(h['script-src'], "'self' 'wasm-unsafe-eval'");
  assert.equal(h['font-src'], "'none'");
  assert.equal(h['frame-ancestors'], "'self'");
  delete h['frame-ancestors'];
  assert.deepEqual(m, h, 'the <meta> policy is the header policy (less frame-ancestors, which only a header can set)');
  for (const sources of Object.values(h)) assert.doesNotMatch(sources, /https?:|\*/, 'no directive names another host or a wildcard');
  assert.equal(response.headers()['referrer-policy'], 'no-referrer');
  // The analysis worker runs under the same policy, from its own response headers.
  const worker = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).find((u) => /analysis-worker/.test(u));
  if (worker) assert.equal((await page.request.get(worker)).headers()['content-security-policy'], response.headers()['content-security-policy']);
  await context.close();
});

test('the browser blocks requests to other origins: fetch, image, script, stylesheet, font', async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await openAppIn(context, server.url, { offline: false });
  requests.clear();
  const violations = await page.evaluate(async () => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const fetched = await fetch('https://analytics.example.com/collect?t=1').then(
      () => 'sent',
      () => 'blocked',
    );
    const img = new Image();
    img.src = 'https://cdn.example.com/pixel.png';
    document.body.append(img);
    const script = document.createElement('script');
    script.src = 'https://cdn.example.com/lib.js';
    document.head.append(script);
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'https://fonts.example.com/css?family=Inter';
    document.head.append(link);
    const style = document.createElement('style');
    style.textContent = "@font-face { font-family: X; src: url(https://fonts.example.com/x.woff2) } body { font-family: X }";
    document.head.append(style);
    document.body.append(Object.assign(document.createElement('span'), { textContent: 'x' }));
    await document.fonts.load('16px X').catch(() => {});
    await new Promise((r) => setTimeout(r, 300));
    return { fetched, seen: [...new Set(seen)].sort() };
  });
  assert.equal(violations.fetched, 'blocked');
  for (const directive of ['connect-src', 'img-src', 'script-src-elem', 'style-src-elem', 'font-src']) {
    assert.ok(violations.seen.includes(directive), `${directive} violation reported (${violations.seen.join(', ')})`);
  }
  // The browser may list a blocked request, but it never gets an answer: it was not sent.
  for (const r of requests.log) {
    if (new URL(r.url).origin === new URL(server.url).origin) continue;
    assert.equal(await r.request.response(), null, `${r.url} was answered`);
  }
  await context.close();
});
