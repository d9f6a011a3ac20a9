// Keyboard only: Tab reaches every control and the timeline (one stop for all
// its marks), the arrow keys move between marks with their words shown, Enter
// shows a mention in the transcript, filters and exports work from the
// keyboard. And the print stylesheet: no controls, the whole transcript.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, serveDist } from './lib/browser.mjs';
import { fixturesDir, openApp, openFiles, timelineDrawn } from './lib/app.mjs';

const fixtureFile = path.join(fixturesDir, 'session.analysis.json');
const fixture = JSON.parse(fs.readFileSync(fixtureFile, 'utf8'));

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { testid: el?.getAttribute('data-testid') ?? null, tag: el?.tagName.toLowerCase(), label: el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) };
  });

test('Tab reaches the controls, the timeline once, the body map and the transcript', async () => {
  const page = await openApp(browser, server);
  await openFiles(page, fixtureFile);
  await page.evaluate(() => document.activeElement?.blur());
  const stops = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    stops.push(f.testid ?? f.tag);
    if (f.testid === 'body-region') break;
  }
  for (const expected of ['export-menu', 'filter-negated', 'measure-words', 'range-from', 'timeline-table-toggle', 'timeline-mark', 'body-map-speaker-client', 'body-region', 'transcript']) {
    assert.ok(stops.includes(expected), `Tab reaches ${expected}: ${stops.join(' ')}`);
  }
  assert.equal(stops.filter((s) => s === 'timeline-mark').length, 1, 'the marks are one tab stop');
  await page.close();
});

test('arrow keys move between marks, showing their words; Enter shows them in the transcript', async () => {
  const page = await openApp(browser, server);
  await openFiles(page, fixtureFile);
  await page.locator('[data-testid="timeline-mark"][tabindex="0"]').focus();
  const first = await focused(page);
  assert.equal(first.testid, 'timeline-mark');
  const tooltip = page.locator('.mark-tooltip');
  assert.equal(await tooltip.isVisible(), true, 'focus shows the words');
  await page.keyboard.press('ArrowRight');
  const second = await focused(page);
  assert.equal(second.testid, 'timeline-mark');
  assert.notEqual(second.label, first.label);
  await page.keyboard.press('End');
  const last = await focused(page);
  assert.ok(['timeline-mark', 'rating-point'].includes(last.testid));
  assert.match(last.label, /^Turn \d+/);
  const turn = Number(last.label.match(/^Turn (\d+)/)[1]) - 1;
  await page.keyboard.press('Enter');
  const flash = page.locator('#transcript mark.flash').first();
  await flash.waitFor();
  assert.equal(await flash.evaluate((el) => el.closest('article').dataset.turn), String(turn));
  assert.equal((await focused(page)).label, last.label, 'focus stays on the timeline to keep exploring');
  await page.keyboard.press('Escape');
  assert.equal(await tooltip.isVisible(), false);
  await page.close();
});

test('filters and exports work from the keyboard', async () => {
  const page = await openApp(browser, server);
  await openFiles(page, fixtureFile);
  const chip = page.getByTestId('filter-hypothetical');
  await chip.focus();
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.keyboard.press('Space');
  await timelineDrawn(page);
  assert.equal(await page.getByTestId('filter-hypothetical').getAttribute('aria-pressed'), 'false');
  assert.equal((await focused(page)).testid, 'filter-hypothetical', 'focus stays on the filter');
  assert.equal(await page.locator('[data-hypothetical="true"]').count(), 0);
  await page.getByTestId('export-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('export-json').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.feltline\.json$/);
  await page.close();
});

test('the print stylesheet hides the controls and prints the whole transcript', async () => {
  const page = await openApp(browser, server);
  await openFiles(page, fixtureFile);
  await page.emulateMedia({ media: 'print' });
  for (const testid of ['new-transcript', 'filters', 'export-menu', 'timeline-table-toggle', 'body-map-speaker-client']) {
    assert.equal(await page.getByTestId(testid).isVisible(), false, `${testid} is not printed`);
  }
  assert.equal(await page.locator('#transcript').evaluate((el) => getComputedStyle(el).overflow), 'visible');
  assert.equal(await page.getByTestId('transcript-turn').count(), fixture.turns.length);
  assert.equal(await page.getByTestId('timeline').isVisible(), true);
  assert.equal(await page.getByTestId('body-map').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString('ascii'), '%PDF-');
  fs.writeFileSync(path.join(artifactsDir, 'print.pdf'), pdf);
  await page.close();
});
