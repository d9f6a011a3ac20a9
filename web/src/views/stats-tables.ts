// The tables: figures per speaker (one column each) and for the session,
// over the brushed turns (or all), plus every session figure the core
// computed, as it wrote them.
import type { SessionModel } from '../model/session-model';
import { sessionFigures, speakerFigures, type SpeakerFigures } from '../model/range-stats';
import { mentionWhat } from '../model/mention-description';
import { describeRange } from '../state/selection';
import type { ViewState } from '../state/view-state';
import { htmlEl } from './svg-dom';
import { formatClock } from './timeline/plot-frame';

const int = new Intl.NumberFormat('en');
const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

type Cell = string | { text: string; className?: string };

function table(testid: string, caption: string, head: string[], rows: [string, ...Cell[]][]): HTMLTableElement {
  const t = htmlEl('table', 'data-table');
  t.dataset.testid = testid;
  t.append(htmlEl('caption', '', caption));
  const thead = htmlEl('thead');
  const hr = htmlEl('tr');
  head.forEach((h) => {
    const th = htmlEl('th', '', h);
    th.scope = 'col';
    hr.append(th);
  });
  thead.append(hr);
  const tbody = htmlEl('tbody');
  for (const [label, ...cells] of rows) {
    const tr = htmlEl('tr');
    const th = htmlEl('th', '', label);
    th.scope = 'row';
    tr.append(th);
    for (const c of cells) {
      const cell = typeof c === 'string' ? { text: c } : c;
      tr.append(htmlEl('td', cell.className ?? 'num', cell.text));
    }
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

/** "60 (14 denied or imagined)". */
function withQualified(f: SpeakerFigures, kind: 'emotion' | 'sensation'): string {
  const q = f.deniedOrImagined[kind];
  return `${int.format(f.mentions[kind])}${q ? ` (${int.format(q)} denied or imagined)` : ''}`;
}

function speakerTable(figures: SpeakerFigures[], range: string): HTMLTableElement {
  const q = (f: SpeakerFigures) =>
    f.questions ? `${int.format(f.questions.total)}${f.questions.open !== null ? ` (${int.format(f.questions.open)} open)` : ''}` : '—';
  const rows: [string, ...Cell[]][] = [
    ['Role', ...figures.map((f) => ({ text: f.role, className: `role-cell role-${f.role}` }))],
    ['Turns', ...figures.map((f) => int.format(f.turns))],
    ['Words', ...figures.map((f) => int.format(f.words))],
    ['Share of talk', ...figures.map((f) => pct.format(f.talkShare))],
    ['Words per turn, mean', ...figures.map((f) => one.format(f.meanWords))],
    ['Words per turn, median', ...figures.map((f) => one.format(f.medianWords))],
    ['Questions', ...figures.map(q)],
    ['Reflections', ...figures.map((f) => int.format(f.reflections))],
    ['Emotion mentions', ...figures.map((f) => withQualified(f, 'emotion'))],
    ['Sensation mentions', ...figures.map((f) => withQualified(f, 'sensation'))],
    ['Analytic words', ...figures.map((f) => int.format(f.mentions.analytic))],
    ['Self-ratings', ...figures.map((f) => int.format(f.mentions.rating))],
  ];
  if (figures.some((f) => f.mentions.custom > 0)) rows.push(['Custom terms', ...figures.map((f) => int.format(f.mentions.custom))]);
  rows.push(['Emotion categories named', ...figures.map((f) => ({ text: f.emotionCategories.join(', ') || '—', className: 'text' }))]);
  return table('speaker-table', `By speaker · ${range}`, ['', ...figures.map((f) => f.name)], rows);
}

function sessionTable(model: SessionModel, range: ViewState['range']['value']): HTMLTableElement {
  const s = sessionFigures(model, range);
  const ratio = (a: number, b: number) => (b > 0 ? `${one.format(a / b)} : 1` : '—');
  const rows: [string, ...Cell[]][] = [
    ['Turns', int.format(s.turns)],
    ['Words', int.format(s.words)],
  ];
  if (s.durationSeconds !== null) rows.push(['Duration', formatClock(s.durationSeconds)]);
  rows.push(['Therapist : client words', ratio(s.therapistWords, s.clientWords)]);
  if (s.questions !== null) rows.push(['Reflections : questions', ratio(s.reflections, s.questions)]);
  rows.push(['Client’s first body sensation', s.firstClientSensationTurn === null ? '—' : `turn ${s.firstClientSensationTurn + 1}`]);
  rows.push([
    'Client’s self-ratings',
    { text: s.clientRatings.map((r) => `${mentionWhat(r.mention)} (turn ${r.turn + 1})`).join(' → ') || '—', className: 'text' },
  ]);
  const flagged = [
    s.flagged.meta_note && `${s.flagged.meta_note} with stage notes`,
    s.flagged.truncated && `${s.flagged.truncated} cut off`,
    s.flagged.generation_error && `${s.flagged.generation_error} generation error${s.flagged.generation_error > 1 ? 's' : ''}`,
    s.flagged.quoted && `${s.flagged.quoted} with quoted speech`,
  ].filter(Boolean);
  rows.push(['Flagged turns', { text: flagged.join(', ') || 'none', className: 'text' }]);
  return table('session-table', `Session · ${describeRange(range, model.turns.length)}`, ['', 'Value'], rows);
}

/** "mean_words_per_turn" → "mean words per turn". */
function humanKey(key: string): string {
  return key.replace(/_/g, ' ');
}

function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? int.format(v) : new Intl.NumberFormat('en', { maximumFractionDigits: 3 }).format(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(formatValue).join(v.every((x) => typeof x !== 'object') ? ', ' : ' → ');
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${humanKey(k)} ${formatValue(x)}`)
    .join(', ');
}

/** Every figure in the core's `session` object, flattened one level. */
function coreSessionTable(model: SessionModel): HTMLTableElement | null {
  const entries = Object.entries(model.analysis.session ?? {});
  if (entries.length === 0) return null;
  const rows: [string, ...Cell[]][] = [];
  for (const [key, value] of entries) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) rows.push([`${humanKey(key)} · ${humanKey(k)}`, { text: formatValue(v), className: 'text' }]);
    } else {
      rows.push([humanKey(key), { text: formatValue(value), className: 'text' }]);
    }
  }
  return table('core-session-table', 'As computed by the core, whole session', ['', 'Value'], rows);
}

export function createStatsTables(host: HTMLElement, state: ViewState): void {
  function render(): void {
    const model = state.model.value;
    if (!model) return host.replaceChildren();
    const range = state.range.value;
    const parts: HTMLElement[] = [
      speakerTable(speakerFigures(model, range, state.filters.value), describeRange(range, model.turns.length)),
      sessionTable(model, range),
    ];
    const core = coreSessionTable(model);
    if (core) {
      const details = htmlEl('details', 'core-figures');
      details.append(htmlEl('summary', '', 'All session figures from the analysis'), core);
      parts.push(details);
    }
    host.replaceChildren(...parts);
  }
  state.model.watch(render);
  state.range.watch(render);
  state.filters.watch(render);
}
