// Where the worker gets the WebAssembly module: the .wasm built beside the
// app, Zstandard-compressed by the build (wasm/CMakeLists.txt), fetched from
// the app's own origin and unpacked here with fzstd. zstd packs the module
// about 16% smaller than gzip, which every first visit downloads.
import { decompress } from 'fzstd';
import packedWasmUrl from '@feltline/wasm/feltline_wasm.wasm.zst?url';

export async function wasmModuleOptions(): Promise<{ locateFile?: (path: string) => string; wasmBinary?: Uint8Array }> {
  const response = await fetch(packedWasmUrl);
  if (!response.ok) throw new Error(`could not load the analysis module (${response.status} ${response.statusText})`);
  const wasmBinary = decompress(new Uint8Array(await response.arrayBuffer()));
  // locateFile only names the module; the bytes are already here.
  return { wasmBinary, locateFile: (path) => path };
}
