// Each example transcript, and the seed, pasted into the app: the timeline
// draws exactly one mark per emotion, sensation, analytic and custom mention of
// the CLI's JSON for that file (same kind, category or region, and turn), and
// one rating point per self-rating; the transcript lists every turn. The
// screenshots are kept in build/test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, exampleFiles, mentionsOf, openApp, paste, seedFile, timelineDrawn } from './lib/app.mjs';

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

const key = (kind, what, turn) => `${kind}|${what ?? ''}|${turn}`;

async function drawnMarks(page) {
  return page.locator('[data-testid="timeline-mark"]').evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind'),
      what: el.getAttribute('data-region') ?? el.getAttribute('data-category'),
      turn: Number(el.getAttribute('data-turn')),
      label: el.getAttribute('aria-label'),
    })),
  );
}

async function checkDialogue(page, analysis, label) {
  const mentions = mentionsOf(analysis);
  const marks = await drawnMarks(page);
  const expectedMarks = mentions.filter((m) => m.kind !== 'rating');
  assert.equal(marks.length, expectedMarks.length, `${label}: timeline marks = mentions in the CLI's JSON (ratings apart)`);
  assert.deepEqual(
    marks.map((m) => key(m.kind, m.what, m.turn)).sort(),
    expectedMarks.map((m) => key(m.kind, m.kind === 'sensation' ? m.region || 'unspecified' : m.category ?? null, m.turn)).sort(),
    `${label}: each mark has the kind, category or region and turn of a mention`,
  );
  for (const m of marks) assert.ok(m.label && m.label.startsWith(`Turn ${m.turn + 1},`), `${label}: marks have accessible names`);
  const ratings = mentions.filter((m) => m.kind === 'rating');
  assert.equal(await page.getByTestId('rating-point').count(), ratings.length, `${label}: one rating point per self-rating`);
  assert.equal(marks.length + ratings.length, mentions.length, `${label}: every mention is drawn`);
  if (analysis.turns.length <= 120) {
    assert.equal(await page.getByTestId('transcript-turn').count(), analysis.turns.length, `${label}: every turn in the transcript`);
  }
}

for (const file of exampleFiles()) {
  const name = path.basename(file);
  test(`${name}: pasted, the timeline has one mark per mention of the CLI's JSON`, async () => {
    const expected = cliAnalyses(file);
    const page = await openApp(browser, server);
    await paste(page, fs.readFileSync(file, 'utf8'));
    await checkDialogue(page, expected[0], name);
    // A corpus opens as several dialogues: check each one.
    if (expected.length > 1) {
      const items = page.getByTestId('dialogue-item');
      assert.equal(await items.count(), expected.length, `${name}: one list entry per dialogue`);
      for (let i = 1; i < expected.length; i++) {
        await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
        await items.nth(i).click();
        await timelineDrawn(page);
        await checkDialogue(page, expected[i], `${name} #${i + 1}`);
      }
    }
    await page.screenshot({ path: path.join(artifactsDir, `example-${name}-1280x800.png`), fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the seed, pasted, matches the CLI and is photographed at 1280×800 and 1920×1080', { skip: !fs.existsSync(seedFile) && 'the seed is not in ../shared/seed/' }, async () => {
  const [expected] = cliAnalyses(seedFile);
  const text = fs.readFileSync(seedFile, 'utf8');
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    const page = await openApp(browser, server, { width, height });
    await paste(page, text);
    await checkDialogue(page, expected, `seed at ${width}×${height}`);
    // The turns flagged by the parser are marked under the axis.
    const flagged = expected.turns.flatMap((t) => [...new Set(t.flags.map((f) => f.kind))].map((k) => `${k}|${t.index}`));
    const glyphs = await page.getByTestId('flag-glyph').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-flag')}|${e.getAttribute('data-turn')}`));
    assert.deepEqual(glyphs.sort(), flagged.sort(), 'flagged turns are visible on the axis');
    // With mentions in the core's output, the last mark leads to its words in the transcript.
    const last = page.getByTestId('timeline-mark').last();
    if ((await page.getByTestId('timeline-mark').count()) > 0 && width === 1920) {
      const [turn, id] = [Number(await last.getAttribute('data-turn')), await last.getAttribute('data-id')];
      await last.click();
      const flash = page.locator('#transcript mark.flash').first();
      await flash.waitFor();
      assert.ok((await flash.getAttribute('data-mentions')).split(' ').includes(id));
      assert.equal(await flash.evaluate((el) => el.closest('article').dataset.turn), String(turn));
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await page.screenshot({ path: path.join(artifactsDir, `seed-${width}x${height}.png`) });
    await page.screenshot({ path: path.join(artifactsDir, `seed-${width}x${height}-full.png`), fullPage: true });
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});
