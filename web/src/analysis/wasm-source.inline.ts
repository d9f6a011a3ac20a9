// The WebAssembly module carried inside the worker's own source (single file,
// embeddable viewer), Zstandard-compressed and base64-encoded
// (web/build/inline-worker-plugin.ts): unpacked here with fzstd, so nothing
// is fetched.
import { decompress } from 'fzstd';
import wasmZstdBase64 from 'virtual:feltline-wasm';

export async function wasmModuleOptions(): Promise<{ locateFile?: (path: string) => string; wasmBinary?: Uint8Array }> {
  const packed = Uint8Array.from(atob(wasmZstdBase64), (c) => c.charCodeAt(0));
  // locateFile only names the module; the bytes are already here.
  return { wasmBinary: decompress(packed), locateFile: (path) => path };
}
