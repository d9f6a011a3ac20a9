// Cutting a turn's text at mention and flag boundaries: overlapping mentions,
// nested flags, offsets out of range, surrogate pairs (UTF-16 offsets).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadTs } from '../lib/load-ts.mjs';

const { segmentTurn } = await loadTs('views/transcript/transcript-segments.ts');

const turn = (text, mentions, flags = []) => ({ text, mentions: mentions.map(([start, end]) => ({ start, end })), flags: flags.map(([kind, start, end]) => ({ kind, start, end })) });
const pieces = (t, ids) => segmentTurn(t, ids).map((s) => [t.text.slice(s.start, s.end), s.mentions, s.flags]);

test('pieces cover the text exactly, in order', () => {
  const t = turn('tightness across my chest and shoulders', [[0, 25], [0, 39]]);
  const segs = segmentTurn(t, [5, 6]);
  assert.equal(segs.map((s) => t.text.slice(s.start, s.end)).join(''), t.text);
  assert.deepEqual(pieces(t, [5, 6]), [
    ['tightness across my chest', [6, 5], []],
    [' and shoulders', [6], []],
  ]);
});

test('filtered mentions (id -1) are left out; flags nest with mentions', () => {
  const t = turn('I feel (Note: calm) anxious.', [[14, 18], [20, 27]], [['meta_note', 7, 19]]);
  assert.deepEqual(pieces(t, [-1, 3]), [
    ['I feel ', [], []],
    ['(Note: calm)', [], ['meta_note']],
    [' ', [], []],
    ['anxious', [3], []],
    ['.', [], []],
  ]);
});

test('spans out of range are clamped, empty ones dropped', () => {
  const t = turn('short', [[3, 99], [4, 4], [-5, 1]]);
  assert.deepEqual(pieces(t, [0, 1, 2]), [
    ['s', [2], []],
    ['ho', [], []],
    ['rt', [0], []],
  ]);
});

test('offsets are UTF-16 code units: emoji stay whole', () => {
  const text = 'so 😟 anxious';
  const start = text.indexOf('anxious');
  const t = turn(text, [[start, start + 7]]);
  assert.deepEqual(pieces(t, [9]), [
    ['so 😟 ', [], []],
    ['anxious', [9], []],
  ]);
});
