// Headless Debian Chromium driven by playwright-core (from web/node_modules),
// with the flags this machine's closed network needs, and the built app
// (web/dist) served by Vite's preview server on a free port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const webRequire = createRequire(path.join(repoRoot, 'web/package.json'));
const { chromium } = webRequire('playwright-core');

export const artifactsDir = path.join(repoRoot, 'build/test-artifacts');
fs.mkdirSync(artifactsDir, { recursive: true });

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A plain (non-persistent) browser, for fresh contexts with their own settings (JavaScript off, offline). */
export async function launchPlainBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves web/dist with `vite preview` on a free port; returns {url, close}. */
export async function serveDist() {
  const { preview } = await import(webRequire.resolve('vite'));
  const server = await preview({
    root: path.join(repoRoot, 'web'),
    configFile: path.join(repoRoot, 'web/vite.config.ts'),
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise((resolve) => server.httpServer.close(resolve)),
  };
}
