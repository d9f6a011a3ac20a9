// The tables: figures per speaker (one column each) and for the session,
// over the brushed turns (or all), plus every session figure the core
// computed, as it wrote them.
import type { SessionModel } from '../model/session-model';
import { sessionFigures, speakerFigures, type SpeakerFigures } from '../model/range-stats';
import { ratingSequence } from '../model/mention-description';
import { queueRender } from '../state/render-queue';
import { describeRange } from '../state/selection';
import type { ViewState } from '../state/view-state';
import { figureRows } from './figure-format';
import { htmlEl } from './svg-dom';
import { formatClock } from './timeline/plot-frame';

const int = new Intl.NumberFormat('en');
const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

type Cell = string | { text: string; className?: string };

export function table(testid: string, caption: string, head: string[], rows: [string, ...Cell[]][]): HTMLTableElement {
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

/** "46 (+14 denied, imagined or quoted)". */
function withQualified(f: SpeakerFigures, kind: 'emotion' | 'sensation'): string {
  const q = f.qualified[kind];
  return `${int.format(f.asserted[kind])}${q ? ` (+${int.format(q)})` : ''}`;
}

function speakerTable(figures: SpeakerFigures[], range: string): HTMLTableElement {
  const q = (f: SpeakerFigures) =>
    f.questions ? `${int.format(f.questions.total)}${f.questions.open !== null ? ` (${int.format(f.questions.open)} open)` : ''}` : '—';
  const rows: [string, ...Cell[]][] = [
    ['Role', ...figures.map((f) => ({ text: f.role, className: `role-cell role-${f.role}` }))],
    ['Turns', ...figures.map((f) => (f.speechTurns === f.turns ? int.format(f.turns) : `${int.format(f.turns)} (${int.format(f.speechTurns)} speech)`))],
    ['Words', ...figures.map((f) => int.format(f.words))],
    ['Share of talk', ...figures.map((f) => (f.talkShare === null ? '—' : pct.format(f.talkShare)))],
    ['Words per turn, mean', ...figures.map((f) => one.format(f.meanWords))],
    ['Words per turn, median', ...figures.map((f) => one.format(f.medianWords))],
    ['Questions', ...figures.map(q)],
    ['Reflections', ...figures.map((f) => int.format(f.reflections))],
    ['Emotions named', ...figures.map((f) => withQualified(f, 'emotion'))],
    ['Body sensations', ...figures.map((f) => withQualified(f, 'sensation'))],
    ['Analytic words', ...figures.map((f) => int.format(f.asserted.analytic + f.qualified.analytic))],
    ['Self-ratings', ...figures.map((f) => int.format(f.asserted.rating + f.qualified.rating))],
  ];
  if (figures.some((f) => f.asserted.custom + f.qualified.custom > 0)) rows.push(['Custom terms', ...figures.map((f) => int.format(f.asserted.custom + f.qualified.custom))]);
  rows.push(['Emotion categories named', ...figures.map((f) => ({ text: f.emotionCategories.join(', ') || '—', className: 'text' }))]);
  const t = table('speaker-table', `By speaker · ${range}`, ['', ...figures.map((f) => f.name)], rows);
  t.tFoot = t.createTFoot();
  const tr = htmlEl('tr');
  const td = htmlEl('td', 'note', 'Emotions and sensations count those said as felt; (+n) were denied, imagined or quoted.');
  td.colSpan = figures.length + 1;
  tr.append(td);
  t.tFoot.append(tr);
  return t;
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
  if (s.therapistQuestions !== null) rows.push(['Therapist reflections : questions', ratio(s.therapistReflections, s.therapistQuestions)]);
  rows.push(['Client’s first body sensation', s.firstClientSensationTurn === null ? '—' : `turn ${s.firstClientSensationTurn + 1}`]);
  rows.push([
    'Client’s self-ratings',
    { text: ratingSequence(s.clientRatings, 8) || '—', className: 'text' },
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

/** Every figure in the core's `session` object, flattened one level. */
function coreSessionTable(model: SessionModel): HTMLTableElement | null {
  const entries = Object.entries(model.analysis.session ?? {});
  if (entries.length === 0) return null;
  const rows: [string, ...Cell[]][] = figureRows(model.analysis.session).map(([k, v]) => [k, { text: v, className: 'text' }]);
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
  const rerender = () => queueRender(render);
  state.model.watch(rerender);
  state.range.watch(rerender);
  state.filters.watch(rerender);
}
