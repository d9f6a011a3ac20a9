// Text crosses the JavaScript/WebAssembly boundary intact (wasm/analyze_bridge.js):
// every kind of character, large inputs, and the same bytes as the native CLI.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { loadFeltline, nativeCli } from './load-module.mjs';

const feltline = await loadFeltline();
const cli = (text) => execFileSync(nativeCli, ['analyze', '-'], { input: text, encoding: 'utf8', maxBuffer: 1 << 30 });

test('non-ASCII text, emoji, right-to-left and NUL come through as the CLI reads them', () => {
  const text = 'Client: naïve “quotes” — 😀 שלום\u0000 ok\n\nTherapist: Was it 7/10?\n';
  const json = feltline.analyze(text, '{}');
  assert.equal(json, cli(text));
  assert.equal(JSON.parse(json).turns[0].text, 'naïve “quotes” — 😀 שלום\uFFFD ok');
});

test('a lone surrogate becomes U+FFFD and the next character is kept', () => {
  const turns = JSON.parse(feltline.analyze('Client: a\uD800b and \uDC00c\n', '{}')).turns;
  assert.equal(turns[0].text, 'a\uFFFDb and \uFFFDc');
});

test('a large input gives the same bytes as the CLI, twice in a row', () => {
  const turn = 'Therapist: How does the tightness in your chest feel right now — 7/10?\n\nClient: Heavy, don’t know.\n\n';
  const text = turn.repeat(Math.ceil((3 << 20) / turn.length));
  const expected = cli(text);
  assert.equal(feltline.analyze(text, '{}'), expected);
  assert.equal(feltline.analyze(text, '{}'), expected);
  assert.equal(JSON.parse(feltline.analyze('Client: short\n', '{}')).turns.length, 1);
});

test('every BMP character is segmented as natively (the tokenizer classifies characters from ICU properties)', () => {
  // Word counts per turn depend on each character's word-break class: "a·b"
  // is one word, "a—b" two. One turn per 256 code points, each character
  // between letters, between digits and doubled.
  const turns = [];
  for (let block = 0x80; block < 0x10000; block += 256) {
    let text = '';
    for (let c = block; c < block + 256; ++c) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      text += `a${ch}b 1${ch}2 ${ch}${ch} `;
    }
    turns.push(`Client: ${text}`);
  }
  const input = `${turns.join('\n\n')}\n`;
  assert.equal(feltline.analyze(input, '{}'), cli(input));
});
