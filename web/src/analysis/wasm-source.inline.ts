// The WebAssembly module carried inside the worker's own source (single file,
// embeddable viewer), xz-compressed and base64-encoded
// (web/build/inline-worker-plugin.ts): unpacked here with xz-decompress, so
// nothing is fetched.
import wasmXzBase64 from 'virtual:feltline-wasm';
import { unpackXz } from './unpack-xz';

export async function wasmModuleOptions(): Promise<{ locateFile?: (path: string) => string; wasmBinary?: Uint8Array }> {
  const packed = Uint8Array.from(atob(wasmXzBase64), (c) => c.charCodeAt(0));
  // locateFile only names the module; the bytes are already here.
  return { wasmBinary: await unpackXz(new Blob([packed]).stream()), locateFile: (path) => path };
}
