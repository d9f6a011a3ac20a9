// Web Worker that owns the WebAssembly core: the page never blocks on analysis.
// See worker-protocol.ts for the messages.
import createFeltlineModule from '@feltline/wasm/feltline_wasm.mjs';
import { startTierUp, warmUp, type TierUp } from './core-warm-up';
import { wasmModuleOptions } from './wasm-source';
import type { Analysis, Turn } from './feltline-types';
import type { WorkerMessage, WorkerRequest } from './worker-protocol';

interface FeltlineModule {
  analyze(text: string, optionsJson: string): string;
  version(): string;
}

/**
 * Turns per message stay under this much text, so each message decodes in a
 * few milliseconds; fewer, larger messages than this cost the page more in
 * per-message work (a task, a progress update) than they save.
 */
const BATCH_TEXT_UNITS = 96 * 1024;
const BATCH_MAX_TURNS = 800;

const post = (message: WorkerMessage) => postMessage(message);

const modulePromise: Promise<FeltlineModule> = wasmModuleOptions()
  .then((options) => createFeltlineModule(options))
  .then(warmUp);
/** The idle-time warm-up runs (core-warm-up.ts), once the core is ready. */
let tierUp: TierUp | undefined;
void modulePromise.then(
  (module) => {
    post({ type: 'ready', version: module.version() });
    tierUp = startTierUp(module);
  },
  (err) => post({ type: 'startup-failed', error: String(err) }),
);

/** The core's JSON lines of each answered request, kept for export. */
const answered = new Map<number, string[]>();

function splitLines(json: string): string[] {
  return json.split('\n').filter((line) => line.trim() !== '');
}

function isAnalysis(value: unknown): value is Analysis {
  const v = value as Partial<Analysis> | null;
  return !!v && typeof v === 'object' && v.schema === 'feltline/1' && Array.isArray(v.turns);
}

/** Sends every analysis of a request, turns in batches. */
function sendAnalyses(id: number, lines: string[], bytes: number): void {
  const analyses: Analysis[] = [];
  const analysisLines: string[] = [];
  let summary: Record<string, unknown> | null = null;
  for (const line of lines) {
    const parsed: unknown = JSON.parse(line);
    const corpus = (parsed as { corpus_summary?: unknown } | null)?.corpus_summary;
    if (corpus && typeof corpus === 'object') {
      summary = corpus as Record<string, unknown>;
      continue;
    }
    if (!isAnalysis(parsed)) throw new Error('this is not a Feltline analysis ("schema": "feltline/1")');
    analyses.push(parsed);
    analysisLines.push(line);
  }
  if (analyses.length === 0) throw new Error('no analysis found in this file');
  answered.set(id, analysisLines);
  if (summary) post({ type: 'corpus-summary', id, summary });
  analyses.forEach((analysis, dialogue) => {
    const { turns, ...header } = analysis;
    post({ type: 'dialogue', id, dialogue, dialogues: analyses.length, header, turnCount: turns.length });
    let batch: Turn[] = [];
    let units = 0;
    for (const turn of turns) {
      batch.push(turn);
      units += turn.text.length + 200 * turn.mentions.length;
      if (units >= BATCH_TEXT_UNITS || batch.length >= BATCH_MAX_TURNS) {
        post({ type: 'turns', id, dialogue, turns: batch });
        batch = [];
        units = 0;
      }
    }
    if (batch.length) post({ type: 'turns', id, dialogue, turns: batch });
  });
  post({ type: 'done', id, dialogues: analyses.length, bytes });
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'analyze': {
      const module = await modulePromise;
      post({ type: 'progress', id: request.id, stage: 'analysing' });
      const json = module.analyze(request.text, request.options);
      if (json.startsWith('{"error":')) {
        const { error } = JSON.parse(json) as { error: string };
        post({ type: 'failed', id: request.id, error });
        return;
      }
      post({ type: 'progress', id: request.id, stage: 'sending' });
      sendAnalyses(request.id, splitLines(json), json.length);
      return;
    }
    case 'load': {
      post({ type: 'progress', id: request.id, stage: 'reading' });
      const text = request.json.trim();
      // A saved analysis is either one (possibly pretty) JSON document or JSON Lines.
      const lines = text.startsWith('{') && !text.includes('\n{') ? [JSON.stringify(JSON.parse(text))] : splitLines(text);
      sendAnalyses(request.id, lines, text.length);
      return;
    }
    case 'csv': {
      const module = await modulePromise;
      const out = module.analyze(request.text, request.options);
      // A core without CSV output answers with JSON (and a diagnostic about the option).
      const isCsv = !out.startsWith('{');
      post({ type: 'csv', id: request.id, csv: isCsv ? out : null });
      return;
    }
    case 'forget': {
      if (request.source === undefined) answered.clear();
      else answered.delete(request.source);
      return;
    }
    case 'export-json': {
      const line = answered.get(request.source)?.[request.dialogue];
      if (line === undefined) {
        post({ type: 'failed', id: request.id, error: 'that analysis is no longer available; analyse it again' });
        return;
      }
      post({ type: 'export-json', id: request.id, json: JSON.stringify(JSON.parse(line), null, 2) + '\n' });
      return;
    }
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const tierUpNow = tierUp;
  tierUpNow?.pause('text' in request ? request.text.length : 0);
  handle(request)
    .catch((err: unknown) => {
      post({ type: 'failed', id: request.id, error: err instanceof Error ? err.message : String(err) });
    })
    .finally(() => tierUpNow?.resume());
};
