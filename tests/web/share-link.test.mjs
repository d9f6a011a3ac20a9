// Sharing without a server: the app writes the transcript, compressed, into a
// link's fragment (#t=…), shows the link's length, and opens such links
// directly, pasted or visited, with the roles the person set. Links over the
// limit are refused with the reason; a damaged link says so. Opening a link
// sends its fragment nowhere.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchPlainBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, examplesDir, mentionsOf, paste, timelineDrawn } from './lib/app.mjs';
import { openAppIn, recordRequests } from './lib/privacy.mjs';

const file = path.join(examplesDir, 'grief-group.otter.txt');
const text = fs.readFileSync(file, 'utf8');

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

async function shareDialog(page) {
  await page.getByTestId('export-menu').click();
  await page.getByTestId('share-link').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.waitFor();
  return dialog;
}

test('a link round trip: the transcript and the roles set by the person come back from the fragment alone', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  await paste(page, text);
  // The Facilitator is the therapist by the label and the others clients by elimination;
  // the person says the unnamed speaker is a co-facilitator, a therapist too.
  await page.getByRole('combobox', { name: 'Role of Unknown Speaker' }).selectOption('therapist');
  await page.getByTestId('status').filter({ hasText: 'is now the therapist' }).waitFor();
  const dialog = await shareDialog(page);
  const url = await dialog.getByTestId('share-link-url').inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#t=[A-Za-z0-9_-]+&r=[A-Za-z0-9_-]+$/);
  assert.ok(url.length < text.length, `compressed: ${url.length} characters for ${text.length}`);
  assert.match(await dialog.getByTestId('share-link-length').textContent(), new RegExp(`^${url.length.toLocaleString('en')} characters · limit 8,000`));

  // Opened in another browser profile, with no storage in common.
  const other = await browser.newContext();
  const requests = recordRequests(other);
  const opened = await other.newPage();
  await opened.goto(url);
  await opened.waitForFunction(() => document.documentElement.dataset.coreReady === 'true');
  await timelineDrawn(opened);
  const [expected] = cliAnalyses(file, ['--role', 'Unknown Speaker=therapist']);
  assert.equal(await opened.getByTestId('transcript-input').inputValue(), text, 'the same text');
  assert.equal(await opened.getByTestId('transcript-turn').count(), expected.turns.length);
  assert.equal(await opened.getByTestId('timeline-mark').count(), mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  assert.equal(await opened.locator('.turn.role-client').count(), expected.turns.filter((t) => t.role === 'client').length, 'the group members are clients');
  assert.ok(expected.turns.some((t) => t.role === 'client'), 'the CLI infers the clients too');
  assert.equal(await opened.locator('.turn.role-therapist').count(), expected.turns.filter((t) => t.role === 'therapist').length, 'the facilitators are therapists');
  assert.ok(expected.turns.some((t) => t.speaker === 'Unknown Speaker' && t.role === 'therapist'), 'the role the person set came back');
  for (const u of requests.urls()) assert.doesNotMatch(u, /t=/, `the fragment was sent: ${u}`);
  await other.close();

  // Pasting the link into the input opens it too.
  const third = await openAppIn(context, server.url, { offline: false });
  await third.getByTestId('transcript-input').fill(url);
  await third.getByTestId('analyze').click();
  await timelineDrawn(third);
  assert.equal(await third.getByTestId('transcript-turn').count(), expected.turns.length);
  await context.close();
});

test('a transcript too long for a link is refused with the reason, and a damaged link says so', async () => {
  const context = await browser.newContext();
  const page = await openAppIn(context, server.url);
  // Varied text compresses poorly: about 40 KB of it cannot fit in 8,000 characters.
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed.toString(36);
  };
  const lines = [];
  for (let i = 0; i < 400; i++) lines.push(`${i % 2 ? 'Client' : 'Therapist'}: ${Array.from({ length: 12 }, word).join(' ')}.`);
  await paste(page, lines.join('\n'));
  const dialog = await shareDialog(page);
  const refused = dialog.getByTestId('share-link-refused');
  await refused.waitFor();
  assert.match(await refused.textContent(), /would make a link of [\d,]+ characters\. Links longer than 8,000 characters/);
  assert.equal(await dialog.getByTestId('share-link-url').count(), 0, 'no link is offered');
  await dialog.getByTestId('share-close').click();

  await page.goto(`${server.url}#t=AAAA-not-deflate`);
  await page.getByTestId('status').filter({ hasText: 'This link could not be opened' }).waitFor();
  assert.match(await page.getByTestId('status').textContent(), /damaged or incomplete/);
  await context.close();
});
