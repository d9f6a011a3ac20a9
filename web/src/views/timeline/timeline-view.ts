// The timeline: one mark per emotion, sensation, analytic and custom mention
// along the session, in lanes by emotion category and body region, with the
// self-ratings chart, a speaker ribbon, the axis and flagged turns. Brushing a
// range of turns selects them for the other views; clicking (or Enter on) a
// mark picks it, which scrolls the transcript to its words.
import { brushX, type BrushBehavior } from 'd3-brush';
import { select } from 'd3-selection';
import type { Role } from '../../analysis/feltline-types';
import type { MentionRef, SessionModel } from '../../model/session-model';
import { isShown } from '../../state/filters';
import type { TurnRange } from '../../state/selection';
import type { ViewState } from '../../state/view-state';
import { queueRender, rendersSettled } from '../../state/render-queue';
import { chartCss } from '../chart-style';
import { svgEl } from '../svg-dom';
import { createTooltip } from './mention-tooltip';
import { makePlotFrame, MEASURE_LABELS, type PlotFrame } from './plot-frame';
import { drawRatings, ratingPointElement, type RatingPoint } from './rating-lane';
import { AXIS_HEIGHT, drawAxis, drawFlagRows, drawRibbon, flagsPresent, RIBBON_HEIGHT } from './timeline-axis';
import { attachMarkKeyboard } from './timeline-keyboard';
import { GROUP_HEADER, LANE_HEIGHT, layoutLanes, type LaneLayout } from './timeline-lanes';
import { drawLegend } from './timeline-legend';
import { markElement, mentionX, placeMarks, type MarkDatum } from './timeline-marks';
import { CanvasMarks } from './canvas-marks';
import { markPath, markStyle } from './mark-shapes';
import { mentionAccessibleName } from '../../model/mention-description';

/** Marks created per task when there are many, so the page never stalls. */
const MARKS_PER_TASK = 600;
/** Beyond this many marks they are painted on a canvas (canvas-marks.ts). */
export const SVG_MARK_LIMIT = 2500;

export interface TimelineView {
  /** The chart as drawn, with every mark as an SVG element (for export). */
  svg(): SVGSVGElement | null;
  /** Resolves when every mark of the current drawing is in the page. */
  drawn(): Promise<void>;
}

export function createTimeline(host: HTMLElement, state: ViewState): TimelineView {
  host.classList.add('timeline');
  const tooltip = createTooltip(host);
  let svg: SVGSVGElement | null = null;
  let frame: PlotFrame | null = null;
  let generation = 0;
  let drawnPromise: Promise<void> = Promise.resolve();
  let marks: MarkDatum[] = [];
  const elementOf = new Map<number, SVGElement>();
  let brush: BrushBehavior<unknown> | null = null;
  let brushGroup: SVGGElement | null = null;
  let shade: SVGGElement | null = null;
  let ringLayer: SVGGElement | null = null;
  const canvasMarks = new CanvasMarks();
  /** The render queue's key for this timeline's second task (placing and drawing the marks). */
  const placeAndDrawKey = {};
  let canvasMode = false;
  let proxy: SVGPathElement | null = null;
  const datumOf = new Map<number, MarkDatum>();
  let lastWidth = 0;
  /** The host's width, kept by a ResizeObserver so drawing never forces a layout. */
  let hostWidth = 0;

  const keyboard = attachMarkKeyboard({
    marks: () => marks,
    elementOf: (id) => elementOf.get(id) ?? moveProxy(id),
    onFocus: (ref, el) => {
      const model = state.model.value;
      if (model) tooltip.show(ref, model, el.getBoundingClientRect());
    },
    onBlur: () => tooltip.hide(),
    onActivate: (ref) => state.picked.set(ref.id),
  });

  function render(): void {
    const gen = ++generation;
    tooltip.hide();
    elementOf.clear();
    const model = state.model.value;
    if (!model || model.turns.length === 0) {
      host.replaceChildren(host.querySelector('.mark-tooltip')!);
      svg = null;
      frame = null;
      marks = [];
      return;
    }
    const width = Math.max(520, hostWidth || host.clientWidth);
    lastWidth = width;
    const filters = state.filters.value;
    const f = makePlotFrame(model, state.measure.value, width, state.zoom.value);
    frame = f;
    const inView = (ref: MentionRef) => ref.turn >= f.first && ref.turn <= f.last && isShown(ref, filters);
    const shownRefs = model.mentions.filter(inView);
    const shownIds = new Set(shownRefs.map((r) => r.id));

    // The key first: its height depends on the width.
    const flags = flagsPresent(model);
    const legend = svgEl('g');
    const legendHeight = drawLegend(legend, rolesPresent(model), flags, 8, width - 8, shownRefs.some((r) => r.mention.quoted));
    const ribbonY = legendHeight + 8;
    const lanesTop = ribbonY + RIBBON_HEIGHT + 6;
    const lanes = layoutLanes(model, filters, (id) => shownIds.has(id), lanesTop);
    const axisY = lanes.height + 6;
    const height = axisY + AXIS_HEIGHT + flags.length * 15 + 6;

    const root = svgEl('svg', {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'feltline-timeline',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'group',
      'aria-label': `Timeline of ${shownRefs.length} mentions over ${f.last - f.first + 1} turns. Use the arrow keys to move between marks and Enter to show one in the transcript.`,
    });
    root.append(svgEl('style', {}, chartCss()));
    root.append(svgEl('rect', { width, height, fill: '#fff' }));
    root.append(legend);
    drawRibbon(asGroup(root), model, f, ribbonY);
    drawLanes(asGroup(root), lanes, f);
    const ratingRefs = shownRefs.filter((r) => r.mention.kind === 'rating');
    const nonRating = shownRefs.filter((r) => r.mention.kind !== 'rating');
    // Filled with the marks (below): the ratings chart sits between the lanes and the axis.
    const ratingGroup = lanes.ratingTop !== null ? asGroup(root) : null;
    drawAxis(asGroup(root), model, f, axisY, MEASURE_LABELS[f.measure]);
    drawFlagRows(asGroup(root), model, f, axisY + AXIS_HEIGHT, flags);

    // Brush over the lanes; the marks above it take the pointer.
    brushGroup = svgEl('g', { class: 'brush' });
    root.append(brushGroup);
    brush = brushX()
      .extent([[f.left, ribbonY], [f.right, axisY]])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (!event.sourceEvent) return;
        if (!event.selection) return state.range.set(null);
        const [x0, x1] = event.selection;
        const first = f.turnAt(x0);
        const last = Math.max(first, f.turnAt(Math.max(x0, x1 - 0.5)));
        state.range.set({ first, last });
        placeBrush(state.range.value);
      });
    select(brushGroup).call(brush as BrushBehavior<unknown>);
    shade = svgEl('g', { class: 'range-shade', 'pointer-events': 'none' });
    root.append(shade);

    const markLayer = svgEl('g', { class: 'marks' });
    root.append(markLayer);
    ringLayer = svgEl('g', { class: 'picked', 'pointer-events': 'none' });
    root.append(ringLayer);
    root.dataset.ribbonY = String(ribbonY);
    svg = root;
    host.replaceChildren(root, host.querySelector('.mark-tooltip') ?? document.createElement('div'));
    placeBrush(state.range.value);
    placeShade();
    marks = [];
    datumOf.clear();
    host.dataset.state = 'drawing';

    // The marks: with the chart for a small session (one layout and paint),
    // in the next task for a large one, so that neither task runs long.
    const drawMarks = () => {
      if (gen !== generation) return;
      marksDrawn(gen, model, f, lanes, ratingGroup, nonRating, ratingRefs, markLayer, width, height);
    };
    if (nonRating.length + ratingRefs.length <= MARKS_PER_TASK) drawMarks();
    else queueRender(drawMarks, placeAndDrawKey, 'first');
  }

  /** Places the marks, draws the ratings and paints (or adds) the marks; sets drawnPromise. */
  function marksDrawn(
    gen: number,
    model: SessionModel,
    f: PlotFrame,
    lanes: LaneLayout,
    ratingGroup: SVGGElement | null,
    nonRating: MentionRef[],
    ratingRefs: MentionRef[],
    markLayer: SVGGElement,
    width: number,
    height: number,
  ): void {
    const placed = placeMarks(nonRating, model, f, lanes);
    canvasMode = placed.length + ratingRefs.length > SVG_MARK_LIMIT;
    let ratingPoints: RatingPoint[] = [];
    if (ratingGroup && lanes.ratingTop !== null) {
      ratingPoints = drawRatings(ratingGroup, f, lanes.ratingTop, ratingRefs, (r) => mentionX(r, model, f), !canvasMode);
      for (const p of ratingPoints) if (p.element) elementOf.set(p.ref.id, p.element);
    }
    const all: { ref: MentionRef; x: number; y: number }[] = [...placed, ...ratingPoints];
    all.sort((a, b) => a.x - b.x || a.y - b.y);
    marks = all;
    datumOf.clear();
    for (const d of all) datumOf.set(d.ref.id, d);
    host.dataset.mode = canvasMode ? 'canvas' : 'svg';
    proxy = null;
    let painted = Promise.resolve();
    if (canvasMode) {
      // Painted while out of the page and put in once finished: a canvas in the
      // page is copied to the screen again after every slice (40-55 ms a frame
      // for a 1 MB session's canvas in this headless Chromium, software compositing).
      painted = canvasMarks.draw([...placed, ...ratingPoints], width, height, (slice) => queueRender(slice, canvasMarks, 'first')).then(() => {
        if (gen === generation) host.append(canvasMarks.canvas);
      });
      // The one focusable stand-in for the painted marks.
      proxy = svgEl('path', { class: 'mark focus-proxy', 'data-testid': 'timeline-focus', role: 'button', tabindex: -1 });
      markLayer.append(proxy);
    }
    drawnPromise = (canvasMode ? painted : appendMarks(gen, markLayer, model)).then(() => {
      if (gen !== generation) return;
      host.dataset.state = 'drawn';
      host.dataset.marks = String(nonRating.length);
      keyboard.reset();
      placePicked();
      performance.mark('feltline:timeline-drawn');
      host.dispatchEvent(new CustomEvent('timeline-drawn', { bubbles: true }));
    });
  }

  /** Adds the marks, a slice per task (before the other views draw) when there are many. */
  function appendMarks(gen: number, layer: SVGGElement, model: SessionModel): Promise<void> {
    const todo = marks.filter((d) => !elementOf.has(d.ref.id));
    return new Promise((resolve) => {
      let i = 0;
      const step = () => {
        if (gen !== generation) return resolve();
        const fragment = document.createDocumentFragment();
        const end = Math.min(todo.length, i + MARKS_PER_TASK);
        for (; i < end; i++) {
          const el = markElement(todo[i], model);
          elementOf.set(todo[i].ref.id, el);
          fragment.append(el);
        }
        layer.append(fragment);
        if (i < todo.length) queueRender(step, appendMarks, 'first');
        else resolve();
      };
      // A few hundred marks go in with the rest of the chart (one style and
      // layout pass, not two); more in the tasks after it.
      if (todo.length <= MARKS_PER_TASK) step();
      else queueRender(step, appendMarks, 'first');
    });
  }

  /** Canvas mode: puts the focus stand-in on mark `id` and gives it the mark's name. */
  function moveProxy(id: number): SVGElement | undefined {
    const d = datumOf.get(id);
    const model = state.model.value;
    if (!proxy || !d || !model) return undefined;
    const m = d.ref.mention;
    proxy.setAttribute('d', markPath(m.role, markStyle(m)));
    proxy.setAttribute('class', `mark focus-proxy r-${m.role} ${markStyle(m)}`);
    proxy.setAttribute('transform', `translate(${d.x.toFixed(1)},${d.y.toFixed(1)}) scale(1.4)`);
    proxy.setAttribute('data-id', String(id));
    proxy.setAttribute('aria-label', mentionAccessibleName(d.ref, model));
    return proxy;
  }

  /** Canvas mode: the painted mark under a pointer event, if any. */
  function markAt(event: PointerEvent | MouseEvent): MarkDatum | null {
    if (!canvasMode || !svg) return null;
    const box = svg.getBoundingClientRect();
    return canvasMarks.hit(event.clientX - box.left, event.clientY - box.top);
  }

  function placeBrush(range: TurnRange | null): void {
    if (!brush || !brushGroup || !frame) return;
    const f = frame;
    const clamp = range && range.last >= f.first && range.first <= f.last;
    const px: [number, number] | null = clamp
      ? [f.band(Math.max(range!.first, f.first))[0], f.band(Math.min(range!.last, f.last))[1]]
      : null;
    select(brushGroup).call(brush.move as never, px);
  }

  /** Dims the turns outside the selected range. */
  function placeShade(): void {
    if (!shade || !frame || !svg) return;
    shade.replaceChildren();
    const range = state.range.value;
    if (!range) return;
    const f = frame;
    const top = Number(svg.dataset.ribbonY ?? 0);
    const bottom = Number(svg.getAttribute('height'));
    const x0 = f.band(Math.max(f.first, Math.min(f.last, range.first)))[0];
    const x1 = f.band(Math.min(f.last, Math.max(f.first, range.last)))[1];
    if (x0 > f.left) shade.append(svgEl('rect', { x: f.left, y: top, width: x0 - f.left, height: bottom - top, fill: '#fff', 'fill-opacity': 0.62 }));
    if (x1 < f.right) shade.append(svgEl('rect', { x: x1, y: top, width: f.right - x1, height: bottom - top, fill: '#fff', 'fill-opacity': 0.62 }));
  }

  function placePicked(): void {
    if (!ringLayer) return;
    ringLayer.replaceChildren();
    const id = state.picked.value;
    const d = id === null ? undefined : marks.find((m) => m.ref.id === id);
    if (d) ringLayer.append(svgEl('circle', { cx: d.x, cy: d.y, r: 9, class: 'picked-ring' }));
  }

  // Canvas mode: hover and click find the painted mark; a click on one does not start a brush.
  host.addEventListener('pointermove', (event) => {
    if (!canvasMode) return;
    const d = markAt(event);
    const model = state.model.value;
    host.classList.toggle('over-mark', !!d);
    if (!d || !model || !svg) return tooltip.hide();
    const box = svg.getBoundingClientRect();
    tooltip.show(d.ref, model, new DOMRect(box.left + d.x - 5, box.top + d.y - 5, 10, 10));
  });
  host.addEventListener(
    'pointerdown',
    (event) => {
      const d = markAt(event);
      if (!d) return;
      event.stopPropagation();
      event.preventDefault();
      keyboard.focusId(d.ref.id);
      state.picked.set(d.ref.id);
    },
    true,
  );

  // Pointer: one set of listeners for all marks.
  host.addEventListener('pointerover', (event) => {
    const el = (event.target as Element).closest?.('[data-id]');
    const model = state.model.value;
    if (!el || !model || !host.contains(el)) return;
    const ref = model.mentions[Number(el.getAttribute('data-id'))];
    if (ref) tooltip.show(ref, model, el.getBoundingClientRect());
  });
  host.addEventListener('pointerout', (event) => {
    if ((event.target as Element).closest?.('[data-id]')) tooltip.hide();
  });
  host.addEventListener('click', (event) => {
    const el = (event.target as Element).closest?.('[data-id]');
    if (!el) return;
    const id = Number(el.getAttribute('data-id'));
    keyboard.focusId(id);
    state.picked.set(id);
  });
  host.addEventListener('keydown', keyboard.onKeyDown);
  host.addEventListener('focusin', keyboard.onFocusIn);
  host.addEventListener('focusout', keyboard.onFocusOut);

  const rerender = () => {
    host.dataset.state = 'queued';
    queueRender(render, render, 'first');
  };
  state.model.watch(rerender);
  state.filters.watch(rerender);
  state.measure.watch(rerender);
  state.zoom.watch(rerender);
  state.range.watch((range) => {
    placeBrush(range);
    placeShade();
  });
  state.picked.watch(placePicked);
  new ResizeObserver((entries) => {
    hostWidth = Math.round(entries[entries.length - 1].contentRect.width);
    if (Math.abs(Math.max(520, hostWidth) - lastWidth) > 4 && state.model.value) rerender();
  }).observe(host);

  /** The drawing with every mark as an element: the live SVG, or in canvas mode a copy with the marks added. */
  function exportable(): SVGSVGElement | null {
    const model = state.model.value;
    if (!svg || !canvasMode || !model) return svg;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const layer = copy.querySelector('g.marks');
    copy.querySelector('.focus-proxy')?.remove();
    for (const d of marks) if (d.ref.mention.kind !== 'rating') layer?.append(markElement(d, model));
    const ratings = copy.querySelector('g.ratings');
    for (const d of marks) if (d.ref.mention.kind === 'rating') ratings?.append(ratingPointElement(d));
    return copy;
  }

  return {
    svg: exportable,
    // After the queued drawing (if any), every mark of it.
    drawn: () => rendersSettled().then(() => drawnPromise),
  };
}

function asGroup(root: SVGSVGElement): SVGGElement {
  const g = svgEl('g');
  root.append(g);
  return g;
}

function rolesPresent(model: SessionModel): Role[] {
  const present = new Set(model.turns.map((t) => t.role));
  return (['client', 'therapist', 'other', 'unknown'] as Role[]).filter((r) => present.has(r));
}

function drawLanes(parent: SVGGElement, lanes: LaneLayout, f: PlotFrame): void {
  for (const group of lanes.groups) {
    const g = svgEl('g', { class: 'lane-group', 'data-kind': group.kind });
    g.append(svgEl('line', { x1: 8, x2: f.right, y1: group.y + 2, y2: group.y + 2, class: 'rule' }));
    g.append(svgEl('text', { x: 8, y: group.y + GROUP_HEADER / 2 + 3, dy: '0.35em', class: 'group-label' }, group.label));
    group.lanes.forEach((lane, i) => {
      if (i % 2 === 0) {
        g.append(svgEl('rect', { x: f.left, y: lane.y - LANE_HEIGHT / 2, width: f.right - f.left, height: LANE_HEIGHT, class: 'lane-stripe' }));
      }
      g.append(svgEl('text', { x: f.left - 34, y: lane.y, dy: '0.35em', 'text-anchor': 'end', class: 'lane-label' }, lane.label));
      g.append(svgEl('text', { x: f.left - 10, y: lane.y, dy: '0.35em', 'text-anchor': 'end', class: 'lane-count' }, String(lane.count)));
    });
    parent.append(g);
  }
}
