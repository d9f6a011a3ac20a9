// The learned hypothetical flag (docs/lexicon.md#learned-hypothetical) decides
// by integer sums, so the module and the native CLI must print the same bytes
// where it sets a flag. The example transcripts give it nothing to set; the
// dev split's transcripts (annotations stripped by feltline-eval) do, when the
// compiled-in model is on.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { loadFeltline, nativeCli, repoRoot } from './load-module.mjs';

const feltline = await loadFeltline();
const devDir = path.join(repoRoot, 'tests/eval/dev');
const evalCli = path.join(repoRoot, 'build/native/tests/eval/feltline-eval');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'feltline-learned-'));

test('wasm and native CLI agree where the learned flag sets hypotheticals (dev split)', (t) => {
  let traced = 0;
  for (const name of fs.readdirSync(devDir).filter((f) => !f.startsWith('.') && f !== 'README.md')) {
    const text = execFileSync(evalCli, ['--strip', path.join(devDir, name)], { encoding: 'utf8' });
    const file = path.join(tmp, name);
    fs.writeFileSync(file, text);
    const native = execFileSync(nativeCli, ['analyze', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(feltline.analyze(text, '{}'), native, name);
    traced += native.split('"model:hypothetical').length - 1;
  }
  // core/data/model/hypothetical.json with "buckets": 0 switches the model off
  if (traced === 0) t.skip('the compiled-in model is off (make train-hypothetical switches it on)');
});
