// Every export, run from the Export menu and checked as a file: the JSON is the
// CLI's analysis, the CSVs parse (RFC 4180) with a row per turn and per
// mention, the SVGs parse and hold every mark, the PNGs are PNGs of the right
// size, and the HTML report opens offline, from disk, with JavaScript off,
// and asks for nothing.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, launchBrowser, launchPlainBrowser, serveDist } from './lib/browser.mjs';
import { cliAnalyses, dsv, examplesDir, fixturesDir, mentionsOf, openApp, openFiles, paste, runExport, seedFile } from './lib/app.mjs';

const sourceFile = fs.existsSync(seedFile) ? seedFile : path.join(examplesDir, 'panic-at-work.txt');
const [expected] = cliAnalyses(sourceFile);
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-exports-'));

let browser;
let server;
let page;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  page = await openApp(browser, server);
  await paste(page, fs.readFileSync(sourceFile, 'utf8'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

/** Parses SVG text in a blank page; returns what the checks need. */
async function inspectSvg(text) {
  const blank = await browser.context.newPage();
  const result = await blank.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      marks: doc.querySelectorAll('[data-testid="timeline-mark"]').length,
      titled: doc.querySelectorAll('[data-testid="timeline-mark"] > title').length,
      regions: doc.querySelectorAll('[data-testid="body-region"]').length,
      scripts: doc.querySelectorAll('script').length,
      width: Number(doc.documentElement.getAttribute('width')),
      height: Number(doc.documentElement.getAttribute('height')),
    };
  }, text);
  await blank.close();
  return result;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('JSON: the full analysis, as the CLI writes it', async () => {
  const { name, bytes } = await runExport(page, 'export-json');
  assert.match(name, /\.feltline\.json$/);
  assert.deepEqual(JSON.parse(bytes.toString('utf8')), expected);
});

test('CSV: turns and mentions parse, one row each, text intact', async () => {
  const turns = await runExport(page, 'export-csv');
  assert.match(turns.name, /\.turns\.csv$/);
  const text = turns.bytes.toString('utf8');
  assert.ok(text.includes('\r\n'), 'rows end in CRLF');
  const rows = dsv.csvParse(text);
  assert.equal(rows.length, expected.turns.length);
  assert.ok(rows.columns.includes('turn') && rows.columns.includes('text') && rows.columns.includes('speaker'));
  rows.forEach((row, i) => {
    assert.equal(row.text, expected.turns[i].text, `turn ${i} text survives quoting`);
    assert.equal(row.speaker, expected.turns[i].speaker ?? '');
  });
  const mentions = await runExport(page, 'export-csv-mentions');
  assert.match(mentions.name, /\.mentions\.csv$/);
  const mrows = dsv.csvParse(mentions.bytes.toString('utf8'));
  assert.equal(mrows.length, mentionsOf(expected).length);
  assert.ok(['kind', 'text', 'negated', 'hypothetical'].every((c) => mrows.columns.includes(c)));
});

test('SVG: the timeline and the body map parse, with every mark and region', async () => {
  const timeline = await runExport(page, 'export-svg');
  assert.match(timeline.name, /\.timeline\.svg$/);
  const t = await inspectSvg(timeline.bytes.toString('utf8'));
  assert.equal(t.error, null);
  assert.equal(t.root, 'svg');
  assert.equal(t.marks, mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  assert.equal(t.titled, t.marks, 'each mark carries its words as a title');
  assert.equal(t.scripts, 0);
  const body = await runExport(page, 'export-svg-body-map');
  assert.match(body.name, /\.body-map\.svg$/);
  const b = await inspectSvg(body.bytes.toString('utf8'));
  assert.equal(b.error, null);
  assert.ok(b.regions >= 18, 'every body region is in the figure');
  fs.writeFileSync(path.join(artifactsDir, 'export-timeline.svg'), timeline.bytes);
  fs.writeFileSync(path.join(artifactsDir, 'export-body-map.svg'), body.bytes);
});

test('PNG: the timeline and the body map, at twice their size', async () => {
  for (const [testid, svgid] of [
    ['export-png', 'export-svg'],
    ['export-png-body-map', 'export-svg-body-map'],
  ]) {
    const png = await runExport(page, testid);
    assert.match(png.name, /\.png$/);
    const size = pngSize(png.bytes);
    const svg = await inspectSvg((await runExport(page, svgid)).bytes.toString('utf8'));
    assert.equal(size.width, Math.round(svg.width * 2));
    assert.equal(size.height, Math.round(svg.height * 2));
    assert.ok(png.bytes.length > 5000, 'the image has content');
    fs.writeFileSync(path.join(artifactsDir, `export-${testid}.png`), png.bytes);
  }
});

test('HTML report: one file that opens offline, from disk, with JavaScript off', async () => {
  const { name, bytes } = await runExport(page, 'export-html');
  assert.match(name, /\.report\.html$/);
  const file = path.join(outDir, name);
  fs.writeFileSync(file, bytes);
  fs.writeFileSync(path.join(artifactsDir, 'export-report.html'), bytes);
  const html = bytes.toString('utf8');
  assert.doesNotMatch(html, /<script/i, 'no script at all');
  assert.doesNotMatch(html, /(src|href)="https?:/i, 'nothing from elsewhere');

  // A fresh browser, offline, with JavaScript switched off.
  const plain = await launchPlainBrowser();
  const context = await plain.newContext({ javaScriptEnabled: false, offline: true });
  const report = await context.newPage();
  const requests = [];
  report.on('request', (r) => requests.push(r.url()));
  await report.goto(`file://${file}`);
  assert.deepEqual(requests, [`file://${file}`], 'the report loads nothing but itself');
  assert.match(await report.title(), /Feltline report/);
  assert.equal(await report.locator('[data-testid="timeline-mark"]').count(), mentionsOf(expected).filter((m) => m.kind !== 'rating').length);
  assert.ok((await report.locator('[data-testid="body-region"]').count()) >= 18);
  assert.equal(await report.locator('[data-testid="transcript-turn"]').count(), expected.turns.length);
  assert.equal(await report.locator('[data-testid="speaker-table"]').count(), 1);
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.screenshot({ path: path.join(artifactsDir, 'export-report.png'), fullPage: true });
  await plain.close();
});

test('exports of a saved analysis (no transcript to re-run) are written by the page', async () => {
  const saved = await openApp(browser, server);
  await openFiles(saved, path.join(fixturesDir, 'session.analysis.json'));
  const fixture = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'session.analysis.json'), 'utf8'));
  const json = await runExport(saved, 'export-json');
  assert.deepEqual(JSON.parse(json.bytes.toString('utf8')), fixture);
  const turns = dsv.csvParse((await runExport(saved, 'export-csv')).bytes.toString('utf8'));
  assert.equal(turns.length, fixture.turns.length);
  assert.equal(turns[4].flags, 'meta_note');
  const mentions = dsv.csvParse((await runExport(saved, 'export-csv-mentions')).bytes.toString('utf8'));
  assert.equal(mentions.length, mentionsOf(fixture).length);
  assert.deepEqual(
    mentions.filter((m) => m.status !== 'asserted').map((m) => `${m.text}:${m.status}`),
    ['sad:negated', 'dread:hypothetical', 'lump in my throat:hypothetical', 'tightness in my shoulders:negated'],
  );
  await saved.close();
});
