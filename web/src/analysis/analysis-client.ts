// The page's handle on the analysis worker: one promise per request.
import type { AnalyzeRequest, AnalyzeResponse, WorkerReady } from './analysis-worker';
import type { Analysis, AnalysisOptions } from './feltline-types';

export interface AnalysisResult {
  /** One analysis per dialogue (several for a JSON Lines or CSV corpus). */
  analyses: Analysis[];
  /** The core's output exactly as produced, for export. */
  raw: string;
}

export class AnalysisClient {
  private worker = new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module' });
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();
  /** Resolves with the core's version once the WebAssembly module is loaded. */
  readonly ready: Promise<string>;

  constructor() {
    let markReady: (version: string) => void = () => {};
    let markFailed: (error: Error) => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    this.worker.onmessage = (event: MessageEvent<AnalyzeResponse | WorkerReady>) => {
      const msg = event.data;
      if ('type' in msg) {
        if (msg.type === 'ready') markReady(msg.version);
        else markFailed(new Error(msg.error));
        return;
      }
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      if (msg.ok) {
        const analyses = msg.json
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as Analysis);
        waiter.resolve({ analyses, raw: msg.json });
      } else {
        waiter.reject(new Error(msg.error));
      }
    };
  }

  analyze(text: string, options: AnalysisOptions = {}): Promise<AnalysisResult> {
    const id = this.nextId++;
    const request: AnalyzeRequest = { id, text, options: JSON.stringify(options) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }
}
