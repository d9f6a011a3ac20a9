// The browser gets the same statistics CSV as the CLI: the module's
// analyze(text, {"output": "turns_csv" | "mentions_csv"}) returns the bytes
// `feltline analyze --csv turns|mentions` prints, for every example and the seed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { examplesDir, loadFeltline, nativeCli, sharedDir } from './load-module.mjs';

const feltline = await loadFeltline();
const files = fs.readdirSync(examplesDir).filter((f) => !f.startsWith('.')).map((f) => path.join(examplesDir, f));
const seed = path.join(sharedDir, 'seed/000_13ba406fadc02f9e.txt');
if (fs.existsSync(seed)) files.push(seed);

for (const file of files) {
  for (const table of ['turns', 'mentions']) {
    test(`wasm and CLI print the same ${table} CSV: ${path.basename(file)}`, () => {
      const native = execFileSync(nativeCli, ['analyze', file, '--csv', table], { encoding: 'utf8' });
      const wasm = feltline.analyze(fs.readFileSync(file, 'utf8'), JSON.stringify({ output: `${table}_csv` }));
      assert.equal(wasm, native);
      assert.ok(native.startsWith('dialogue_id,turn,speaker,role,'));
      assert.ok(native.endsWith('\r\n'));
    });
  }
}

test('the turns CSV has one row per turn of the JSON', () => {
  const file = files[0];
  const text = fs.readFileSync(file, 'utf8');
  const doc = JSON.parse(feltline.analyze(text, '{}'));
  const csv = feltline.analyze(text, '{"output":"turns_csv"}');
  // Rows end in CRLF; line breaks inside quoted text are bare LF, so CRLF counts rows.
  assert.equal(csv.split('\r\n').length - 2, doc.turns.length);
});
