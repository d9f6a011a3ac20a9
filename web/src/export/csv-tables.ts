// The turns and the mentions as CSV (RFC 4180: fields with commas, quotes or
// line breaks are quoted, quotes doubled, lines end in CRLF), for people who
// continue in a spreadsheet or R. Quoting is d3-dsv's.
import { csvFormatRows } from 'd3-dsv';
import type { Turn } from '../analysis/feltline-types';
import type { SessionModel } from '../model/session-model';

type Value = string | number | boolean | null | undefined;

function toRows(rows: Value[][]): string {
  const text = csvFormatRows(rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v)))));
  // d3-dsv separates rows with LF; RFC 4180 asks for CRLF (LF inside quoted fields stays).
  return rows.length ? toCrlf(text) + '\r\n' : '';
}

/** Joins rows with CRLF without touching line breaks inside quoted fields. */
function toCrlf(text: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    out += c === '\n' && !quoted ? '\r\n' : c;
  }
  return out;
}

/** Scalar figures in turns[].stats, flattened one level ("questions.open"), in first-seen order. */
function statColumns(turns: Turn[]): string[] {
  const seen = new Set<string>();
  for (const t of turns) {
    for (const [k, v] of Object.entries(t.stats ?? {})) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) if (typeof v2 !== 'object') seen.add(`${k}.${k2}`);
      } else if (!Array.isArray(v)) {
        seen.add(k);
      }
    }
  }
  return [...seen];
}

function statValue(t: Turn, path: string): Value {
  const [a, b] = path.split('.');
  const v = (t.stats as Record<string, unknown>)[a];
  const x = b === undefined ? v : v && typeof v === 'object' ? (v as Record<string, unknown>)[b] : undefined;
  return typeof x === 'object' ? undefined : (x as Value);
}

export function turnsCsv(model: SessionModel): string {
  const stats = statColumns(model.turns);
  const header = ['dialogue_id', 'turn_index', 'speaker', 'role', 'time_start', 'time_end', 'line', 'flags', 'emotion_mentions', 'sensation_mentions', 'analytic_mentions', 'rating_mentions', 'custom_mentions', ...stats.map((s) => `stats.${s}`), 'text'];
  const rows: Value[][] = [header];
  const id = model.analysis.id ?? '';
  model.turns.forEach((t, i) => {
    const count = (kind: string) => t.mentions.filter((m) => m.kind === kind).length;
    rows.push([
      id,
      i,
      t.speaker ?? '',
      t.role,
      t.time_start,
      t.time_end,
      t.line,
      [...new Set(t.flags.map((f) => f.kind))].join(' '),
      count('emotion'),
      count('sensation'),
      count('analytic'),
      count('rating'),
      count('custom'),
      ...stats.map((s) => statValue(t, s)),
      t.text,
    ]);
  });
  return toRows(rows);
}

export function mentionsCsv(model: SessionModel): string {
  const header = ['dialogue_id', 'turn_index', 'speaker', 'role', 'kind', 'category', 'region', 'quality', 'value', 'scale', 'dictionary', 'text', 'start', 'end', 'negated', 'hypothetical', 'quoted', 'echo', 'intensity', 'source', 'cues'];
  const rows: Value[][] = [header];
  const id = model.analysis.id ?? '';
  for (const ref of model.mentions) {
    const m = ref.mention;
    const t = model.turns[ref.turn];
    rows.push([
      id,
      ref.turn,
      t.speaker ?? '',
      m.role,
      m.kind,
      m.category ?? '',
      m.region ?? '',
      m.quality ?? '',
      m.value,
      m.scale,
      m.dictionary ?? '',
      m.text,
      m.start,
      m.end,
      m.negated,
      m.hypothetical,
      m.quoted,
      m.echo,
      (m.intensity ?? []).join(' '),
      m.source?.entry ?? '',
      (m.source?.cues ?? []).join(' '),
    ]);
  }
  return toRows(rows);
}
