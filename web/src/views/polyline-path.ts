// Path data for a straight-segment line through points, built with d3-path
// (what d3-shape's line() with its default linear curve does, without
// bundling the rest of d3-shape: its single-file build keeps every curve
// factory in the page's script, 11 KB for one function).
import { pathRound } from 'd3-path';

/** "M x0,y0 L x1,y1 …" through the points in order (coordinates to 0.001 px), or null for none. */
export function polylinePath<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number): string | null {
  if (points.length === 0) return null;
  const path = pathRound(3);
  points.forEach((p, i) => (i === 0 ? path.moveTo(x(p), y(p)) : path.lineTo(x(p), y(p))));
  return path.toString();
}
