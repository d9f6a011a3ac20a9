// The linked views on a hand-made fixture analysis (tests/web/fixtures/), whose
// every mention is known: filters, brushing a range of turns, the body map and
// its speaker switch, the tables, the table alternative, flags and the
// transcript's highlighting. Opened as a person opens a saved analysis.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, serveDist } from './lib/browser.mjs';
import { fixturesDir, mentionsOf, openApp, openFiles, settled, timelineDrawn } from './lib/app.mjs';

const fixtureFile = path.join(fixturesDir, 'session.analysis.json');
const fixture = JSON.parse(fs.readFileSync(fixtureFile, 'utf8'));
const mentions = mentionsOf(fixture);
const marksOf = (pred) => mentions.filter((m) => m.kind !== 'rating' && pred(m)).length;

let browser;
let server;
let page;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await openApp(browser, server);
  await openFiles(page, fixtureFile);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const marks = () => page.getByTestId('timeline-mark');
async function regionCounts() {
  await settled(page);
  return page.getByTestId('body-region').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-region'), [Number(e.getAttribute('data-count')), Number(e.getAttribute('data-qualified'))]])),
  );
}
async function redraw(action) {
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await action();
  await timelineDrawn(page);
}

test('every mention of the fixture is drawn, denied and imagined ones distinctly', async () => {
  assert.equal(await marks().count(), marksOf(() => true));
  assert.equal(await page.getByTestId('rating-point').count(), mentions.filter((m) => m.kind === 'rating').length);
  assert.equal(await page.locator('[data-testid="timeline-mark"].negated').count(), marksOf((m) => m.negated && !m.hypothetical));
  assert.equal(await page.locator('[data-testid="timeline-mark"].hypothetical').count(), marksOf((m) => m.hypothetical && !m.negated));
  // Client and therapist marks differ in shape as well as colour.
  const shapes = await marks().evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-role'), e.getAttribute('d').slice(0, 12)])));
  assert.notEqual(shapes.client, shapes.therapist);
});

test('filters: denied, imagined, speakers and kinds switch off and on', async () => {
  const all = await marks().count();
  await redraw(() => page.getByTestId('filter-negated').click());
  assert.equal(await marks().count(), all - marksOf((m) => m.negated));
  assert.equal(await page.locator('[data-negated="true"]').count(), 0);
  await redraw(() => page.getByTestId('filter-hypothetical').click());
  assert.equal(await marks().count(), all - marksOf((m) => m.negated || m.hypothetical));
  // Their words are no longer highlighted in the transcript either.
  assert.equal(await page.locator('#transcript mark.neg, #transcript mark.hyp').count(), 0);
  await redraw(() => page.getByTestId('filter-reset').click());
  assert.equal(await marks().count(), all);

  const therapist = fixture.speakers.findIndex((s) => s.role === 'therapist');
  await redraw(() => page.getByTestId(`filter-speaker-${therapist}`).click());
  assert.equal(await marks().count(), marksOf((m) => m.role !== 'therapist'));
  assert.equal(await page.locator('[data-testid="timeline-mark"][data-role="therapist"]').count(), 0);
  await redraw(() => page.getByTestId('filter-reset').click());

  await redraw(() => page.getByTestId('filter-kind-sensation').click());
  assert.equal(await marks().count(), marksOf((m) => m.kind !== 'sensation'));
  const counts = await regionCounts();
  assert.ok(Object.values(counts).every(([n, q]) => n === 0 && q === 0), 'the body map follows the kinds filter');
  await redraw(() => page.getByTestId('filter-reset').click());

  // One lane (an emotion category) switched off in the categories list.
  await page.locator('.lane-picker summary').click();
  await redraw(() => page.getByTestId('filter-lane-emotion:anxiety').uncheck());
  assert.equal(await marks().count(), all - marksOf((m) => m.kind === 'emotion' && m.category === 'anxiety'));
  await redraw(() => page.getByTestId('filter-reset').click());
  assert.equal(await marks().count(), all);
});

test('the body map shades felt sensations by speaker, and counts denied and imagined ones apart', async () => {
  const expected = (role) => {
    const felt = {};
    const qualified = {};
    for (const m of mentions.filter((x) => x.kind === 'sensation' && (role === 'both' || x.role === role))) {
      const bucket = m.negated || m.hypothetical || m.quoted ? qualified : felt;
      bucket[m.region] = (bucket[m.region] ?? 0) + 1;
    }
    return { felt, qualified };
  };
  for (const who of ['client', 'therapist', 'both']) {
    await page.getByTestId(`body-map-speaker-${who}`).click();
    const counts = await regionCounts();
    const { felt, qualified } = expected(who);
    for (const [region, [n, q]] of Object.entries(counts)) {
      assert.equal(n, felt[region] ?? 0, `${who}: felt in ${region}`);
      assert.equal(q, qualified[region] ?? 0, `${who}: denied or imagined in ${region}`);
    }
    for (const region of Object.keys(felt)) assert.ok(region in counts, `${region} is drawn on the figure`);
    // Shaded regions are filled; unmentioned ones are not.
    const fills = await page.locator(`[data-testid="body-region"][data-region="${Object.keys(felt)[0]}"] path`).first().getAttribute('fill');
    assert.notEqual(fills, '#e9ecf1');
  }
  await page.getByTestId('body-map-speaker-client').click();
  await page.locator('.body-map').screenshot({ path: path.join(artifactsDir, 'fixture-body-map.png') });
});

test('brushing turns on the timeline updates the body map and the tables', async () => {
  const svg = page.locator('#timeline svg');
  const box = await svg.boundingBox();
  const width = Number(await svg.getAttribute('width'));
  const n = fixture.turns.length;
  // The plot runs from the 168 px label gutter to 18 px before the right edge.
  const bandCentre = (t) => box.x + ((168 + ((t + 0.5) / n) * (width - 18 - 168)) * box.width) / width;
  const y = box.y + 100;
  await page.mouse.move(bandCentre(7), y);
  await page.mouse.down();
  await page.mouse.move(bandCentre(8.5), y, { steps: 4 });
  await page.mouse.move(bandCentre(9.2), y, { steps: 4 });
  await page.mouse.up();
  await page.getByTestId('range-label').filter({ hasText: 'turns 8–10' }).waitFor();
  await settled(page);
  const inRange = (m) => m.turn >= 7 && m.turn <= 9;
  const counts = await regionCounts();
  for (const [region, [felt]] of Object.entries(counts)) {
    const expected = mentions.filter((m) => m.kind === 'sensation' && m.role === 'client' && inRange(m) && !m.negated && !m.hypothetical && m.region === region).length;
    assert.equal(felt, expected, `brushed: ${region}`);
  }
  const table = page.getByTestId('speaker-table');
  assert.match(await table.locator('caption').textContent(), /turns 8–10/);
  const turnsRow = await table.locator('tbody tr').nth(1).locator('td').allTextContents();
  assert.deepEqual(turnsRow.map((t) => t.trim()), ['1', '2'], 'Therapist 1 turn and client 2 turns in turns 8–10');
  await page.screenshot({ path: path.join(artifactsDir, 'fixture-brushed.png'), fullPage: true });

  // The same range typed in, then cleared.
  await page.getByTestId('range-from').fill('1');
  await page.getByTestId('range-to').fill('4');
  await page.getByTestId('range-to').press('Enter');
  await page.getByTestId('range-label').filter({ hasText: 'turns 1–4' }).waitFor();
  await settled(page);
  assert.match(await page.getByTestId('session-table').locator('caption').textContent(), /turns 1–4/);
  await page.getByTestId('range-clear').click();
  await settled(page);
  assert.match(await page.getByTestId('session-table').locator('caption').textContent(), /all 11 turns/);
});

test('flagged turns are marked on the axis; the transcript dims notes and sets quotes apart', async () => {
  const glyphs = await page.getByTestId('flag-glyph').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-flag')}@${e.getAttribute('data-turn')}`));
  const expected = fixture.turns.flatMap((t) => t.flags.map((f) => `${f.kind}@${t.index}`));
  assert.deepEqual(glyphs.sort(), expected.sort());
  const note = fixture.turns[4].flags[0];
  assert.equal(await page.locator('#turn-4 .fl-meta_note').textContent(), fixture.turns[4].text.slice(note.start, note.end));
  assert.equal(await page.locator('#turn-6 .fl-quoted').count(), 1);
  assert.equal(await page.locator('#turn-10').getAttribute('class'), 'turn role-therapist is-error');
  assert.match(await page.locator('#turn-9 .turn-head').textContent(), /cut off/);
  // Highlights by kind, denied words struck through.
  assert.equal(await page.locator('#turn-3 mark.k-emotion.neg').textContent(), 'sad');
  assert.equal(await page.locator('#turn-3 mark.k-analytic').count(), 2);
});

test('clicking a mark scrolls the transcript to its words and highlights them', async () => {
  await page.setViewportSize({ width: 1280, height: 700 });
  const last = fixture.turns.length - 2;
  const mark = page.locator(`[data-testid="timeline-mark"][data-turn="${last}"]`).first();
  const id = await mark.getAttribute('data-id');
  await mark.click();
  const highlighted = page.locator('#transcript mark.flash');
  await highlighted.first().waitFor();
  const words = fixture.turns[last].mentions.find((m) => m.kind !== 'rating').text;
  assert.equal(await highlighted.first().textContent(), words);
  assert.ok((await highlighted.first().getAttribute('data-mentions')).split(' ').includes(id));
  // Within the transcript's scrolling panel, and on screen.
  const scroller = await page.locator('#transcript').boundingBox();
  const box = await highlighted.first().boundingBox();
  assert.ok(box.y >= scroller.y && box.y + box.height <= scroller.y + scroller.height, 'the words are in the visible part of the transcript');
  assert.ok(box.y >= 0 && box.y + box.height <= 700, 'the words are on screen');
});

test('the table alternative lists every mention and shows one in the transcript', async () => {
  await page.getByTestId('timeline-table-toggle').click();
  await settled(page);
  assert.equal(await page.getByTestId('mention-row').count(), mentions.length);
  await page.getByTestId('mention-row').nth(0).getByRole('button').click();
  await page.locator('#transcript mark.flash').first().waitFor();
  await page.getByTestId('timeline-table-toggle').click();
  assert.equal(await page.getByTestId('timeline-table').isVisible(), false);
});

test('zooming to the selected turns draws only them, on both the timeline and the strip', async () => {
  await page.getByTestId('range-from').fill('3');
  await page.getByTestId('range-to').fill('6');
  await page.getByTestId('range-to').press('Enter');
  await redraw(() => page.getByTestId('zoom-in').click());
  const turns = await marks().evaluateAll((els) => [...new Set(els.map((e) => Number(e.getAttribute('data-turn'))))].sort((a, b) => a - b));
  assert.ok(turns.every((t) => t >= 2 && t <= 5), `only turns 3–6 are drawn: ${turns}`);
  assert.equal(await marks().count(), marksOf((m) => m.turn >= 2 && m.turn <= 5));
  const bars = await page.getByTestId('turn-words-bar').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-turn'))));
  assert.deepEqual(bars, [2, 3, 4, 5]);
  await redraw(() => page.getByTestId('zoom-out').click());
  assert.equal(await marks().count(), marksOf(() => true));
  await page.getByTestId('range-clear').click();
});

test('the x axis can measure words spoken instead of turns', async () => {
  const count = await marks().count();
  const before = await marks().first().getAttribute('transform');
  await redraw(() => page.getByTestId('measure-words').click());
  assert.equal(await marks().count(), count);
  assert.notEqual(await marks().first().getAttribute('transform'), before);
  await redraw(() => page.getByTestId('measure-turns').click());
});
