// Adversarial input through the browser (issue 8): a dictionary with a million
// entries, pathological transcripts (one 2 MB line; 50,000 one-word turns),
// script-looking dictionaries, malformed dictionaries. The page runs nothing
// it was given, keeps the worker's progress going, reports what it skipped and
// draws what the CLI finds. The longest main-thread task is printed (a
// measurement, not an assertion: tests do not time things).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, mentionsOf, openApp, paste, timelineDrawn } from './lib/app.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-adversarial-'));
const example = path.join(examplesDir, 'panic-at-work.txt');

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

/** Records long main-thread tasks from now on. */
async function recordLongTasks(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}
const longestTask = (page) => page.evaluate(() => Math.round(Math.max(0, ...window.__long)));

/** Adds dictionary files through the summary's dictionary input and waits for the new drawing. */
async function addDictionary(page, file) {
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('lexicon-input').setInputFiles(file);
  await timelineDrawn(page);
}

const customMarks = (page) =>
  page
    .locator('[data-testid="timeline-mark"][data-kind="custom"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')}|${e.getAttribute('data-turn')}`).sort());

const expectedCustom = (analysis) =>
  analysis.turns.flatMap((t) => t.mentions.filter((m) => m.kind === 'custom').map((m) => `${m.category}|${t.index}`)).sort();

test('a dictionary with a million entries is compiled in the worker and its hits are drawn as the CLI finds them', async () => {
  // 999,995 generated words plus five that occur in the example, in two categories (about 13 MB).
  const lines = ['%', '1\tgenerated', '2\tfeelings', '%', 'panic*\t2', 'heart\t2', 'breath*\t2', 'presentation\t1', 'meeting*\t1 2'];
  for (let i = 0; lines.length < 1_000_004; ++i) lines.push(`zq${i.toString(36)}x*\t1`);
  const dic = path.join(tmp, 'million-words.dic');
  fs.writeFileSync(dic, `${lines.join('\n')}\n`);
  const [expected] = cliAnalyses(example, ['--lexicon', dic]);
  const want = expectedCustom(expected);
  assert.ok(want.length > 0, 'the dictionary has hits in the example');

  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(example, 'utf8'));
  await recordLongTasks(page);
  await addDictionary(page, dic);
  assert.deepEqual(await customMarks(page), want);
  assert.match(await page.getByTestId('dictionaries').textContent(), /million-words/);
  assert.match(await page.getByTestId('diagnostics').textContent(), /1000000 terms in 2 categories/);
  console.log(`1,000,000-entry dictionary: longest main-thread task while reading, compiling and drawing: ${await longestTask(page)} ms`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a dictionary holding HTML and script in its names and terms shows them as text and runs nothing', async () => {
  const dic = [
    '%',
    // LIWC category names are one word: these parse as HTML all the same.
    '1\t<img/src=x/onerror=window.__pwned=1>',
    '2\t<script>window.__pwned=2</script>',
    '%',
    'panic*\t1 2',
    '<svg onload="window.__pwned = 3">\t1',
  ].join('\n');
  const [expected] = (() => {
    const file = path.join(tmp, 'hostile.dic');
    fs.writeFileSync(file, dic);
    return cliAnalyses(example, ['--lexicon', file]);
  })();
  const page = await openApp(browser, server);
  const dialogs = [];
  page.on('dialog', (d) => dialogs.push(d.message()));
  await paste(page, fs.readFileSync(example, 'utf8'));
  await addDictionary(page, { name: '<b onmouseover="window.__pwned=4">words.dic', mimeType: 'text/plain', buffer: Buffer.from(dic) });
  const marks = await customMarks(page);
  assert.deepEqual(marks, expectedCustom(expected));
  assert.ok(marks.some((m) => m.startsWith('<img/src=x/onerror')), 'the category name is kept as written');
  assert.match(await page.getByTestId('dictionaries').textContent(), /<b onmouseover/);
  await page.getByTestId('dictionaries').hover();
  assert.equal(await page.locator('img[src="x"], svg[onload], b[onmouseover]').count(), 0, 'no element was made from the dictionary');
  assert.equal(await page.evaluate(() => [...document.scripts].some((s) => s.text.includes('__pwned'))), false, 'no script was made from the dictionary');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test('a malformed dictionary is reported line by line and the analysis goes on without what it skipped', async () => {
  const dic = ['%', '1\tworry', '%', 'panic*\t1', 'no numbers here', 'heart\t7', 'breath*\t1', '%', 'after\t1'].join('\n');
  const file = path.join(tmp, 'broken-words.dic');
  fs.writeFileSync(file, dic);
  const [expected] = cliAnalyses(example, ['--lexicon', file]);
  const warnings = expected.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
  assert.ok(warnings.length >= 2, `the CLI reports the bad lines: ${warnings}`);
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(example, 'utf8'));
  await addDictionary(page, file);
  const shown = await page.getByTestId('diagnostics').textContent();
  for (const w of warnings) assert.ok(shown.includes(w), `the page shows "${w}"`);
  assert.deepEqual(await customMarks(page), expectedCustom(expected));
  // The default lexicon's mentions are all still there.
  assert.equal(
    Number(await page.getByTestId('timeline').getAttribute('data-marks')),
    mentionsOf(expected).filter((m) => m.kind !== 'rating').length,
  );
  await page.close();
});

for (const [what, make] of [
  ['one 2 MB line with no speaker, no punctuation and no line break', () => 'and then I felt it again in my chest '.repeat(56_000)],
  ['50,000 one-word turns', () => Array.from({ length: 50_000 }, (_, i) => `${i % 2 ? 'Client' : 'Therapist'}: ${i % 7 ? 'okay' : 'tense'}`).join('\n')],
]) {
  test(`a pathological paste (${what}) is analysed in the worker and drawn as the CLI reads it`, async () => {
    const text = make();
    const file = path.join(tmp, 'pathological.txt');
    fs.writeFileSync(file, text);
    const [expected] = cliAnalyses(file);
    const page = await openApp(browser, server);
    const input = page.getByTestId('transcript-input');
    // As a paste would: the whole text at once.
    await input.evaluate((el, value) => {
      el.value = value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, text);
    await recordLongTasks(page);
    await page.evaluate(() => {
      document.querySelector('#timeline')?.removeAttribute('data-state');
      document.querySelector('#analyze').click();
    });
    await timelineDrawn(page);
    assert.match(await page.locator('.summary-size').textContent(), new RegExp(`^${expected.turns.length.toLocaleString('en')} turns?`));
    assert.equal(
      Number(await page.getByTestId('timeline').getAttribute('data-marks')),
      mentionsOf(expected).filter((m) => m.kind !== 'rating').length,
    );
    console.log(`${what}: longest main-thread task while analysing and drawing: ${await longestTask(page)} ms`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
