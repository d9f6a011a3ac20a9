// Vite plugin: after the app is written to web/dist, lists every file of it
// (the app shell), names the shell after a hash of their names and contents,
// and writes sw.js (src/offline/service-worker.ts, bundled with esbuild) with
// that list and version built in. A change to any file gives a new version,
// which the browser installs beside the old one and swaps in once no page uses
// the old files (docs/privacy.md, Offline).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin, ResolvedConfig } from 'vite';

const entry = fileURLToPath(new URL('../src/offline/service-worker.ts', import.meta.url));
export const SERVICE_WORKER_FILE = 'sw.js';

/** Files under `dir`, relative, with '/' separators, sorted. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

export function shellVersion(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file + '\0');
    hash.update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'feltline-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = listFiles(outDir).filter((f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'));
      const version = shellVersion(outDir, files);
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'iife',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        banner: { js: `// Feltline app shell ${version}: ${files.length} files (src/offline/service-worker.ts)` },
        define: {
          __FELTLINE_SHELL_FILES__: JSON.stringify(files),
          __FELTLINE_SHELL_VERSION__: JSON.stringify(version),
        },
      });
      fs.writeFileSync(path.join(outDir, SERVICE_WORKER_FILE), result.outputFiles[0].text);
      config.logger.info(`service worker: ${files.length} shell files, version ${version}`);
    },
  };
}
