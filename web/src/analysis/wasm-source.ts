// Where the worker gets the WebAssembly module: the .wasm file built beside
// the app, compiled while it streams in.
import wasmUrl from '@feltline/wasm/feltline_wasm.wasm?url';

export async function wasmModuleOptions(): Promise<{ locateFile?: (path: string) => string; wasmBinary?: Uint8Array }> {
  return { locateFile: () => wasmUrl };
}
