// Web Worker that owns the WebAssembly core: the page never blocks on analysis.
// Protocol: {type: 'ready', version} once the module is loaded; then per request
// {id, text, options} in and {id, ok: true, json} or {id, ok: false, error} out.
import createFeltlineModule from '@feltline/wasm/feltline_wasm.mjs';
import wasmUrl from '@feltline/wasm/feltline_wasm.wasm?url';

interface FeltlineModule {
  analyze(text: string, optionsJson: string): string;
  version(): string;
}

const modulePromise: Promise<FeltlineModule> = createFeltlineModule({
  locateFile: () => wasmUrl,
});

void modulePromise.then(
  (module) => postMessage({ type: 'ready', version: module.version() } satisfies WorkerReady),
  (err) => postMessage({ type: 'failed', error: String(err) } satisfies WorkerReady),
);

export type WorkerReady = { type: 'ready'; version: string } | { type: 'failed'; error: string };

export interface AnalyzeRequest {
  id: number;
  text: string;
  options: string;
}

export type AnalyzeResponse =
  | { id: number; ok: true; json: string }
  | { id: number; ok: false; error: string };

self.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  const { id, text, options } = event.data;
  try {
    const module = await modulePromise;
    const json = module.analyze(text, options);
    if (json.startsWith('{"error":')) {
      const { error } = JSON.parse(json) as { error: string };
      postMessage({ id, ok: false, error } satisfies AnalyzeResponse);
    } else {
      postMessage({ id, ok: true, json } satisfies AnalyzeResponse);
    }
  } catch (err) {
    postMessage({ id, ok: false, error: String(err) } satisfies AnalyzeResponse);
  }
};
