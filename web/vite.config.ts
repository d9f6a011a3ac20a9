import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { pagePolicyPlugin } from './build/page-policy-plugin';
import { serviceWorkerPlugin } from './build/service-worker-plugin';

// The WebAssembly module is built by CMake into build/wasm/wasm/; the app
// imports it from there so web/dist/ always ships the module just built.
const wasmDir = fileURLToPath(new URL('../build/wasm/wasm/', import.meta.url));

// The served app (web/dist). vite.embed.config.ts adds the embeddable viewer
// and the lesson to it; vite.single.config.ts builds the single file.
export default defineConfig({
  base: './',
  resolve: {
    alias: { '@feltline/wasm': wasmDir },
  },
  plugins: [pagePolicyPlugin(), serviceWorkerPlugin()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Nothing is fetched from another origin, so no modulepreload polyfill either.
    modulePreload: { polyfill: false },
  },
  server: { host: '127.0.0.1', port: 8000, strictPort: true },
  preview: { host: '127.0.0.1', port: 8000, strictPort: true },
});
