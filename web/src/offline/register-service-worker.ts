// Registers the offline service worker (service-worker.ts) for the served
// app, once the page is ready, so that the first visit is not slowed by it.
// Not for the single file (opened from disk, it needs none) or the dev server.
// A new version waits until the person chooses to reload (`onUpdate`).

export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Also fires when the first version takes control; only a chosen update reloads.
    if (reloading) location.reload();
  });
  const offer = (worker: ServiceWorker) =>
    onUpdate(() => {
      reloading = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  navigator.serviceWorker.register('./sw.js', { scope: './' }).then(
    (registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
        });
      });
      void navigator.serviceWorker.ready.then(() => {
        document.documentElement.dataset.offlineReady = 'true';
      });
    },
    (err: unknown) => console.warn('Feltline: offline use is not available:', err),
  );
}
