// The first page: paste a transcript, press Analyse, see one row per turn.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, repoRoot, serveDist } from './lib/browser.mjs';

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

const examplesDir = path.join(repoRoot, 'examples/transcripts');
const cli = path.join(repoRoot, 'build/native/feltline');

for (const name of ['panic-at-work.txt', 'grief-and-numbness.txt']) {
  test(`pasting ${name} and pressing Analyse lists one row per turn`, async () => {
    const file = path.join(examplesDir, name);
    const expected = JSON.parse(execFileSync(cli, ['analyze', file], { encoding: 'utf8' }));
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('transcript-input').fill(fs.readFileSync(file, 'utf8'));
    await page.getByTestId('analyze').click();
    const rows = page.getByTestId('turn-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), expected.turns.length);
    for (const [i, turn] of expected.turns.entries()) {
      const cells = rows.nth(i).locator('td');
      assert.equal(await cells.nth(1).textContent(), turn.speaker ?? '—');
      assert.equal(await cells.nth(2).textContent(), turn.role);
    }
    await page.screenshot({ path: path.join(artifactsDir, `first-page-${name}.png`), fullPage: true });
    await page.close();
  });
}

test('empty input shows the reason instead of results', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url);
  await page.getByTestId('transcript-input').fill('   ');
  await page.getByTestId('analyze').click();
  await page.getByTestId('status').filter({ hasText: 'no transcript found' }).waitFor();
  assert.equal(await page.getByTestId('turn-row').count(), 0);
  await page.close();
});
