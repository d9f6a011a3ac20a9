// The words the JavaScript peers look up: every single-word term of the
// project's default lexicon (core/data/lexicon/**/*.json), found by walking
// the JSON, so the peers do the lookup work Feltline does. Multi-word
// patterns are left out: the peers only look up single tokens.
import fs from 'node:fs';
import path from 'node:path';

function walk(value, out) {
  if (typeof value === 'string') {
    const term = value.toLowerCase();
    if (/^[\p{L}][\p{L}'’-]*$/u.test(term)) out.add(term);
  } else if (Array.isArray(value)) {
    for (const v of value) walk(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) walk(v, out);
  }
}

function jsonFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []);
}

export function lexiconTerms(repoRoot) {
  const terms = new Set();
  for (const file of jsonFiles(path.join(repoRoot, 'core/data/lexicon'))) walk(JSON.parse(fs.readFileSync(file, 'utf8')), terms);
  return [...terms].sort();
}
