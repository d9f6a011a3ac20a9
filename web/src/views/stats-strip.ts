// The turn-statistics strip under the timeline, on the same x: words per turn
// in the speaker's colour, questions (open ones solid), reflections, how much
// of each turn repeats its speaker's earlier words, and the running token
// estimate. A row appears only when the analysis carries its figure.
import type { SessionModel } from '../model/session-model';
import type { TurnFigures } from '../model/session-model';
import type { ViewState } from '../state/view-state';
import { queueRender } from '../state/render-queue';
import { chartCss } from './chart-style';
import { ROLE_COLOURS } from './palette';
import { svgEl } from './svg-dom';
import { polylinePath } from './polyline-path';
import { makePlotFrame, type PlotFrame } from './timeline/plot-frame';

interface Row {
  key: string;
  label: string;
  height: number;
  draw(g: SVGGElement, top: number, f: PlotFrame, model: SessionModel): void;
}

const fmt = new Intl.NumberFormat('en');

function barWidth(x0: number, x1: number): number {
  const w = x1 - x0;
  return Math.max(0.6, w > 4 ? w - 1.5 : w * 0.85);
}

// Per-turn figures, read once by the session model.
let F: TurnFigures;
const isSpeech = (t: number) => F.speech[t] === 1;
const turnWords = (t: number) => F.words[t];
const turnEchoes = (t: number) => F.echoes[t];
const turnRepetition = (t: number) => (Number.isNaN(F.repetition[t]) ? null : F.repetition[t]);
const turnCumulativeTokens = (t: number) => (Number.isNaN(F.cumulativeTokens[t]) ? null : F.cumulativeTokens[t]);
function turnQuestions(t: number): { total: number; open: number | null; closed: number | null } | null {
  if (!F.hasQuestions || !F.speech[t]) return null;
  const open = Number.isNaN(F.questionsOpen[t]) ? null : F.questionsOpen[t];
  const closed = Number.isNaN(F.questionsClosed[t]) ? null : F.questionsClosed[t];
  return open === null && closed === null ? null : { total: (open ?? 0) + (closed ?? 0), open, closed };
}

/** Above this many turns per pixel pair, a row is drawn as one path per speaker role, not a bar per turn. */
function isDense(f: PlotFrame): boolean {
  return f.last - f.first + 1 > (f.right - f.left) / 2;
}

/**
 * Dense rows: one bar per pixel column (the tallest of the turns that fall in
 * it, in its speaker's colour), as one path per role. Reads the same as a bar
 * per turn and keeps the drawing small however long the session.
 */
function barPaths(model: SessionModel, f: PlotFrame, bottom: number, heightOf: (t: number) => number, className: (role: string) => string): SVGPathElement[] {
  const columns = Math.ceil(f.right - f.left) + 1;
  const height = new Float64Array(columns);
  const turnOf = new Int32Array(columns).fill(-1);
  for (let t = f.first; t <= f.last; t++) {
    const h = heightOf(t);
    if (!(h > 0)) continue;
    const [x0, x1] = f.band(t);
    const c = Math.max(0, Math.min(columns - 1, Math.floor((x0 + x1) / 2 - f.left)));
    if (h > height[c]) {
      height[c] = h;
      turnOf[c] = t;
    }
  }
  const byRole = new Map<string, string[]>();
  for (let c = 0; c < columns; c++) {
    if (turnOf[c] < 0) continue;
    const role = model.turns[turnOf[c]].role;
    let parts = byRole.get(role);
    if (!parts) byRole.set(role, (parts = []));
    parts.push(`M${f.left + c},${(bottom - height[c]).toFixed(1)}h1v${height[c].toFixed(1)}h-1Z`);
  }
  return [...byRole].map(([role, parts]) => svgEl('path', { d: parts.join(''), class: className(role) }));
}

function rowLabel(g: SVGGElement, f: PlotFrame, top: number, height: number, label: string, note: string): void {
  g.append(svgEl('text', { x: f.left - 10, y: top + height / 2 - 5, dy: '0.35em', 'text-anchor': 'end', class: 'lane-label' }, label));
  g.append(svgEl('text', { x: f.left - 10, y: top + height / 2 + 7, dy: '0.35em', 'text-anchor': 'end', class: 'lane-count' }, note));
}

function turnTitle(model: SessionModel, t: number, what: string): SVGTitleElement {
  const s = model.speakers[model.speakerOfTurn[t]];
  return svgEl('title', {}, `Turn ${t + 1} · ${s.name} (${s.role}): ${what}`);
}

function wordsRow(model: SessionModel, f: PlotFrame): Row {
  let max = 1;
  for (let t = f.first; t <= f.last; t++) max = Math.max(max, turnWords(t));
  return {
    key: 'words',
    label: 'Words',
    height: 50,
    draw(g, top, frame) {
      rowLabel(g, frame, top, this.height, 'Words per turn', `max ${fmt.format(max)}`);
      g.append(svgEl('line', { x1: frame.left, x2: frame.right, y1: top + this.height, y2: top + this.height, class: 'rule' }));
      if (isDense(frame)) {
        const h = (t: number) => (isSpeech(t) ? (turnWords(t) / max) * (this.height - 4) : 0);
        g.append(...barPaths(model, frame, top + this.height, h, (role) => `bar-${role}`));
        return;
      }
      for (let t = frame.first; t <= frame.last; t++) {
        const turn = t;
        const words = turnWords(turn);
        const [x0, x1] = frame.band(t);
        const h = Math.max(words ? 1 : 0, (words / max) * (this.height - 4));
        const speech = isSpeech(turn);
        const rect = svgEl('rect', {
          x: x0 + 0.5,
          y: top + this.height - (speech ? h : this.height - 4),
          width: barWidth(x0, x1),
          height: speech ? h : this.height - 4,
          class: speech ? `bar-${model.turns[t].role}` : 'bar-flagged',
          'data-testid': 'turn-words-bar',
          'data-turn': t,
        });
        rect.append(turnTitle(model, t, speech ? `${fmt.format(words)} words` : 'generation error, not speech'));
        g.append(rect);
      }
    },
  };
}

function questionsRow(model: SessionModel, f: PlotFrame): Row | null {
  let max = 0;
  for (let t = f.first; t <= f.last; t++) max = Math.max(max, turnQuestions(t)?.total ?? 0);
  if (max === 0) return null;
  return {
    key: 'questions',
    label: 'Questions',
    height: 28,
    draw(g, top, frame) {
      rowLabel(g, frame, top, this.height, 'Questions', isDense(frame) ? 'per turn' : 'open ■ closed □');
      if (isDense(frame)) {
        const h = (t: number) => ((turnQuestions(t)?.total ?? 0) / max) * (this.height - 4);
        g.append(...barPaths(model, frame, top + this.height, h, (role) => `bar-${role}`));
        return;
      }
      for (let t = frame.first; t <= frame.last; t++) {
        const q = turnQuestions(t);
        if (!q || q.total === 0) continue;
        const [x0, x1] = frame.band(t);
        const unit = (this.height - 4) / max;
        const colour = ROLE_COLOURS[model.turns[t].role];
        const open = q.open ?? (q.closed === null ? q.total : 0);
        const closed = q.total - open;
        const bottom = top + this.height;
        if (open > 0) g.append(svgEl('rect', { x: x0 + 0.5, y: bottom - open * unit, width: barWidth(x0, x1), height: open * unit, fill: colour }));
        if (closed > 0)
          g.append(
            svgEl('rect', {
              x: x0 + 1,
              y: bottom - (open + closed) * unit + 0.5,
              width: Math.max(0.5, barWidth(x0, x1) - 1),
              height: closed * unit - 1,
              fill: '#fff',
              stroke: colour,
              'stroke-width': 1,
            }),
          );
        const hit = svgEl('rect', { x: x0, y: top, width: Math.max(1, x1 - x0), height: this.height, fill: 'transparent' });
        hit.append(turnTitle(model, t, `${q.total} question${q.total === 1 ? '' : 's'}` + (q.open !== null ? ` (${open} open, ${closed} closed)` : '')));
        g.append(hit);
      }
    },
  };
}

function reflectionsRow(model: SessionModel, f: PlotFrame): Row | null {
  let any = false;
  for (let t = f.first; t <= f.last && !any; t++) any = turnEchoes(t) > 0;
  if (!any) return null;
  return {
    key: 'reflections',
    label: 'Reflections',
    height: 16,
    draw(g, top, frame) {
      rowLabel(g, frame, top, this.height + 6, 'Reflections', '');
      if (isDense(frame)) {
        const h = (t: number) => (turnEchoes(t) > 0 ? 8 : 0);
        g.append(...barPaths(model, frame, top + 12, h, (role) => `bar-${role}`));
        return;
      }
      for (let t = frame.first; t <= frame.last; t++) {
        const n = turnEchoes(t);
        if (n === 0) continue;
        const [x0, x1] = frame.band(t);
        const cx = (x0 + x1) / 2;
        const tick = svgEl('path', { d: `M${cx - 4},${top + 8}l3,3.5l5.5,-7`, fill: 'none', stroke: ROLE_COLOURS[model.turns[t].role], 'stroke-width': 1.8 });
        tick.append(turnTitle(model, t, `reflects ${n} of the client's words`));
        g.append(tick);
      }
    },
  };
}

function repetitionRow(model: SessionModel, f: PlotFrame): Row | null {
  let any = false;
  for (let t = f.first; t <= f.last && !any; t++) any = turnRepetition(t) !== null;
  if (!any) return null;
  return {
    key: 'repetition',
    label: 'Repetition',
    height: 34,
    draw(g, top, frame) {
      rowLabel(g, frame, top, this.height, 'Repeats own words', '0–100%');
      g.append(svgEl('line', { x1: frame.left, x2: frame.right, y1: top + this.height, y2: top + this.height, class: 'rule' }));
      if (isDense(frame)) {
        const h = (t: number) => Math.min(1, turnRepetition(t) ?? 0) * (this.height - 4);
        g.append(...barPaths(model, frame, top + this.height, h, (role) => `bar-${role}`));
        return;
      }
      for (let t = frame.first; t <= frame.last; t++) {
        const r = turnRepetition(t);
        if (r === null || r <= 0) continue;
        const [x0, x1] = frame.band(t);
        const h = Math.min(1, r) * (this.height - 4);
        const rect = svgEl('rect', { x: x0 + 0.5, y: top + this.height - h, width: barWidth(x0, x1), height: h, class: `bar-${model.turns[t].role}`, 'fill-opacity': 0.75 });
        rect.append(turnTitle(model, t, `${Math.round(r * 100)}% of its word trigrams used before by this speaker`));
        g.append(rect);
      }
    },
  };
}

function tokensRow(f: PlotFrame): Row | null {
  const points: [number, number][] = [];
  let max = 0;
  for (let t = f.first; t <= f.last; t++) {
    const v = turnCumulativeTokens(t);
    if (v === null) continue;
    const [, x1] = f.band(t);
    points.push([x1, v]);
    max = Math.max(max, v);
  }
  if (points.length === 0 || max === 0) return null;
  return {
    key: 'tokens',
    label: 'Tokens so far',
    height: 34,
    draw(g, top, frame) {
      rowLabel(g, frame, top, this.height, 'Tokens so far (est.)', `≈ ${fmt.format(Math.round(max))}`);
      const y = (v: number) => top + this.height - 2 - (v / max) * (this.height - 6);
      const d = polylinePath(points, (p) => p[0], (p) => y(p[1]));
      if (d) g.append(svgEl('path', { d, fill: 'none', stroke: '#1d2330', 'stroke-width': 1.5 }));
      const last = points[points.length - 1];
      g.append(svgEl('circle', { cx: last[0], cy: y(last[1]), r: 2.5, fill: '#1d2330' }));
    },
  };
}

export interface StatsStripView {
  svg(): SVGSVGElement | null;
}

export function createStatsStrip(host: HTMLElement, state: ViewState): StatsStripView {
  host.classList.add('turn-stats');
  let svg: SVGSVGElement | null = null;
  let frame: PlotFrame | null = null;
  let lastWidth = 0;
  let hostWidth = 0;

  function render(): void {
    const model = state.model.value;
    if (!model || model.turns.length === 0) {
      host.replaceChildren();
      svg = null;
      return;
    }
    const width = Math.max(520, hostWidth || host.clientWidth);
    lastWidth = width;
    const f = makePlotFrame(model, state.measure.value, width, state.zoom.value);
    frame = f;
    F = model.figures;
    const rows = [wordsRow(model, f), questionsRow(model, f), reflectionsRow(model, f), repetitionRow(model, f), tokensRow(f)].filter(
      (r): r is Row => r !== null,
    );
    const gap = 10;
    const height = 22 + rows.reduce((sum, r) => sum + r.height + gap, 0);
    const root = svgEl('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'feltline-turn-stats',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-label': `Turn statistics: ${rows.map((r) => r.label.toLowerCase()).join(', ')} for each turn, on the same axis as the timeline. The tables below give the figures.`,
    });
    root.append(svgEl('style', {}, chartCss()));
    const defs = svgEl('defs');
    const hatch = svgEl('pattern', { id: 'hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    hatch.append(svgEl('rect', { width: 5, height: 5, fill: '#fff' }), svgEl('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: '#9aa1ad', 'stroke-width': 2 }));
    defs.append(hatch);
    root.append(defs, svgEl('rect', { width, height, fill: '#fff' }));
    root.append(svgEl('text', { x: 8, y: 12, dy: '0.35em', class: 'group-label' }, 'Turn statistics'));
    let top = 22;
    for (const row of rows) {
      const g = svgEl('g', { class: `row row-${row.key}` });
      root.append(g);
      row.draw(g, top, f, model);
      top += row.height + gap;
    }
    shade = svgEl('g', { 'pointer-events': 'none' });
    root.append(shade);
    svg = root;
    host.replaceChildren(root);
    placeShade();
  }

  let shade: SVGGElement | null = null;
  function placeShade(): void {
    if (!shade || !frame || !svg) return;
    shade.replaceChildren();
    const range = state.range.value;
    if (!range) return;
    const f = frame;
    const h = Number(svg.getAttribute('height'));
    const x0 = f.band(Math.max(f.first, Math.min(f.last, range.first)))[0];
    const x1 = f.band(Math.min(f.last, Math.max(f.first, range.last)))[1];
    if (x0 > f.left) shade.append(svgEl('rect', { x: f.left, y: 20, width: x0 - f.left, height: h - 20, fill: '#fff', 'fill-opacity': 0.62 }));
    if (x1 < f.right) shade.append(svgEl('rect', { x: x1, y: 20, width: f.right - x1, height: h - 20, fill: '#fff', 'fill-opacity': 0.62 }));
  }

  host.addEventListener('click', (event) => {
    const turn = (event.target as Element).closest?.('[data-turn]')?.getAttribute('data-turn');
    if (turn !== null && turn !== undefined) state.shownTurn.set({ turn: Number(turn) });
  });

  const rerender = () => queueRender(render);
  state.model.watch(rerender);
  state.measure.watch(rerender);
  state.zoom.watch(rerender);
  state.range.watch(placeShade);
  new ResizeObserver((entries) => {
    hostWidth = Math.round(entries[entries.length - 1].contentRect.width);
    if (Math.abs(Math.max(520, hostWidth) - lastWidth) > 4 && state.model.value) rerender();
  }).observe(host);
  return { svg: () => svg };
}
