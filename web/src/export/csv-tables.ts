// The turns and the mentions as CSV, written in the page when the core cannot
// be asked (an analysis opened from a file has no transcript to re-run, or a
// core without CSV output). Same columns as the core's `--csv turns|mentions`
// (core/src/output/turns_csv.cpp, mentions_csv.cpp), filled from the JSON;
// RFC 4180 quoting is d3-dsv's, rows end in CRLF.
import { csvFormatRows } from 'd3-dsv';
import type { Turn } from '../analysis/feltline-types';
import { mentionStatus } from '../model/mention-status';
import type { SessionModel } from '../model/session-model';
import { valueAt } from '../model/stat-fields';

type Value = string | number | boolean | null | undefined;

function cell(v: Value): string {
  if (v === null || v === undefined) return '';
  return String(v);
}

/** Rows to CSV text: CRLF between rows, line breaks inside quoted fields kept. */
export function toCsv(rows: Value[][]): string {
  if (rows.length === 0) return '';
  const text = csvFormatRows(rows.map((r) => r.map(cell)));
  let out = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    out += c === '\n' && !quoted ? '\r\n' : c;
  }
  return out + '\r\n';
}

const stat = (t: Turn, path: string): Value => {
  const v = valueAt(t.stats, path);
  return typeof v === 'object' ? undefined : (v as Value);
};

/** "anxiety=2;shame=1" from {"anxiety": 2, "shame": 1}. */
function joinedCounts(v: unknown): string {
  if (!v || typeof v !== 'object') return '';
  return Object.entries(v as Record<string, unknown>)
    .map(([k, n]) => `${k}=${n}`)
    .join(';');
}

const FLAG_ORDER = ['meta_note', 'generation_error', 'truncated', 'quoted'];

const TURN_COLUMNS: [string, (t: Turn, id: string) => Value][] = [
  ['dialogue_id', (_, id) => id],
  ['turn', (t) => t.index],
  ['speaker', (t) => t.speaker ?? ''],
  ['role', (t) => t.role],
  ['line', (t) => t.line],
  ['time_start', (t) => t.time_start],
  ['time_end', (t) => t.time_end],
  ['flags', (t) => FLAG_ORDER.filter((k) => t.flags.some((f) => f.kind === k)).join(';')],
  ['speech', (t) => stat(t, 'speech')],
  ['words', (t) => stat(t, 'words')],
  ['non_speech_words', (t) => stat(t, 'non_speech_words')],
  ['sentences', (t) => stat(t, 'sentences')],
  ['questions_open', (t) => stat(t, 'questions.open')],
  ['questions_closed', (t) => stat(t, 'questions.closed')],
  ['own_voice_words', (t) => stat(t, 'own_voice_words')],
  ['first_person', (t) => stat(t, 'first_person')],
  ['first_person_rate', (t) => stat(t, 'first_person_rate')],
  ['cumulative_words', (t) => stat(t, 'cumulative_words')],
  ['tokens_estimate', (t) => stat(t, 'tokens_estimate')],
  ['cumulative_tokens_estimate', (t) => stat(t, 'cumulative_tokens_estimate')],
  ['trigrams', (t) => stat(t, 'trigrams')],
  ['repeated_trigrams', (t) => stat(t, 'repeated_trigrams')],
  ['repetition', (t) => stat(t, 'repetition')],
  ['echoes', (t) => stat(t, 'echoes')],
  ['echoed', (t) => (Array.isArray(valueAt(t.stats, 'echoed')) ? (valueAt(t.stats, 'echoed') as string[]).join(';') : '')],
  ['emotion', (t) => stat(t, 'mentions.emotion')],
  ['sensation', (t) => stat(t, 'mentions.sensation')],
  ['analytic', (t) => stat(t, 'mentions.analytic')],
  ['rating', (t) => stat(t, 'mentions.rating')],
  ['custom', (t) => stat(t, 'mentions.custom')],
  ['negated', (t) => stat(t, 'mentions.negated')],
  ['hypothetical', (t) => stat(t, 'mentions.hypothetical')],
  ['quoted', (t) => stat(t, 'mentions.quoted')],
  ['analytic_share', (t) => stat(t, 'analytic_share')],
  ['emotion_categories', (t) => joinedCounts(valueAt(t.stats, 'mentions.emotion_categories'))],
  ['sensation_regions', (t) => joinedCounts(valueAt(t.stats, 'mentions.sensation_regions'))],
  ['custom_categories', (t) => joinedCounts(valueAt(t.stats, 'mentions.custom_categories'))],
  ['text', (t) => t.text],
];

export function turnsCsv(models: SessionModel[]): string {
  const rows: Value[][] = [TURN_COLUMNS.map(([name]) => name)];
  for (const model of models) {
    const id = model.analysis.id ?? '';
    for (const t of model.turns) rows.push(TURN_COLUMNS.map(([, get]) => get(t, id)));
  }
  return toCsv(rows);
}

const MENTION_HEADER = [
  'dialogue_id', 'turn', 'speaker', 'role', 'kind', 'status', 'start', 'end', 'text', 'category', 'region', 'quality',
  'value', 'scale', 'negated', 'hypothetical', 'quoted', 'echo', 'intensity', 'source', 'cues', 'dictionary',
];

export function mentionsCsv(models: SessionModel[]): string {
  const rows: Value[][] = [MENTION_HEADER];
  for (const model of models) {
    const id = model.analysis.id ?? '';
    for (const ref of model.mentions) {
      const m = ref.mention;
      const t = model.turns[ref.turn];
      const hasCategory = m.kind === 'emotion' || m.kind === 'rating' || m.kind === 'custom';
      rows.push([
        id, t.index, t.speaker ?? '', t.role, m.kind, mentionStatus(ref, model), m.start, m.end, m.text,
        hasCategory ? m.category ?? '' : '', m.region ?? '', m.quality ?? '',
        m.kind === 'rating' ? m.value : '', m.kind === 'rating' ? m.scale : '',
        m.negated, m.hypothetical, m.quoted, m.echo,
        (m.intensity ?? []).join(';'), m.source?.entry ?? '', (m.source?.cues ?? []).join(';'), m.dictionary ?? '',
      ]);
    }
  }
  return toCsv(rows);
}
