// Vite plugin: copies the example lesson (examples/embed/) into web/dist/lesson/,
// beside the viewer script it loads (../feltline-viewer.js), so that `make run`
// serves it at /lesson/ exactly as a teacher would put it on a site.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';

const lessonDir = fileURLToPath(new URL('../../examples/embed/', import.meta.url));

export function lessonPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'feltline-lesson',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const target = path.resolve(config.root, config.build.outDir, 'lesson');
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(lessonDir, target, { recursive: true, filter: (src) => !src.endsWith('README.md') });
    },
  };
}
