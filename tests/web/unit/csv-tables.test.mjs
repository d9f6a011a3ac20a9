// The page's CSV (used when the core cannot be asked): RFC 4180 quoting, CRLF
// rows, the core's columns, one row per turn and per mention.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadTs } from '../lib/load-ts.mjs';
import { dsv, fixturesDir } from '../lib/app.mjs';

const { toCsv, turnsCsv, mentionsCsv } = await loadTs('export/csv-tables.ts');
const { buildSessionModel } = await loadTs('model/session-model.ts');
const fixture = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'session.analysis.json'), 'utf8'));

test('fields with commas, quotes and line breaks are quoted; rows end in CRLF', () => {
  const rows = [
    ['a', 'b,c', 'say "hi"', 'two\nlines', '', 7, true, null],
    ['plain', ' spaced ', '=1+1', 'x\r\ny', 'é', 0, false, undefined],
  ];
  const csv = toCsv(rows);
  assert.equal(csv, 'a,"b,c","say ""hi""","two\nlines",,7,true,\r\nplain, spaced ,=1+1,"x\r\ny",é,0,false,\r\n');
  assert.deepEqual(dsv.csvParseRows(csv), [
    ['a', 'b,c', 'say "hi"', 'two\nlines', '', '7', 'true', ''],
    ['plain', ' spaced ', '=1+1', 'x\r\ny', 'é', '0', 'false', ''],
  ]);
});

test('turns CSV: the core columns, a row per turn, text intact', () => {
  const model = buildSessionModel(fixture);
  const rows = dsv.csvParse(turnsCsv([model]));
  assert.equal(rows.length, fixture.turns.length);
  assert.deepEqual(rows.columns.slice(0, 10), ['dialogue_id', 'turn', 'speaker', 'role', 'line', 'time_start', 'time_end', 'flags', 'speech', 'words']);
  assert.equal(rows.columns.at(-1), 'text');
  rows.forEach((row, i) => {
    assert.equal(row.turn, String(i));
    assert.equal(row.text, fixture.turns[i].text);
    assert.equal(row.words, String(fixture.turns[i].stats.words));
  });
  assert.equal(rows[10].flags, 'generation_error');
  assert.equal(rows[10].speech, 'false');
});

test('mentions CSV: a row per mention with its status as the core counts it', () => {
  const model = buildSessionModel(fixture);
  const rows = dsv.csvParse(mentionsCsv([model]));
  const mentions = fixture.turns.flatMap((t) => t.mentions.map((m) => ({ ...m, turn: t.index })));
  assert.equal(rows.length, mentions.length);
  rows.forEach((row, i) => {
    assert.equal(row.text, mentions[i].text);
    assert.equal(row.turn, String(mentions[i].turn));
    assert.equal(row.status, mentions[i].quoted ? 'quoted' : mentions[i].negated ? 'negated' : mentions[i].hypothetical ? 'hypothetical' : 'asserted');
  });
});
