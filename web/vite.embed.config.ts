import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { inlineWorkerPlugin } from './build/inline-worker-plugin';
import { lessonPlugin } from './build/lesson-plugin';

const wasmDir = fileURLToPath(new URL('../build/wasm/wasm/', import.meta.url));

// The embeddable viewer, web/dist/feltline-viewer.js: one classic script that
// defines <feltline-viewer>, with the analysis worker and WebAssembly inside,
// so a lesson page needs one script tag, on a site or opened from disk
// (docs/web.md, Embedding). Built after the app, into the same folder.
export default defineConfig({
  base: './',
  resolve: {
    alias: { '@feltline/wasm': wasmDir },
  },
  plugins: [inlineWorkerPlugin(), lessonPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'esbuild',
    lib: {
      entry: fileURLToPath(new URL('./src/embed/feltline-viewer.ts', import.meta.url)),
      formats: ['iife'],
      name: 'FeltlineViewer',
      fileName: () => 'feltline-viewer.js',
    },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
