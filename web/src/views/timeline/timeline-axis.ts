// Along the x of the timeline: who holds each turn (a ribbon in the speaker's
// colour), the axis in the chosen measure, and rows of glyphs under it for
// turns that are not plain speech: stage notes, cut-off turns, generation
// errors, quoted (role-played) speech.
import { axisBottom } from 'd3-axis';
import { ticks } from 'd3-array';
import { select } from 'd3-selection';
import type { FlagKind, Role } from '../../analysis/feltline-types';
import type { SessionModel } from '../../model/session-model';
import { ROLE_COLOURS } from '../palette';
import { svgEl } from '../svg-dom';
import { formatClock, type PlotFrame } from './plot-frame';

export type AxisFlag = FlagKind;
export const FLAG_ORDER: AxisFlag[] = ['generation_error', 'truncated', 'meta_note', 'quoted'];
const FLAG_ROW_LABELS: Record<AxisFlag, string> = {
  generation_error: 'Generation error',
  truncated: 'Cut off',
  meta_note: 'Stage notes',
  quoted: 'Quoted speech',
};
export const RIBBON_HEIGHT = 10;
const DENSE_FLAG_COLOURS: Record<AxisFlag, string> = {
  generation_error: '#b59f00',
  truncated: '#1d2330',
  meta_note: '#9aa1ad',
  quoted: '#5b6475',
};
export const AXIS_HEIGHT = 24;
export const FLAG_ROW = 15;

/** A small glyph for a flag, centred on 0,0. */
export function flagGlyph(flag: AxisFlag): SVGElement {
  switch (flag) {
    case 'generation_error': {
      const g = svgEl('g');
      g.append(svgEl('path', { d: 'M0,-5.5L6,5L-6,5Z', class: 'flag-error' }));
      g.append(svgEl('path', { d: 'M0,-2V1.6M0,2.8V3.6', stroke: '#1d2330', 'stroke-width': 1.3 }));
      return g;
    }
    case 'truncated':
      return svgEl('path', { d: 'M-5,-4L-1.5,-4L-3.5,0L0,0L-2,4L5,4', class: 'flag-cut' });
    case 'meta_note': {
      const g = svgEl('g');
      g.append(svgEl('rect', { x: -4.5, y: -5, width: 9, height: 10, rx: 1.2, class: 'flag-note' }));
      g.append(svgEl('path', { d: 'M-2.5,-2H2.5M-2.5,0.5H2.5M-2.5,3H1', stroke: '#5b6475', 'stroke-width': 0.9 }));
      return g;
    }
    case 'quoted':
      return svgEl('path', { d: 'M-5,-3V2H5V-3', class: 'flag-cut' });
  }
}

export function flagsPresent(model: SessionModel): AxisFlag[] {
  const present = new Set<AxisFlag>();
  for (const turn of model.turns) for (const f of turn.flags) present.add(f.kind);
  return FLAG_ORDER.filter((f) => present.has(f));
}

/** The speaker ribbon across the top of the lanes. */
export function drawRibbon(parent: SVGGElement, model: SessionModel, frame: PlotFrame, y: number): void {
  const g = svgEl('g', { class: 'ribbon' });
  g.append(svgEl('text', { x: frame.left - 10, y: y + RIBBON_HEIGHT / 2, dy: '0.35em', 'text-anchor': 'end', class: 'group-label' }, 'Who speaks'));
  if (frame.last - frame.first + 1 > (frame.right - frame.left) / 2) {
    // Many turns: a pixel column each, in the colour of whoever said most words there.
    const columns = Math.ceil(frame.right - frame.left) + 1;
    const best = new Float64Array(columns).fill(-1);
    const roleOf: Role[] = new Array(columns);
    for (let t = frame.first; t <= frame.last; t++) {
      const [x0, x1] = frame.band(t);
      const c = Math.max(0, Math.min(columns - 1, Math.floor((x0 + x1) / 2 - frame.left)));
      const w = model.figures.words[t];
      if (w > best[c]) {
        best[c] = w;
        roleOf[c] = model.speakers[model.speakerOfTurn[t]].role;
      }
    }
    const byRole = new Map<Role, string[]>();
    for (let c = 0; c < columns; c++) {
      const role = roleOf[c];
      if (!role) continue;
      if (!byRole.has(role)) byRole.set(role, []);
      byRole.get(role)!.push(`M${frame.left + c},${y}h1v${RIBBON_HEIGHT}h-1Z`);
    }
    for (const [role, parts] of byRole) g.append(svgEl('path', { d: parts.join(''), fill: ROLE_COLOURS[role] }));
    parent.append(g);
    return;
  }
  for (let t = frame.first; t <= frame.last; t++) {
    const [x0, x1] = frame.band(t);
    const speaker = model.speakers[model.speakerOfTurn[t]];
    const rect = svgEl('rect', {
      x: x0,
      y,
      width: Math.max(0.5, x1 - x0 - (x1 - x0 > 3 ? 1 : 0)),
      height: RIBBON_HEIGHT,
      fill: ROLE_COLOURS[speaker.role],
    });
    rect.append(svgEl('title', {}, `Turn ${t + 1}: ${speaker.name} (${speaker.role})`));
    g.append(rect);
  }
  parent.append(g);
}

/** Tick positions and labels for the frame's measure. */
function turnTicks(frame: PlotFrame, model: SessionModel): { at: number[]; label: (v: number) => string } {
  const room = Math.max(2, Math.floor((frame.right - frame.left) / 46));
  if (frame.measure === 'turns') {
    const numbers = ticks(frame.first + 1, frame.last + 1, Math.min(room, frame.last - frame.first + 1))
      .filter((n) => Number.isInteger(n) && n >= frame.first + 1 && n <= frame.last + 1);
    if (numbers.length === 0) numbers.push(frame.first + 1);
    // At the centre of each turn's band.
    return { at: numbers.map((n) => n - 0.5), label: (v) => String(Math.round(v + 0.5)) };
  }
  const [d0, d1] = frame.x.domain();
  const at = ticks(d0, d1, room);
  if (frame.measure === 'time') return { at, label: formatClock };
  void model;
  return { at, label: (v) => (v >= 1000 ? `${+(v / 1000).toFixed(1)}k` : String(v)) };
}

export function drawAxis(parent: SVGGElement, model: SessionModel, frame: PlotFrame, y: number, caption: string): void {
  const { at, label } = turnTicks(frame, model);
  const g = svgEl('g', { class: 'axis', transform: `translate(0,${y})` });
  parent.append(g);
  select(g).call(
    axisBottom(frame.x)
      .tickValues(at)
      .tickFormat((v) => label(Number(v)))
      .tickSizeOuter(0),
  );
  g.append(svgEl('text', { x: frame.left - 10, y: 9, dy: '0.35em', 'text-anchor': 'end', class: 'group-label' }, caption));
}

/** Glyph rows under the axis; returns the height used. */
export function drawFlagRows(parent: SVGGElement, model: SessionModel, frame: PlotFrame, y: number, flags: AxisFlag[]): number {
  const g = svgEl('g', { class: 'flags' });
  flags.forEach((flag, row) => {
    const cy = y + row * FLAG_ROW + FLAG_ROW / 2;
    g.append(svgEl('text', { x: frame.left - 10, y: cy, dy: '0.35em', 'text-anchor': 'end', class: 'lane-label muted' }, FLAG_ROW_LABELS[flag]));
    if (frame.last - frame.first + 1 > (frame.right - frame.left) / 4) {
      // Many turns: a tick per flagged turn, all in one path.
      const columns = new Set<number>();
      for (let t = frame.first; t <= frame.last; t++) {
        if (!model.turns[t].flags.some((f) => f.kind === flag)) continue;
        const [x0, x1] = frame.band(t);
        columns.add(Math.round((x0 + x1) / 2));
      }
      const d = [...columns].map((x) => `M${x},${cy - 5}v10`).join('');
      g.append(svgEl('path', { d, stroke: DENSE_FLAG_COLOURS[flag], 'stroke-width': 1.5, fill: 'none', 'data-flag': flag }));
      return;
    }
    for (let t = frame.first; t <= frame.last; t++) {
      if (!model.turns[t].flags.some((f) => f.kind === flag)) continue;
      const [x0, x1] = frame.band(t);
      const glyph = flagGlyph(flag);
      glyph.setAttribute('transform', `translate(${(x0 + x1) / 2},${cy})`);
      glyph.setAttribute('data-testid', 'flag-glyph');
      glyph.setAttribute('data-flag', flag);
      glyph.setAttribute('data-turn', String(t));
      glyph.append(svgEl('title', {}, `Turn ${t + 1}: ${FLAG_ROW_LABELS[flag].toLowerCase()}`));
      g.append(glyph);
    }
  });
  parent.append(g);
  return flags.length * FLAG_ROW;
}
