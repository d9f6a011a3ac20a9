// Loads one of the app's TypeScript modules under Node for unit tests: esbuild
// (the app's own, from web/node_modules) bundles it with its imports into a
// temporary ES module. Only modules that do not touch the DOM can be loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './browser.mjs';

const webRequire = createRequire(path.join(repoRoot, 'web/package.json'));
const esbuild = webRequire('esbuild');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-unit-'));
process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));

export async function loadTs(relativePath) {
  const entry = path.join(repoRoot, 'web/src', relativePath);
  const outfile = path.join(outDir, relativePath.replace(/[\\/]/g, '_').replace(/\.ts$/, '.mjs'));
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error', mainFields: ['module', 'main'] });
  return import(pathToFileURL(outfile).href);
}
