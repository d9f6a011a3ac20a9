// The analysis worker for builds that fetch nothing (the single file, the
// embeddable viewer): its whole source, WebAssembly included, is a string in
// this bundle, started from a blob: URL as a classic worker (module workers
// from blob: URLs do not start in a page opened from disk). One URL serves
// every worker started.
import source from 'virtual:feltline-inline-worker';

let url: string | null = null;

export function createAnalysisWorker(): Worker {
  url ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(url);
}
