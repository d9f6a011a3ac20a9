import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { inlineWorkerPlugin } from './build/inline-worker-plugin';
import { singleFilePlugin } from './build/single-file-plugin';

const wasmDir = fileURLToPath(new URL('../build/wasm/wasm/', import.meta.url));

// The single file, web/dist-single/feltline.html: the whole app in one HTML
// file that works opened from disk (docs/web.md, Single file).
export default defineConfig({
  base: './',
  mode: 'single',
  resolve: {
    alias: { '@feltline/wasm': wasmDir },
  },
  plugins: [inlineWorkerPlugin(), singleFilePlugin()],
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
