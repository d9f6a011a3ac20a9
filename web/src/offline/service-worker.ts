// The service worker that lets the served app work with the network off after
// the first visit. It keeps the app's own files (the "app shell": the page,
// scripts, styles, the WebAssembly module, the bundled sample transcripts) in
// one cache named after the build, and answers requests for them from it.
//
// It stores nothing else, ever: the file list is fixed when the app is built
// (build/service-worker-plugin.ts writes it in), nothing is added while the
// app runs, and every other request goes to the network as if there were no
// service worker. So no transcript, analysis or export can reach the cache.
// Written by hand rather than with Workbox: precaching a fixed list is all it
// does, and a reader can check that in one short file (docs/privacy.md).

declare const __FELTLINE_SHELL_FILES__: string[];
declare const __FELTLINE_SHELL_VERSION__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'feltline-shell-';
const CACHE = PREFIX + __FELTLINE_SHELL_VERSION__;
const scope = new URL(sw.registration.scope);
const PAGE = new URL('index.html', scope).href;
/** Absolute URLs of the shell files, without query or fragment. */
const SHELL = new Set(__FELTLINE_SHELL_FILES__.map((file) => new URL(file, scope).href));

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // "no-cache" asks the server again (a cheap 304 when unchanged), so a
      // stale index.html from the HTTP cache never enters a new version's cache.
      cache.addAll([...SHELL].map((url) => new Request(url, { cache: 'no-cache' }))),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Older versions' shells; a new version only activates once no page uses the old one.
      for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      await sw.clients.claim();
    })(),
  );
});

// The page asks a waiting new version to take over when the person chooses to reload.
sw.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const bare = url.origin + url.pathname;
  if (request.mode === 'navigate' && (bare === scope.href || bare === PAGE)) {
    event.respondWith(fromShell(PAGE, request));
  } else if (SHELL.has(bare)) {
    event.respondWith(fromShell(bare, request));
  }
  // Anything else is not the app's: no respondWith, so the browser fetches it
  // as usual and nothing here keeps a copy.
});

async function fromShell(url: string, request: Request): Promise<Response> {
  const cached = await caches.match(url, { cacheName: CACHE });
  return cached ?? fetch(request);
}
