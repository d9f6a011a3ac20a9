// Many marks (thousands, from long sessions or corpora) are painted on a
// canvas laid over the timeline's SVG instead of being SVG elements: the page
// stays quick to lay out and paint. Each look a mark can have (speaker role ×
// denied/imagined × quoted: a few dozen at most) is drawn once, at the
// screen's pixel ratio, into a small sprite canvas; painting a mark is then
// one drawImage of its sprite, which is what makes 100,000 marks cheap (the
// shapes' anti-aliased fills and dashed strokes are rasterised once, not per
// mark). A grid index finds the mark under the pointer; a single focusable
// stand-in carries the keyboard focus and the accessible name of the current
// mark; exports still get one SVG element per mark (timeline-view.ts adds
// them to the exported copy).
import type { Role } from '../../analysis/feltline-types';
import type { MentionRef } from '../../model/session-model';
import { ROLE_COLOURS } from '../palette';
import { markPath, markStyle, type MarkStyle } from './mark-shapes';

export interface PlacedMark {
  ref: MentionRef;
  x: number;
  y: number;
}

const CELL = 8;
/** Painting stops for the next slice after this long, so no task runs long. */
const FRAME_BUDGET_MS = 10;
/** Sprites are SPRITE × SPRITE CSS pixels, the mark's centre in the middle. */
const SPRITE = 20;

export class CanvasMarks {
  readonly canvas = document.createElement('canvas');
  private grid = new Map<number, PlacedMark[]>();
  private sprites = new Map<string, CanvasImageSource>();
  private spriteRatio = 0;

  constructor() {
    this.canvas.className = 'marks-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
  }

  private generation = 0;

  /**
   * Paints the marks, as many per task as fit in a few milliseconds, each
   * slice run by `schedule` (by default in the next animation frame); the
   * canvas covers `width` × `height` CSS pixels at the SVG's origin.
   */
  draw(marks: PlacedMark[], width: number, height: number, schedule: (slice: () => void) => void = requestAnimationFrame): Promise<void> {
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
    if (dpr !== this.spriteRatio) {
      this.sprites.clear();
      this.spriteRatio = dpr;
    }
    return new Promise((resolve) => {
      let i = 0;
      const slice = () => {
        if (gen !== this.generation) return resolve();
        const until = performance.now() + FRAME_BUDGET_MS;
        // Check the clock every 256 marks: reading it costs more than a mark.
        while (i < marks.length) {
          const end = Math.min(marks.length, i + 256);
          for (; i < end; i++) this.paint(ctx, marks[i], dpr);
          if (performance.now() > until) break;
        }
        if (i < marks.length) schedule(slice);
        else resolve();
      };
      schedule(slice);
    });
  }

  private paint(ctx: CanvasRenderingContext2D, mark: PlacedMark, dpr: number): void {
    const m = mark.ref.mention;
    const sprite = this.sprite(m.role, markStyle(m), m.quoted, dpr);
    // Whole device pixels: the sprite stays as crisp as it was drawn.
    ctx.drawImage(sprite, Math.round((mark.x - SPRITE / 2) * dpr), Math.round((mark.y - SPRITE / 2) * dpr));
  }

  /** The mark's look drawn once, centred in a SPRITE-pixel square (as the SVG marks: mark-shapes.ts). */
  private sprite(role: Role, style: MarkStyle, quoted: boolean, dpr: number): CanvasImageSource {
    const key = `${role}|${style}|${quoted}`;
    const cached = this.sprites.get(key);
    if (cached) return cached;
    const side = Math.ceil(SPRITE * dpr);
    // An ImageBitmap where there is OffscreenCanvas: drawn from, it is about
    // a fifth quicker than a canvas element (measured in headless Chromium).
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(side, side) : Object.assign(document.createElement('canvas'), { width: side, height: side });
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
    ctx.setTransform(dpr, 0, 0, dpr, (SPRITE / 2) * dpr, (SPRITE / 2) * dpr);
    ctx.lineJoin = 'round';
    const path = new Path2D(markPath(role, style));
    const colour = ROLE_COLOURS[role] ?? ROLE_COLOURS.unknown;
    ctx.globalAlpha = quoted ? 0.55 : 1;
    const plain = style === 'plain';
    ctx.fillStyle = plain ? colour : '#fff';
    ctx.fill(path);
    ctx.strokeStyle = plain ? '#fff' : colour;
    ctx.lineWidth = plain ? 0.9 : 1.6;
    ctx.setLineDash(style === 'hypothetical' || style === 'negated-hypothetical' ? [2.2, 1.6] : []);
    ctx.stroke(path);
    const sprite = canvas instanceof HTMLCanvasElement ? canvas : (canvas as OffscreenCanvas).transferToImageBitmap();
    this.sprites.set(key, sprite);
    return sprite;
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
