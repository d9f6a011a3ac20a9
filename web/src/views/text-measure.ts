// Text widths for chart layout without asking the page to lay itself out
// (which, with thousands of marks on it, is slow): a canvas measures the
// chart font directly.
import { CHART_FONT } from './chart-style';

let context: CanvasRenderingContext2D | null = null;

export function textWidth(text: string, sizePx = 11, weight = 400): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * sizePx * 0.54;
  context.font = `${weight} ${sizePx}px ${CHART_FONT}`;
  return context.measureText(text).width;
}
