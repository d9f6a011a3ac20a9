// The tables' figures over a brushed range are summed from the per-turn
// figures in the page; over the whole session they must be the core's own
// speaker and session figures (docs/metrics.md), for every example and the seed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadTs } from '../lib/load-ts.mjs';
import { cliAnalyses, exampleFiles, seedFile } from '../lib/app.mjs';

const { buildSessionModel } = await loadTs('model/session-model.ts');
const { speakerFigures, sessionFigures } = await loadTs('model/range-stats.ts');
const { ALL_SHOWN } = await loadTs('state/filters.ts');

const files = [...exampleFiles(), ...(fs.existsSync(seedFile) ? [seedFile] : [])];
const close = (a, b, digits) => Math.abs(a - b) <= 0.5 * 10 ** -digits;

for (const file of files) {
  test(`${path.basename(file)}: figures summed in the page equal the core's`, () => {
    for (const analysis of cliAnalyses(file)) {
      const model = buildSessionModel(analysis);
      const mine = new Map(speakerFigures(model, null, ALL_SHOWN).map((f) => [f.name, f]));
      for (const speaker of analysis.speakers) {
        const core = speaker.stats;
        const f = mine.get(speaker.name);
        assert.ok(f, `${speaker.name} has figures`);
        assert.equal(f.turns, core.turns, `${speaker.name}: turns`);
        assert.equal(f.words, core.words, `${speaker.name}: words`);
        if ('speech_turns' in core) assert.equal(f.speechTurns, core.speech_turns, `${speaker.name}: speech turns`);
        if (typeof core.talk_share === 'number') assert.ok(close(f.talkShare, core.talk_share, 4), `${speaker.name}: talk share`);
        if (typeof core.mean_words_per_turn === 'number') assert.ok(close(f.meanWords, core.mean_words_per_turn, 2), `${speaker.name}: mean words`);
        if (typeof core.median_words_per_turn === 'number') assert.ok(close(f.medianWords, core.median_words_per_turn, 2), `${speaker.name}: median words`);
        if (core.questions) {
          assert.equal(f.questions?.open ?? 0, core.questions.open, `${speaker.name}: open questions`);
          assert.equal(f.questions?.closed ?? 0, core.questions.closed, `${speaker.name}: closed questions`);
        }
        if ('reflections' in core) assert.equal(f.reflections, core.reflections, `${speaker.name}: reflections`);
        if (core.mentions) {
          for (const kind of ['emotion', 'sensation', 'analytic', 'rating', 'custom']) {
            assert.equal(f.asserted[kind], core.mentions[kind], `${speaker.name}: asserted ${kind} mentions`);
          }
        }
        if (core.emotion_granularity) assert.equal(f.emotionCategories.length, core.emotion_granularity.categories, `${speaker.name}: categories`);
      }
      const s = sessionFigures(model, null);
      const core = analysis.session;
      assert.equal(s.turns, core.turns, 'session turns');
      if ('words' in core) assert.equal(s.words, core.words, 'session words');
      if ('therapist_words' in core) assert.equal(s.therapistWords, core.therapist_words);
      if ('client_words' in core) assert.equal(s.clientWords, core.client_words);
      if ('therapist_reflections' in core) assert.equal(s.therapistReflections, core.therapist_reflections);
      if ('client_first_sensation_turn' in core) assert.equal(s.firstClientSensationTurn, core.client_first_sensation_turn);
      if (core.flagged_turns) {
        for (const [kind, n] of Object.entries(core.flagged_turns)) assert.equal(s.flagged[kind], n, `flagged ${kind}`);
      }
      if (Array.isArray(core.client_self_ratings)) {
        assert.deepEqual(
          s.clientRatings.map((r) => [r.turn, r.mention.value]),
          core.client_self_ratings.filter((r) => !r.hypothetical).map((r) => [r.turn, r.value]),
        );
      }
    }
  });
}
