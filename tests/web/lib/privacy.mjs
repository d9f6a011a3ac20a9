// Helpers for the privacy and offline tests: fresh browser contexts (each with
// its own storage), a record of every request any page, worker or service
// worker of the context makes, and what the browser has stored.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './browser.mjs';

export const distDir = path.join(repoRoot, 'web/dist');
export const singleFile = path.join(repoRoot, 'web/dist-single/feltline.html');

/**
 * Records every request of `context`: pages, workers and the service worker.
 * Requests for blob: and data: URLs are reads of the page's own memory, not
 * requests that go anywhere, and are not recorded.
 */
export function recordRequests(context) {
  const log = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    log.push({ url, byServiceWorker: !!request.serviceWorker(), request });
  });
  return {
    log,
    /** Forgets what was recorded so far (e.g. after the page has loaded). */
    clear: () => log.splice(0),
    urls: () => log.map((r) => r.url),
  };
}

/** A page of the app, loaded, its analysis engine ready and (served) its service worker in control. */
export async function openAppIn(context, url, { offline = true } = {}) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 30000 });
  if (offline) {
    await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true' && !!navigator.serviceWorker.controller, null, {
      timeout: 30000,
    });
  }
  return page;
}

/** Everything the browser holds for the page's origin, with the text of every cached response. */
export async function storedState(page) {
  return page.evaluate(async () => {
    const caches_ = [];
    if ('caches' in self) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        const entries = [];
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          entries.push({ url: request.url, body: response ? await response.text() : '' });
        }
        caches_.push({ name, entries });
      }
    }
    return {
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: caches_,
    };
  });
}

/** The files of the built app, as the service worker's shell list has them. */
export function distFiles(dir = distDir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...distFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}
