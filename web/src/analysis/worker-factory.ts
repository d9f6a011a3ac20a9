// Starts the analysis worker from its own file, next to the page's scripts.
// The builds that carry everything inside (single file, embeddable viewer)
// use worker-factory.inline.ts instead (web/build/inline-worker-plugin.ts).
export function createAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
}
