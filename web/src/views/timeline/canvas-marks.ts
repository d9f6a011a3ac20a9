// Many marks (thousands, from long sessions or corpora) are painted on a
// canvas laid over the timeline's SVG instead of being SVG elements: the page
// stays quick to lay out and paint. A grid index finds the mark under the
// pointer; a single focusable stand-in carries the keyboard focus and the
// accessible name of the current mark; exports still get one SVG element per
// mark (timeline-view.ts adds them to the exported copy).
import type { Role } from '../../analysis/feltline-types';
import type { MentionRef } from '../../model/session-model';
import { ROLE_COLOURS } from '../palette';
import { markPathAt, markStyle, type MarkStyle } from './mark-shapes';

export interface PlacedMark {
  ref: MentionRef;
  x: number;
  y: number;
}

const CELL = 8;
const MARKS_PER_SLICE = 1500;

export class CanvasMarks {
  readonly canvas = document.createElement('canvas');
  private grid = new Map<number, PlacedMark[]>();

  constructor() {
    this.canvas.className = 'marks-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  private generation = 0;

  /**
   * Paints the marks, a slice per animation frame; the canvas covers
   * `width` × `height` CSS pixels at the SVG's origin. Marks of one look are
   * gathered into one path, so each slice is a handful of draw calls.
   */
  draw(marks: PlacedMark[], width: number, height: number): Promise<void> {
    const gen = ++this.generation;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.grid.clear();
    for (const mark of marks) {
      const cell = this.cellOf(mark.x, mark.y);
      let list = this.grid.get(cell);
      if (!list) this.grid.set(cell, (list = []));
      list.push(mark);
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return Promise.resolve();
    return new Promise((resolve) => {
      let i = 0;
      const slice = () => {
        if (gen !== this.generation) return resolve();
        const end = Math.min(marks.length, i + MARKS_PER_SLICE);
        this.paint(ctx, marks.slice(i, end), dpr);
        i = end;
        if (i < marks.length) requestAnimationFrame(slice);
        else resolve();
      };
      requestAnimationFrame(slice);
    });
  }

  private paint(ctx: CanvasRenderingContext2D, marks: PlacedMark[], dpr: number): void {
    const groups = new Map<string, { role: Role; style: MarkStyle; quoted: boolean; parts: string[] }>();
    for (const mark of marks) {
      const m = mark.ref.mention;
      const style = markStyle(m);
      const key = `${m.role}|${style}|${m.quoted}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { role: m.role, style, quoted: m.quoted, parts: [] }));
      group.parts.push(markPathAt(m.role, style, mark.x, mark.y));
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.lineJoin = 'round';
    for (const g of groups.values()) {
      const path = new Path2D(g.parts.join(''));
      const colour = ROLE_COLOURS[g.role] ?? ROLE_COLOURS.unknown;
      ctx.globalAlpha = g.quoted ? 0.55 : 1;
      const plain = g.style === 'plain';
      ctx.fillStyle = plain ? colour : '#fff';
      ctx.fill(path);
      ctx.strokeStyle = plain ? '#fff' : colour;
      ctx.lineWidth = plain ? 0.9 : 1.6;
      ctx.setLineDash(g.style === 'hypothetical' || g.style === 'negated-hypothetical' ? [2.2, 1.6] : []);
      ctx.stroke(path);
    }
    ctx.globalAlpha = 1;
  }

  /** The mark nearest to (x, y) within `radius` CSS pixels, or null. */
  hit(x: number, y: number, radius = 6): PlacedMark | null {
    let best: PlacedMark | null = null;
    let bestD = radius * radius;
    const cx = Math.floor(x / CELL);
    const cy = Math.floor(y / CELL);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const m of this.grid.get(i * 100003 + j) ?? []) {
          const d = (m.x - x) ** 2 + (m.y - y) ** 2;
          if (d <= bestD) {
            bestD = d;
            best = m;
          }
        }
      }
    }
    return best;
  }

  private cellOf(x: number, y: number): number {
    return Math.floor(x / CELL) * 100003 + Math.floor(y / CELL);
  }
}
