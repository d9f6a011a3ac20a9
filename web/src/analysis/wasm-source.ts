// Where the worker gets the WebAssembly module: the .wasm built beside the
// app, xz-compressed by the build (wasm/CMakeLists.txt), fetched from the
// app's own origin and unpacked here with xz-decompress (xz-embedded in a
// small WebAssembly module of its own). xz packs the module about 9% smaller
// than Zstandard's strongest level and 18% smaller than gzip, and every first
// visit downloads it.
import packedWasmUrl from '@feltline/wasm/feltline_wasm.wasm.xz?url';
import { unpackXz } from './unpack-xz';

export async function wasmModuleOptions(): Promise<{ locateFile?: (path: string) => string; wasmBinary?: Uint8Array }> {
  const response = await fetch(packedWasmUrl);
  if (!response.ok || !response.body) throw new Error(`could not load the analysis module (${response.status} ${response.statusText})`);
  const wasmBinary = await unpackXz(response.body);
  // locateFile only names the module; the bytes are already here.
  return { wasmBinary, locateFile: (path) => path };
}
