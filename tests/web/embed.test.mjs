// <feltline-viewer> in the example lesson (examples/embed/, served at /lesson/):
// one script tag, two viewers, one transcript inline and one from a file on
// the same site. Each viewer shows the CLI's mentions, the views its
// attributes choose, in its own Shadow DOM with its own state; read-only
// means no controls; a transcript from another origin is refused; the page
// asks no other origin for anything, and nothing after it has loaded.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchPlainBrowser, repoRoot, serveDist } from './lib/browser.mjs';
import { cliAnalyses, mentionsOf } from './lib/app.mjs';
import { recordRequests } from './lib/privacy.mjs';
import { loadTs } from './lib/load-ts.mjs';

const { dedent } = await loadTs('embed/inline-transcript.ts');
const lessonDir = path.join(repoRoot, 'examples/embed');
const lessonHtml = fs.readFileSync(path.join(lessonDir, 'index.html'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-embed-'));

/** The CLI's mentions (without ratings) for a transcript and a viewer's roles attribute. */
function cliMarks(text, roles) {
  const file = path.join(tmp, `t-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, text);
  const args = roles.split(/\s+/).filter(Boolean).flatMap((r) => ['--role', r]);
  return mentionsOf(cliAnalyses(file, args)[0]).filter((m) => m.kind !== 'rating');
}

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launchPlainBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function openLesson(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e));
  await page.goto(`${server.url}lesson/`);
  await page.waitForFunction(() => {
    const viewers = [...document.querySelectorAll('feltline-viewer')];
    return viewers.length === 2 && viewers.every((v) => v.dataset.state === 'drawn');
  }, null, { timeout: 30000 });
  return page;
}

const viewer = (page, i) => page.locator('feltline-viewer').nth(i);

test('the lesson loads one script and shows both transcripts, each with the CLI’s mentions', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = recordRequests(context);
  const page = await openLesson(context);
  const origin = new URL(server.url).origin;
  for (const url of requests.urls()) assert.equal(new URL(url).origin, origin, `request to another origin: ${url}`);
  assert.equal(requests.urls().filter((u) => u.endsWith('.js')).length, 1, 'one script: feltline-viewer.js');
  assert.equal(page.workers().length, 1, 'one analysis worker for both viewers');

  // Viewer 1: inline transcript, read as the element has it.
  const inline = dedent(lessonHtml.match(/<script type="text\/plain">([\s\S]*?)<\/script>/)[1]);
  const expected1 = cliMarks(inline, 'Mara=client');
  // Viewer 2: the file named by src.
  const expected2 = cliMarks(fs.readFileSync(path.join(lessonDir, 'excerpts/jaw-and-shoulders.txt'), 'utf8'), 'Ravi=client');
  for (const [i, expected] of [expected1, expected2].entries()) {
    const marks = viewer(page, i).getByTestId('timeline-mark');
    assert.equal(await marks.count(), expected.length, `viewer ${i + 1}: one mark per mention`);
    const drawn = await marks.evaluateAll((els) => els.map((e) => `${e.dataset.turn}:${e.dataset.kind}:${e.dataset.category || e.dataset.region || ''}`).sort());
    assert.deepEqual(drawn, expected.map((m) => `${m.turn}:${m.kind}:${m.category || m.region || ''}`).sort());
  }
  await page.screenshot({ path: path.join(artifactsDir, 'lesson.png'), fullPage: true });
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('attributes choose the views; read-only has no controls; each viewer is isolated in its Shadow DOM', async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await openLesson(context);
  requests.clear();
  const v1 = viewer(page, 0);
  const v2 = viewer(page, 1);
  // views="timeline body-map transcript" readonly
  assert.equal(await v1.getByTestId('timeline').count(), 1);
  assert.equal(await v1.getByTestId('body-map').count(), 1);
  assert.equal(await v1.getByTestId('transcript').count(), 1);
  assert.equal(await v1.getByTestId('turn-stats').count(), 0, 'no stats view unless asked for');
  assert.equal(await v1.getByTestId('filters').count(), 0, 'read-only: no filters');
  assert.equal(await v1.getByTestId('viewer-edit-text').count(), 0, 'read-only: no editing');
  assert.equal(await v1.locator('.toolbar').count(), 0, 'read-only: no toolbar');
  assert.equal(await v1.locator('.brush').evaluate((el) => getComputedStyle(el).pointerEvents), 'none', 'read-only: no selecting');
  // views="timeline body-map stats transcript", interactive
  assert.equal(await v2.getByTestId('turn-stats').count(), 1);
  assert.equal(await v2.getByTestId('speaker-table').count(), 1);
  assert.equal(await v2.getByTestId('filters').count(), 1);

  // Isolation: the page's styles do not reach in, the viewer's do not leak out.
  const styles = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'card';
    document.body.append(probe);
    const v = document.querySelector('feltline-viewer');
    return {
      shadow: !!v.shadowRoot,
      pageFont: getComputedStyle(document.body).fontFamily,
      viewerFont: getComputedStyle(v.shadowRoot.querySelector('.turn-text')).fontFamily,
      cardBorder: getComputedStyle(probe).borderTopStyle,
    };
  });
  assert.ok(styles.shadow);
  assert.match(styles.pageFont, /Georgia/);
  assert.doesNotMatch(styles.viewerFont, /Georgia/, 'the lesson’s serif font does not reach the viewer');
  assert.equal(styles.cardBorder, 'none', 'the viewer’s .card style does not reach the page');
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid="timeline-mark"]').length), 0, 'the marks are inside shadow roots, not in the page');

  // Separate state: hiding denied mentions in viewer 2 leaves viewer 1 alone.
  const before1 = await v1.getByTestId('timeline-mark').count();
  const before2 = await v2.getByTestId('timeline-mark').count();
  const denied2 = await v2.locator('[data-testid="timeline-mark"].negated, [data-testid="timeline-mark"].negated-hypothetical').count();
  assert.ok(denied2 > 0, 'excerpt 2 has a denied mention');
  await v2.getByTestId('filter-negated').click();
  await page.waitForFunction(() => document.querySelectorAll('feltline-viewer')[1].shadowRoot.querySelector('[data-testid="timeline"]').dataset.state === 'drawn');
  assert.equal(await v2.getByTestId('timeline-mark').count(), before2 - denied2);
  assert.equal(await v1.getByTestId('timeline-mark').count(), before1);

  // Editing in viewer 2: the reader's text is analysed; back to the original restores it.
  await v2.locator('.viewer-edit summary').click();
  const edited = 'Ravi: I am furious and my jaw is tight.\nCounsellor: Furious, and tight in the jaw.\nRavi: Yes. My chest is hot.\nCounsellor: Mm.\n';
  const editedMarks = cliMarks(edited, 'Ravi=client').length;
  assert.notEqual(editedMarks, before2);
  await v2.getByTestId('viewer-edit-text').fill(edited);
  await v2.getByTestId('viewer-analyse').click();
  await page.waitForFunction((n) => document.querySelectorAll('feltline-viewer')[1].dataset.marks === String(n) && document.querySelectorAll('feltline-viewer')[1].dataset.state === 'drawn', editedMarks, { timeout: 30000 });
  assert.equal(await v2.getByTestId('transcript-turn').count(), 4);
  await v2.getByTestId('viewer-reset').click();
  await page.waitForFunction((n) => document.querySelectorAll('feltline-viewer')[1].dataset.marks === String(n) && document.querySelectorAll('feltline-viewer')[1].dataset.state === 'drawn', before2, { timeout: 30000 });
  assert.deepEqual(requests.urls(), [], 'nothing is requested after the lesson has loaded');
  await context.close();
});

test('a viewer refuses a transcript from another origin, and says what to do without a transcript', async () => {
  const context = await browser.newContext();
  const page = await openLesson(context);
  const messages = await page.evaluate(async () => {
    const make = (attrs) => {
      const el = document.createElement('feltline-viewer');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
      return el;
    };
    const other = make({ src: 'https://example.com/session.txt' });
    const none = make({});
    await new Promise((resolve) => {
      const check = () => (other.dataset.state === 'error' && none.dataset.state === 'error' ? resolve() : setTimeout(check, 50));
      check();
    });
    return [other, none].map((v) => v.shadowRoot.querySelector('.viewer-status').textContent);
  });
  assert.match(messages[0], /must be on this site/);
  assert.match(messages[1], /no transcript/);
  await context.close();
});
