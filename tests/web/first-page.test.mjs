// The first page: paste a transcript, press Analyse, see every turn with its
// speaker and role; bad input gets the core's reason instead of results.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, openApp, paste, timelineDrawn } from './lib/app.mjs';

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

for (const name of ['panic-at-work.txt', 'grief-and-numbness.txt']) {
  test(`pasting ${name} and pressing Analyse shows each turn with its speaker and role`, async () => {
    const file = path.join(examplesDir, name);
    const [expected] = cliAnalyses(file);
    const page = await openApp(browser, server);
    await paste(page, fs.readFileSync(file, 'utf8'));
    const turns = page.getByTestId('transcript-turn');
    assert.equal(await turns.count(), expected.turns.length);
    for (const [i, turn] of expected.turns.entries()) {
      const el = turns.nth(i);
      assert.equal(await el.locator('.turn-speaker').textContent(), turn.speaker ?? '(no speaker label)');
      assert.equal(await el.locator('.role-tag').textContent(), turn.role);
      assert.equal(await el.locator('.turn-text').textContent(), turn.text);
    }
    assert.match(await page.getByTestId('format').textContent(), /^Read as /);
    await page.close();
  });
}

test('empty input shows the reason instead of results', async () => {
  const page = await openApp(browser, server);
  await page.getByTestId('transcript-input').fill('   ');
  await page.getByTestId('analyze').click();
  await page.getByTestId('status').filter({ hasText: 'no transcript found' }).waitFor();
  assert.equal(await page.getByTestId('transcript-turn').count(), 0);
  assert.equal(await page.locator('#results').isVisible(), false);
  await page.close();
});

test('a sample transcript is one click away', async () => {
  const page = await openApp(browser, server);
  const options = await page.getByTestId('sample-select').locator('option').evaluateAll((els) => els.map((e) => e.value).filter(Boolean));
  const files = fs.readdirSync(examplesDir).filter((f) => !f.startsWith('.')).sort();
  assert.deepEqual([...options].sort(), files, 'every example is offered');
  await page.getByTestId('sample-select').selectOption('panic-at-work.txt');
  await timelineDrawn(page); // the transcript view draws in a task after the timeline
  const [expected] = cliAnalyses(path.join(examplesDir, 'panic-at-work.txt'));
  assert.equal(await page.getByTestId('transcript-turn').count(), expected.turns.length);
  assert.match(await page.locator('.summary-title').textContent(), /panic-at-work\.txt/);
  await page.close();
});

test('a session with no client says so once, beside the role buttons that fix it', async () => {
  // The core notes it as "roles: no speaker is recognised as the therapist or the
  // client …"; the page says it in its own words, and assigning a role answers it.
  const file = path.join(examplesDir, 'role-play-training.tsv');
  const [expected] = cliAnalyses(file);
  assert.ok(expected.diagnostics.some((d) => d.message.startsWith('roles: no speaker is recognised')));
  const page = await openApp(browser, server);
  await paste(page, fs.readFileSync(file, 'utf8'));
  await timelineDrawn(page);
  assert.match(await page.getByTestId('narrative').textContent(), /No speaker is marked as the client/);
  const notes = page.getByTestId('diagnostics');
  if (await notes.count()) assert.doesNotMatch(await notes.textContent(), /roles: no speaker/);
  await page.close();
});
