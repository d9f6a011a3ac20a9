// Input people give the page: script-looking transcripts stay text, roles
// that came out unknown are set with one click (and analysed again), several
// files or a corpus open as a list of dialogues with progress, files dropped
// on the page open the same way.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, serveDist, artifactsDir } from './lib/browser.mjs';
import { cli, cliAnalyses, examplesDir, fixturesDir, openApp, openFiles, paste, runExport, timelineDrawn } from './lib/app.mjs';

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

const HOSTILE = [
  'Therapist: What did you write in your journal? <img src=x onerror="window.__pwned = 1">',
  '',
  'Client: It said <script>window.__pwned = 2</script> and I felt anxious, my chest was tight.',
  '',
  'Therapist: <b onmouseover="window.__pwned = 3">Anything else</b>? <svg onload="window.__pwned = 4"></svg>',
].join('\n');

test('a transcript holding HTML and script shows those characters and runs nothing', async () => {
  const page = await openApp(browser, server);
  const dialogs = [];
  page.on('dialog', (d) => dialogs.push(d.message()));
  await paste(page, HOSTILE);
  const transcript = page.locator('#transcript');
  const text = await transcript.textContent();
  assert.ok(text.includes('<img src=x onerror="window.__pwned = 1">'), 'the img tag is shown as text');
  assert.ok(text.includes('<script>window.__pwned = 2</script>'), 'the script tag is shown as text');
  assert.equal(await transcript.locator('img, script, svg, b').count(), 0, 'no element was created from the text');
  await page.locator('.turn-text').nth(2).hover();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The summary and the HTML report treat it the same way.
  const report = (await runExport(page, 'export-html')).bytes.toString('utf8');
  assert.doesNotMatch(report, /<script>window/);
  assert.match(report, /&lt;script&gt;window\.__pwned = 2&lt;\/script&gt;/);
  assert.doesNotMatch(report, /<img src=x/);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('a speaker whose role came out unknown is assigned with one click and analysed again', async () => {
  // Neither Trainer nor Learner is a role word; the Trainer plays the client, and once the
  // person says so the Learner is the therapist by elimination.
  const file = path.join(examplesDir, 'role-play-training.tsv');
  const [before] = cliAnalyses(file);
  const unknown = before.speakers.find((s) => s.role === 'unknown');
  assert.ok(unknown, 'the example has a speaker without a known role');
  const [after] = cliAnalyses(file, ['--role', `${unknown.name}=client`]);
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(file, 'utf8'));
  const speaker = page.locator(`[data-testid="speaker"][data-speaker="${unknown.name}"]`);
  assert.equal(await speaker.getAttribute('data-role'), 'unknown');
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await speaker.getByTestId('assign-client').click();
  await timelineDrawn(page);
  await page.locator(`[data-testid="speaker"][data-speaker="${unknown.name}"][data-role="client"]`).waitFor();
  const roles = await page.getByTestId('transcript-turn').evaluateAll((els) => els.map((e) => e.querySelector('.role-tag').textContent));
  assert.deepEqual(roles, after.turns.map((t) => t.role), 'every turn has the role the CLI gives with --role');
  const marks = await page.getByTestId('timeline-mark').count();
  assert.equal(marks, after.turns.flatMap((t) => t.mentions).filter((m) => m.kind !== 'rating').length);
  // The exported JSON is the re-analysis.
  const json = JSON.parse((await runExport(page, 'export-json')).bytes.toString('utf8'));
  assert.deepEqual(json, after);
  // A known role can be changed too, from its menu.
  const known = after.speakers.find((s) => s.role !== 'unknown' && s.name !== unknown.name);
  assert.ok(known, 'the other speaker has a role after the re-analysis');
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.locator(`[data-testid="speaker"][data-speaker="${known.name}"]`).getByTestId('role-select').selectOption('other');
  await timelineDrawn(page);
  await page.locator(`[data-testid="speaker"][data-speaker="${known.name}"][data-role="other"]`).waitFor();
  assert.equal(await page.locator(`[data-testid="speaker"][data-speaker="${unknown.name}"]`).getAttribute('data-role'), 'client', 'earlier choices are kept');
  await page.close();
});

test('several files open at once as a list of dialogues, with progress', async () => {
  const page = await openApp(browser, server);
  // Record the progress bar showing up while the files are read.
  await page.evaluate(() => {
    window.__progressSeen = false;
    new MutationObserver(() => {
      if (!document.querySelector('[data-testid="progress"]').hidden) window.__progressSeen = true;
    }).observe(document.querySelector('[data-testid="progress"]'), { attributes: true });
  });
  const files = [path.join(examplesDir, 'panic-at-work.txt'), path.join(examplesDir, 'grief-and-numbness.txt'), path.join(fixturesDir, 'corpus.analysis.jsonl')];
  await openFiles(page, files);
  assert.equal(await page.evaluate(() => window.__progressSeen), true, 'progress was shown');
  const items = page.getByTestId('dialogue-item');
  // Two transcripts, and a saved corpus of two dialogues.
  assert.equal(await items.count(), 4);
  assert.deepEqual(
    await items.locator('.dialogue-name').allTextContents(),
    ['panic-at-work.txt', 'grief-and-numbness.txt', 'dialogue-a', 'dialogue-b'],
  );
  assert.equal(await page.getByTestId('corpus-summary').count(), 1, 'the corpus summary line is offered');
  // dialogue-a has times: the axis can show time.
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await items.nth(2).click();
  await timelineDrawn(page);
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('measure-time').click();
  await timelineDrawn(page);
  const ticks = await page.locator('#timeline .axis .tick text').allTextContents();
  assert.ok(ticks.length > 1 && ticks.every((t) => /^\d+:\d\d$/.test(t)), `time ticks: ${ticks}`);
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await items.nth(3).click();
  await timelineDrawn(page);
  assert.match(await page.locator('.summary-title').textContent(), /dialogue-b/);
  assert.equal(await items.nth(3).getAttribute('aria-current'), 'true');
  assert.equal(await page.getByTestId('transcript-turn').count(), 3);
  await page.screenshot({ path: path.join(artifactsDir, 'several-files.png') });
  await page.close();
});

test('files dropped on the page open like opened ones', async () => {
  const page = await openApp(browser, server);
  const text = fs.readFileSync(path.join(examplesDir, 'panic-at-work.txt'), 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped-session.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, text);
  await timelineDrawn(page);
  assert.match(await page.locator('.summary-title').textContent(), /dropped-session\.txt/);
  assert.equal(await page.locator('#drop-overlay').isVisible(), false);
  await page.close();
});

test('a file that is not an analysis or a transcript gets a clear message and loses nothing', async () => {
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(path.join(examplesDir, 'panic-at-work.txt'), 'utf8'));
  await page.getByTestId('file-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "feltline/1", "turns": [') });
  await page.getByTestId('status').filter({ hasText: 'broken.json' }).waitFor();
  // The analysis shown before is still there.
  assert.ok((await page.getByTestId('transcript-turn').count()) > 0);
  await page.close();
});

const cliHasLexicons = (() => {
  try {
    return execFileSync(cli, ['help'], { encoding: 'utf8' }).includes('--lexicon');
  } catch (err) {
    return String(err.stdout ?? '').includes('--lexicon');
  }
})();

test('a custom dictionary is added with one click and its hits drawn as the CLI finds them', { skip: !cliHasLexicons && 'this core has no custom dictionaries yet (issue 4)' }, async () => {
  const file = path.join(examplesDir, 'panic-at-work.txt');
  const dic = path.join(fixturesDir, 'work-words.dic');
  const [expected] = cliAnalyses(file, ['--lexicon', dic]);
  const custom = expected.turns.flatMap((t) => t.mentions.filter((m) => m.kind === 'custom').map((m) => `${m.category}|${t.index}`));
  assert.ok(custom.length > 0, 'the dictionary has hits in the example');
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(file, 'utf8'));
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('lexicon-input').setInputFiles(dic);
  await timelineDrawn(page);
  const marks = await page.locator('[data-testid="timeline-mark"][data-kind="custom"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-category')}|${e.getAttribute('data-turn')}`));
  assert.deepEqual(marks.sort(), custom.sort());
  assert.match(await page.getByTestId('dictionaries').textContent(), /work-words/);
  // Removing it analyses again without it.
  await page.evaluate(() => document.querySelector('#timeline')?.removeAttribute('data-state'));
  await page.getByTestId('lexicon-remove').click();
  await timelineDrawn(page);
  assert.equal(await page.locator('[data-testid="timeline-mark"][data-kind="custom"]').count(), 0);
  await page.close();
});

test('a file that is not a dictionary is refused with a message', async () => {
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(path.join(examplesDir, 'panic-at-work.txt'), 'utf8'));
  await page.getByTestId('lexicon-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByTestId('status').filter({ hasText: 'notes.txt' }).waitFor();
  assert.match(await page.getByTestId('status').textContent(), /\.dic/);
  await page.close();
});
