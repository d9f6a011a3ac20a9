// Vite plugin for the builds that must run without fetching anything: the
// single file (web/dist-single/feltline.html) and the embeddable viewer
// (web/dist/feltline-viewer.js). The analysis worker is bundled with esbuild
// into one ES module with the WebAssembly inside, and the page starts it from
// a blob: URL (src/analysis/worker-factory.inline.ts) instead of fetching the
// worker and the .wasm. The WebAssembly is xz-compressed (Debian's xz at build
// time with the options wasm/CMakeLists.txt uses, the xz-decompress package in
// the worker): smaller than gzip or Zstandard, which is what keeps the single
// file under its 600 KB.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
export const wasmDir = fileURLToPath(new URL('../../build/wasm/wasm/', import.meta.url));

const WORKER_SOURCE = 'virtual:feltline-inline-worker';
const WASM_SOURCE = 'virtual:feltline-wasm';

/** The .wasm, xz-compressed (as wasm/CMakeLists.txt packs it) and base64-encoded. */
function wasmXzBase64(): string {
  const packed = execFileSync('xz', ['--lzma2=preset=9e,pb=0,mf=bt3,nice=128', '--check=crc32', '-q', '-c', path.join(wasmDir, 'feltline_wasm.wasm')], { maxBuffer: 64 << 20 });
  return packed.toString('base64');
}

/**
 * The analysis worker as one classic script's source text, WebAssembly
 * included. Classic, not a module: Chromium refuses module workers from blob:
 * URLs in a page opened from disk (file://).
 */
export async function inlineWorkerSource(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(srcDir, 'analysis/analysis-worker.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    // The Emscripten loader asks where it was loaded from; a blob worker knows.
    define: { 'import.meta.url': 'self.location.href' },
    minify: true,
    legalComments: 'none',
    alias: { '@feltline/wasm': wasmDir.replace(/\/$/, '') },
    plugins: [
      {
        name: 'feltline-inline-wasm',
        setup(b) {
          b.onResolve({ filter: /^\.\/wasm-source$/ }, () => ({ path: path.join(srcDir, 'analysis/wasm-source.inline.ts') }));
          b.onResolve({ filter: new RegExp(`^${WASM_SOURCE}$`) }, () => ({ path: WASM_SOURCE, namespace: 'feltline' }));
          b.onLoad({ filter: /.*/, namespace: 'feltline' }, () => ({ contents: `export default ${JSON.stringify(wasmXzBase64())};`, loader: 'js' }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** Swaps the worker factory for the inline one and provides the worker's source. */
export function inlineWorkerPlugin(): Plugin {
  let source: Promise<string> | null = null;
  return {
    name: 'feltline-inline-worker',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (id === WORKER_SOURCE) return '\0' + WORKER_SOURCE;
      if (id === './worker-factory' && importer?.endsWith('analysis-client.ts')) return path.join(srcDir, 'analysis/worker-factory.inline.ts');
      return null;
    },
    async load(id) {
      if (id !== '\0' + WORKER_SOURCE) return null;
      source ??= inlineWorkerSource();
      return `export default ${JSON.stringify(await source)};`;
    },
  };
}
