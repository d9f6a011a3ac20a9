// Large input. A 1 MB transcript: the analysis runs in the worker while the
// page stays responsive (no main-thread task over 50 ms while analysing) and
// shows its progress, and the result matches the CLI. Thousands of marks: they
// are painted on a canvas, and stay reachable by pointer and keyboard, and
// every one is in the exported SVG. The longest task while drawing is printed
// (a measurement, not an assertion: tests do not time things).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, exampleFiles, fixturesDir, mentionsOf, openApp, openFiles, runExport, seedFile, timelineDrawn } from './lib/app.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-large-'));

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** About 1 MB of dialogue: the seed (or the examples) over and over, each copy a complete session. */
function megabyteTranscript() {
  const sources = fs.existsSync(seedFile) ? [seedFile] : exampleFiles().filter((f) => f.endsWith('.txt'));
  const pieces = sources.map((f) => fs.readFileSync(f, 'utf8').trim());
  let text = '';
  for (let i = 0; text.length < 1024 * 1024; i++) text += pieces[i % pieces.length] + '\n\n';
  return text;
}

/** Starts recording long tasks and stage changes in the page. */
async function record(page) {
  await page.evaluate(() => {
    window.__long = [];
    window.__stages = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    new MutationObserver(() => window.__stages.push({ stage: document.documentElement.dataset.stage, at: performance.now() })).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-stage'],
    });
  });
}

test('a 1 MB transcript is analysed in the worker while the page stays responsive and shows progress', async () => {
  const text = megabyteTranscript();
  const file = path.join(tmp, 'one-megabyte.txt');
  fs.writeFileSync(file, text);
  const [expected] = cliAnalyses(file);
  const page = await openApp(browser, server);
  // As a paste would: the whole text at once (typing 1 MB through fill() takes minutes).
  await page.getByTestId('transcript-input').evaluate((el, value) => {
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await record(page);
  const clickedAt = await page.evaluate(() => {
    document.querySelector('#analyze').click();
    return performance.now();
  });
  await timelineDrawn(page);
  const { long, stages } = await page.evaluate(() => ({ long: window.__long, stages: window.__stages }));
  const analysing = stages.find((s) => s.stage === 'analysing');
  const receiving = stages.find((s) => s.stage === 'receiving');
  assert.ok(analysing && receiving, `progress went through analysing and receiving: ${JSON.stringify(stages)}`);
  assert.equal(await page.getByTestId('progress').isVisible(), false, 'progress is put away when done');
  const whileAnalysing = long.filter((t) => t.start >= clickedAt && t.start < receiving.at);
  assert.deepEqual(
    whileAnalysing.filter((t) => t.duration > 50),
    [],
    'no main-thread task over 50 ms while the worker analyses',
  );
  const drawing = long.filter((t) => t.start >= receiving.at);
  console.log(
    `1 MB transcript: analysed in ${Math.round(receiving.at - clickedAt)} ms (worker), drawn ${Math.round(
      (await page.evaluate(() => performance.now())) - receiving.at,
    )} ms later; longest main-thread task while drawing: ${Math.round(Math.max(0, ...drawing.map((t) => t.duration)))} ms`,
  );
  // The result is the CLI's.
  assert.equal(Number(await page.getByTestId('timeline').getAttribute('data-marks')), mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  const words = await page.locator('.summary-size').textContent();
  assert.match(words, new RegExp(`^${expected.turns.length.toLocaleString('en')} turns`));
  // The transcript draws only what is near the screen.
  assert.ok((await page.getByTestId('transcript-turn').count()) < expected.turns.length);
  await page.screenshot({ path: path.join(artifactsDir, 'one-megabyte-1280x800.png') });
  await page.close();
});

test('thousands of marks are painted on a canvas and stay reachable by pointer, keyboard and export', async () => {
  // A long saved analysis: the fixture session's turns, many times over.
  const fixture = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'session.analysis.json'), 'utf8'));
  const turns = [];
  for (let copy = 0; copy < 300; copy++) {
    for (const t of fixture.turns.slice(0, 10)) turns.push({ ...t, index: turns.length });
  }
  const big = { ...fixture, id: 'long-session', turns };
  const file = path.join(tmp, 'long.analysis.json');
  fs.writeFileSync(file, JSON.stringify(big));
  const expectedMarks = mentionsOf(big).filter((m) => m.kind !== 'rating').length;
  assert.ok(expectedMarks > 5000);

  const page = await openApp(browser, server);
  await record(page);
  await openFiles(page, file);
  const timeline = page.getByTestId('timeline');
  assert.equal(await timeline.getAttribute('data-mode'), 'canvas');
  assert.equal(Number(await timeline.getAttribute('data-marks')), expectedMarks);
  const long = await page.evaluate(() => window.__long.map((t) => Math.round(t.duration)));
  console.log(`${expectedMarks} marks: longest main-thread task while opening and drawing: ${Math.max(0, ...long)} ms`);

  // Pointer: hovering a painted mark shows its words; clicking it shows them in the transcript.
  // The focus stand-in sits on the first mark once focused: point there.
  await page.locator('[data-testid="timeline-focus"]').focus();
  const box = await page.locator('#timeline svg').boundingBox();
  const transform = await page.locator('[data-testid="timeline-focus"]').getAttribute('transform');
  const [, x, y] = transform.match(/translate\(([\d.]+),([\d.]+)\)/).map(Number);
  await page.mouse.move(box.x + x, box.y + y);
  const tooltip = page.locator('.mark-tooltip');
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /Turn 2/);
  await page.mouse.click(box.x + x, box.y + y);
  await page.locator('#transcript mark.flash').first().waitFor();
  assert.equal(await page.locator('#transcript mark.flash').first().evaluate((el) => el.closest('article').dataset.turn), '1');
  assert.match(await page.getByTestId('range-label').textContent(), /^$/, 'clicking a mark does not start a selection');

  // Keyboard: the stand-in moves from mark to mark with the arrow keys and says which.
  await page.locator('[data-testid="timeline-focus"]').focus();
  const first = await page.locator('[data-testid="timeline-focus"]').getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  const second = await page.locator('[data-testid="timeline-focus"]').getAttribute('aria-label');
  assert.notEqual(second, first);
  assert.match(second, /^Turn \d+, /);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-testid')), 'timeline-focus');

  // Export: every mark is an element of the SVG.
  const exported = (await runExport(page, 'export-svg')).bytes.toString('utf8');
  assert.equal(exported.match(/data-testid="timeline-mark"/g)?.length, expectedMarks);
  await page.screenshot({ path: path.join(artifactsDir, 'long-session-canvas-1280x800.png') });

  // A short session after it is drawn as SVG marks again.
  await openFiles(page, path.join(fixturesDir, 'session.analysis.json'));
  assert.equal(await timeline.getAttribute('data-mode'), 'svg');
  assert.equal(await page.locator('#timeline canvas').count(), 0);
  await page.close();
});
