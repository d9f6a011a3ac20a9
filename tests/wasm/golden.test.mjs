// The WebAssembly module gives the golden JSON for every example, byte for
// byte, and the same bytes as the native CLI (compact and pretty).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { examplesDir, goldenDir, loadFeltline, nativeCli, sharedDir } from './load-module.mjs';

const feltline = await loadFeltline();
const examples = fs.readdirSync(examplesDir).filter((f) => !f.startsWith('.'));

test('there are examples to check', () => {
  assert.ok(examples.length >= 2, `only ${examples.length} examples in ${examplesDir}`);
});

for (const name of examples) {
  const file = path.join(examplesDir, name);
  const text = fs.readFileSync(file, 'utf8');

  test(`wasm matches the golden file: ${name}`, () => {
    const expected = fs.readFileSync(path.join(goldenDir, `${name}.json`), 'utf8');
    assert.equal(feltline.analyze(text, '{"pretty":true}'), expected);
  });

  test(`golden file is one analysis, or one per line for a corpus: ${name}`, () => {
    const expected = fs.readFileSync(path.join(goldenDir, `${name}.json`), 'utf8');
    const first = expected.split('\n')[0];
    if (first === '{') {
      // One dialogue: a single pretty-printed document without an id.
      const doc = JSON.parse(expected);
      assert.equal(doc.schema, 'feltline/1');
      assert.equal(doc.id, undefined);
    } else {
      // A corpus: JSON Lines (pretty printing does not apply), each analysis with its id,
      // then one corpus_summary line.
      const docs = expected.trimEnd().split('\n').map((line) => JSON.parse(line));
      const summary = docs.pop();
      assert.equal(summary.schema, 'feltline/1');
      assert.equal(summary.corpus_summary.dialogues, docs.length);
      const ids = docs.map((doc) => {
        assert.equal(doc.schema, 'feltline/1');
        return doc.id;
      });
      assert.ok(ids.every((id) => typeof id === 'string' && id.length > 0), `ids: ${ids}`);
      assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    }
  });

  test(`wasm and native CLI print the same bytes: ${name}`, () => {
    const native = execFileSync(nativeCli, ['analyze', file], { encoding: 'utf8' });
    assert.equal(feltline.analyze(text, '{}'), native);
  });
}

test('wasm and native agree on the seed transcript', { skip: !fs.existsSync(sharedDir) && 'no ../shared' }, () => {
  const seed = path.join(sharedDir, 'seed/000_13ba406fadc02f9e.txt');
  const native = execFileSync(nativeCli, ['analyze', seed], { encoding: 'utf8' });
  assert.equal(feltline.analyze(fs.readFileSync(seed, 'utf8'), '{}'), native);
  assert.equal(JSON.parse(native).turns.length, 50);
});

test('unusable input comes back as an error field, not an exception', () => {
  assert.deepEqual(JSON.parse(feltline.analyze('   \n', '{}')), {
    error: 'no transcript found: the input is empty or holds only white space',
  });
});

test('version is the library version', () => {
  assert.match(feltline.version(), /^\d+\.\d+\.\d+$/);
});
