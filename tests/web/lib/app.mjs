// Helpers for driving the app in the browser tests: open it, paste or open a
// transcript, wait for the drawing, read the CLI's JSON for the same input.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './browser.mjs';

// FELTLINE_CLI points the tests at another build of the CLI (e.g. to try a branch's core).
export const cli = process.env.FELTLINE_CLI ?? path.join(repoRoot, 'build/native/feltline');
export const examplesDir = path.join(repoRoot, 'examples/transcripts');
export const fixturesDir = path.join(repoRoot, 'tests/web/fixtures');
export const sharedDir = process.env.FELTLINE_SHARED_DIR ?? path.resolve(repoRoot, '../shared');
export const seedFile = path.join(sharedDir, 'seed/000_13ba406fadc02f9e.txt');

const webRequire = createRequire(path.join(repoRoot, 'web/package.json'));
/** d3-dsv from the app's own dependencies, to parse the CSV exports. */
export const dsv = await import(webRequire.resolve('d3-dsv'));

/** Every example transcript the app ships as a sample. */
export function exampleFiles() {
  return fs
    .readdirSync(examplesDir)
    .filter((f) => !f.startsWith('.') && fs.statSync(path.join(examplesDir, f)).isFile())
    .sort()
    .map((f) => path.join(examplesDir, f));
}

/** The CLI's analyses of a file (one, or one per dialogue of a corpus), without a corpus summary line. */
export function cliAnalyses(file, args = []) {
  const out = execFileSync(cli, ['analyze', file, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((a) => Array.isArray(a.turns));
}

export function mentionsOf(analysis) {
  return analysis.turns.flatMap((t) => t.mentions.map((m) => ({ ...m, turn: t.index })));
}

/** A new page at the app, with the analysis engine ready. */
export async function openApp(browser, server, viewport = { width: 1280, height: 800 }) {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.errors = errors;
  await page.goto(server.url);
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true', null, { timeout: 30000 });
  return page;
}

/** Waits until every view queued for drawing has drawn (views draw one per task). */
export async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.renders !== 'pending', null, { timeout: 60000 });
}

/** Waits until the timeline has drawn every mark of the current analysis. */
export async function timelineDrawn(page) {
  await page.locator('#timeline[data-state="drawn"]').waitFor({ timeout: 60000 });
  await page.waitForFunction(() => document.documentElement.dataset.busy === 'false');
  await settled(page);
}

/** Pastes text into the input (opening it again if results are shown) and analyses it. */
export async function paste(page, text) {
  const input = page.getByTestId('transcript-input');
  if (!(await input.isVisible())) await page.getByTestId('new-transcript').click();
  await input.fill(text);
  await page.evaluate(() => {
    document.querySelector('#timeline')?.removeAttribute('data-state');
  });
  await page.getByTestId('analyze').click();
  await timelineDrawn(page);
}

/** Opens files through the "Open files…" input. */
export async function openFiles(page, files) {
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('file-input').setInputFiles(files);
  await timelineDrawn(page);
}

/** Runs an export from the Export menu; returns the download's file name and bytes. */
export async function runExport(page, testid) {
  const menu = page.getByTestId('export-menu');
  if (!(await page.getByTestId(testid).isVisible())) await menu.click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}
