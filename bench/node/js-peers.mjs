// The JavaScript libraries a web developer would pick instead of Feltline,
// each given the same work: tokenise the text turn by turn (paragraphs, as a
// developer would feed them) and look every token up in the lexicon (a Map /
// object of the same terms). Each returns the number of hits.
// (Turn by turn also spares Intl.Segmenter, which V8 runs in time quadratic in
// the length of one string: 100 KB in one call took 90 s on this machine.)
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function makePeers(terms) {
  const lexicon = new Map(terms.map((t) => [t, 1]));
  const peers = [];

  {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    peers.push({
      name: 'Intl.Segmenter + Map',
      note: 'V8\'s ICU word segmentation (UAX #29), lower-cased',
      run(paragraphs) {
        let hits = 0;
        for (const p of paragraphs) for (const s of segmenter.segment(p)) if (s.isWordLike && lexicon.has(s.segment.toLowerCase())) ++hits;
        return hits;
      },
    });
  }
  {
    const natural = require('natural');
    const tokenizer = new natural.WordTokenizer();
    peers.push({
      name: 'natural WordTokenizer + Map',
      note: 'splits on an ASCII regular expression: "don\'t" becomes "don", "t"',
      run(paragraphs) {
        let hits = 0;
        for (const p of paragraphs) for (const t of tokenizer.tokenize(p)) if (lexicon.has(t.toLowerCase())) ++hits;
        return hits;
      },
    });
  }
  {
    const Sentiment = require('sentiment');
    const sentiment = new Sentiment();
    const extras = Object.fromEntries(terms.map((t) => [t, -1]));
    peers.push({
      name: 'sentiment (AFINN + the lexicon as extras)',
      note: 'strips punctuation with a regular expression and splits on spaces',
      run(paragraphs) {
        let hits = 0;
        for (const p of paragraphs) hits += sentiment.analyze(p, { extras }).words.length;
        return hits;
      },
    });
  }
  {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model, []); // tokenisation only: the least work wink-nlp can do
    const its = nlp.its;
    peers.push({
      name: 'wink-nlp (web model, tokeniser only) + Map',
      note: 'its own tokeniser; normalised (lower-cased) tokens',
      run(paragraphs) {
        let hits = 0;
        for (const p of paragraphs) for (const t of nlp.readDoc(p).tokens().out(its.normal)) if (lexicon.has(t)) ++hits;
        return hits;
      },
    });
  }
  return peers;
}
