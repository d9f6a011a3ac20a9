// Nothing is stored unless the person asks. Without "Keep on this device" a
// pasted and analysed transcript leaves nothing behind: after a reload the
// page is empty, and localStorage, sessionStorage, IndexedDB and Cache Storage
// hold none of it (the service worker's cache holds the app's own files only).
// With the switch on it comes back after a reload; "Forget everything" and
// switching off delete it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchPlainBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, paste, timelineDrawn } from './lib/app.mjs';
import { distFiles, openAppIn, storedState } from './lib/privacy.mjs';

const file = path.join(examplesDir, 'grief-and-numbness.txt');
const text = fs.readFileSync(file, 'utf8');
// Words of this transcript that no file of the app contains.
const marker = 'Storage probe: the violet kettle hums at 4:17';
const transcript = `${text.trimEnd()}\nClient: ${marker}.\n`;

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchPlainBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function assertNothingOfTheTranscript(state, when) {
  assert.deepEqual(state.localStorage, [], `${when}: localStorage`);
  assert.deepEqual(state.sessionStorage, [], `${when}: sessionStorage`);
  assert.deepEqual(state.indexedDB, [], `${when}: IndexedDB`);
  const shellFiles = new Set(distFiles().map((f) => new URL(f, server.url).href));
  for (const cache of state.caches) {
    assert.match(cache.name, /^feltline-shell-[0-9a-f]{16}$/, `${when}: only the app shell is cached`);
    for (const entry of cache.entries) {
      assert.ok(shellFiles.has(entry.url), `${when}: ${entry.url} is an app file`);
      assert.ok(!entry.body.includes(marker), `${when}: ${entry.url} holds transcript text`);
    }
  }
}

test('without "Keep on this device", a reload leaves nothing of the transcript behind', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  assert.equal(await page.getByTestId('keep-switch').isChecked(), false, 'keeping is off by default');
  await paste(page, transcript);
  assert.ok((await page.getByTestId('transcript').textContent()).includes(marker));
  assertNothingOfTheTranscript(await storedState(page), 'after analysing');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  assert.equal(await page.locator('#results').isVisible(), false, 'no results after a reload');
  assert.equal(await page.getByTestId('transcript-input').inputValue(), '', 'the input is empty (not restored by the browser)');
  assertNothingOfTheTranscript(await storedState(page), 'after a reload');
  await context.close();
});

test('with "Keep on this device" the transcript comes back after a reload; "Forget everything" removes it', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  const [expected] = cliAnalyses(file);
  await paste(page, transcript);
  await page.getByTestId('keep-switch').check();
  await page.getByTestId('status').filter({ hasText: 'Kept on this device' }).waitFor();
  let state = await storedState(page);
  assert.deepEqual(state.indexedDB, ['feltline'], 'kept in IndexedDB');
  assert.deepEqual(state.localStorage, []);

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  await timelineDrawn(page);
  assert.equal(await page.getByTestId('keep-switch').isChecked(), true, 'the switch stays on');
  assert.equal(await page.getByTestId('transcript-turn').count(), expected.turns.length + 1, 'the kept transcript is open again');
  assert.ok((await page.getByTestId('transcript').textContent()).includes(marker));

  await page.getByTestId('forget-everything').click();
  await page.getByTestId('status').filter({ hasText: 'Forgotten' }).waitFor();
  assert.equal(await page.locator('#results').isVisible(), false, 'nothing is shown');
  assert.equal(await page.getByTestId('keep-switch').isChecked(), false);
  assertNothingOfTheTranscript(await storedState(page), 'after forgetting');
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  assert.equal(await page.locator('#results').isVisible(), false);
  assertNothingOfTheTranscript(await storedState(page), 'after forgetting and reloading');
  await context.close();
});

test('switching keeping off deletes what was kept; roles set by the person are kept with the transcript', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  await page.getByTestId('keep-switch').check();
  await paste(page, 'Dana: I feel a knot in my stomach.\nSam: Where is it now?\nDana: Still there. I am scared.\nSam: Stay with it for a moment.\n');
  // Dana's role is unknown to the core; the person says she is the client.
  await page.getByRole('group', { name: 'Role of Dana' }).getByRole('button', { name: 'client' }).click();
  await page.getByTestId('status').filter({ hasText: 'is now the client' }).waitFor();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  await timelineDrawn(page);
  assert.equal(await page.locator('.turn.role-client').count(), 2, 'Dana is still the client after a reload');
  await page.getByTestId('keep-switch').uncheck();
  await page.getByTestId('status').filter({ hasText: 'Nothing is kept' }).waitFor();
  assert.deepEqual((await storedState(page)).indexedDB, []);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  assert.equal(await page.locator('#results').isVisible(), false);
  await context.close();
});
