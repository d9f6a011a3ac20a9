// Loads the WebAssembly build of the core under Node, the way the Node tests
// and benchmarks use it: the ES module built for web/worker, given the bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = path.join(repoRoot, 'build/wasm/wasm');

export async function loadFeltline() {
  const { default: createFeltlineModule } = await import(path.join(wasmDir, 'feltline_wasm.mjs'));
  return createFeltlineModule({ wasmBinary: fs.readFileSync(path.join(wasmDir, 'feltline_wasm.wasm')) });
}

export const nativeCli = path.join(repoRoot, 'build/native/feltline');
export const examplesDir = path.join(repoRoot, 'examples/transcripts');
export const goldenDir = path.join(repoRoot, 'tests/golden');
export const sharedDir = process.env.FELTLINE_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
