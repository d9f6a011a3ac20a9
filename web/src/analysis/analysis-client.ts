// The page's handle on the analysis worker: one promise per request, with
// progress callbacks while the worker analyses and sends the result in pieces.
import type { Analysis, AnalysisOptions } from './feltline-types';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';
import { createAnalysisWorker } from './worker-factory';

export interface AnalysisProgress {
  stage: 'analysing' | 'reading' | 'receiving';
  /** Turns received so far and in all, across the request's dialogues. */
  turnsDone: number;
  turnsTotal: number;
  dialogues: number;
}

export interface AnalysisResult {
  /** Identifies this result in the worker, for exporting it later. */
  source: number;
  /** One analysis per dialogue (several for a JSON Lines or CSV corpus). */
  analyses: Analysis[];
  /** Length of the core's JSON, in UTF-16 code units. */
  bytes: number;
  /** The figures over a whole corpus (the core's last JSON Lines line), if any. */
  corpusSummary: Record<string, unknown> | null;
}

interface Pending {
  analyses: Analysis[];
  corpusSummary: Record<string, unknown> | null;
  turnsDone: number;
  turnsTotal: number;
  onProgress?: (p: AnalysisProgress) => void;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  kind: 'analysis' | 'export' | 'csv';
}

export class AnalysisClient {
  private worker = createAnalysisWorker();
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Resolves with the core's version once the WebAssembly module is loaded. */
  readonly ready: Promise<string>;

  constructor() {
    let markReady: (version: string) => void = () => {};
    let markFailed: (error: Error) => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      if (msg.type === 'ready') return markReady(msg.version);
      if (msg.type === 'startup-failed') return markFailed(new Error(msg.error));
      this.receive(msg);
    };
    this.worker.onerror = (event) => markFailed(new Error(event.message || 'the analysis worker failed to start'));
  }

  /** Analyses transcript text (a dialogue or a corpus). */
  analyze(text: string, options: AnalysisOptions = {}, onProgress?: (p: AnalysisProgress) => void): Promise<AnalysisResult> {
    return this.request({ type: 'analyze', id: 0, text, options: JSON.stringify(options) }, 'analysis', onProgress);
  }

  /** Opens an analysis saved earlier (the JSON this app or the CLI wrote). */
  load(json: string, onProgress?: (p: AnalysisProgress) => void): Promise<AnalysisResult> {
    return this.request({ type: 'load', id: 0, json }, 'analysis', onProgress);
  }

  /** The analysis of one dialogue of an earlier result, as pretty JSON. */
  exportJson(source: number, dialogue: number): Promise<string> {
    return this.request({ type: 'export-json', id: 0, source, dialogue }, 'export');
  }

  /**
   * Drops what the worker keeps of a result for exporting it later (every
   * result when `source` is omitted): the worker then holds no transcript.
   */
  forget(source?: number): void {
    this.worker.postMessage({ type: 'forget', id: 0, source } satisfies WorkerRequest);
  }

  /**
   * The core's CSV for a text ("turns_csv" or "mentions_csv", with the same
   * options as its analysis), or null when this core does not write CSV.
   */
  csv(text: string, options: AnalysisOptions, output: 'turns_csv' | 'mentions_csv'): Promise<string | null> {
    return this.request({ type: 'csv', id: 0, text, options: JSON.stringify({ ...options, output }) }, 'csv');
  }

  private request<T>(request: WorkerRequest, kind: Pending['kind'], onProgress?: (p: AnalysisProgress) => void): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        analyses: [],
        corpusSummary: null,
        turnsDone: 0,
        turnsTotal: 0,
        onProgress,
        resolve: resolve as (value: never) => void,
        reject,
        kind,
      });
      this.worker.postMessage({ ...request, id });
    });
  }

  private receive(msg: Exclude<WorkerMessage, { type: 'ready' } | { type: 'startup-failed' }>): void {
    const p = this.pending.get(msg.id);
    if (!p) return;
    const report = (stage: AnalysisProgress['stage']) =>
      p.onProgress?.({ stage, turnsDone: p.turnsDone, turnsTotal: p.turnsTotal, dialogues: p.analyses.length });
    switch (msg.type) {
      case 'progress':
        report(msg.stage === 'reading' ? 'reading' : msg.stage === 'sending' ? 'receiving' : 'analysing');
        return;
      case 'dialogue':
        p.analyses[msg.dialogue] = { ...msg.header, turns: [] };
        p.turnsTotal += msg.turnCount;
        report('receiving');
        return;
      case 'turns': {
        const turns = p.analyses[msg.dialogue].turns;
        for (const turn of msg.turns) turns.push(turn);
        p.turnsDone += msg.turns.length;
        report('receiving');
        return;
      }
      case 'corpus-summary':
        p.corpusSummary = msg.summary;
        return;
      case 'done':
        this.pending.delete(msg.id);
        (p.resolve as (r: AnalysisResult) => void)({ source: msg.id, analyses: p.analyses, bytes: msg.bytes, corpusSummary: p.corpusSummary });
        return;
      case 'csv':
        this.pending.delete(msg.id);
        (p.resolve as (csv: string | null) => void)(msg.csv);
        return;
      case 'export-json':
        this.pending.delete(msg.id);
        (p.resolve as (json: string) => void)(msg.json);
        return;
      case 'failed':
        this.pending.delete(msg.id);
        p.reject(new Error(msg.error));
        return;
    }
  }
}
