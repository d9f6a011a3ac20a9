// How a mention is drawn: the shape says who (circle: client, diamond:
// therapist, triangle: other, square: unknown speaker), the colour repeats it,
// a hollow shape with a slash is a denied ("not anxious") mention, a dashed
// hollow shape an imagined one ("if I…, I'd feel"). Paths are centred on 0,0.
import type { Mention, Role } from '../../analysis/feltline-types';
import { ROLE_COLOURS } from '../palette';

const R = 4.6;
const n = (v: number) => +v.toFixed(2);

/** Each shape centred on (x, y), as absolute path data. */
const SHAPES: Record<Role, (x: number, y: number) => string> = {
  client: (x, y) => `M${n(x + R)},${n(y)}A${R},${R} 0 1 1 ${n(x - R)},${n(y)}A${R},${R} 0 1 1 ${n(x + R)},${n(y)}Z`,
  therapist: (x, y) => `M${n(x)},${n(y - R * 1.25)}L${n(x + R * 1.25)},${n(y)}L${n(x)},${n(y + R * 1.25)}L${n(x - R * 1.25)},${n(y)}Z`,
  other: (x, y) => `M${n(x)},${n(y - R * 1.2)}L${n(x + R * 1.15)},${n(y + R * 0.9)}L${n(x - R * 1.15)},${n(y + R * 0.9)}Z`,
  unknown: (x, y) => `M${n(x - R * 0.9)},${n(y - R * 0.9)}H${n(x + R * 0.9)}V${n(y + R * 0.9)}H${n(x - R * 0.9)}Z`,
};

const slash = (x: number, y: number) => `M${n(x - R * 1.35)},${n(y + R * 1.35)}L${n(x + R * 1.35)},${n(y - R * 1.35)}`;

export type MarkStyle = 'plain' | 'negated' | 'hypothetical' | 'negated-hypothetical';

/**
 * A mention inside a question is drawn as said: the core counts it as asserted
 * ("How strong was the anxiety?" presupposes it); "What would you feel?" is
 * also hypothetical and drawn so.
 */
export function markStyle(m: Pick<Mention, 'negated' | 'hypothetical'>): MarkStyle {
  if (m.negated && m.hypothetical) return 'negated-hypothetical';
  if (m.negated) return 'negated';
  if (m.hypothetical) return 'hypothetical';
  return 'plain';
}

/** The path of a mark centred on (x, y); negated ones carry a slash through the shape. */
function markPathAt(role: Role, style: MarkStyle, x: number, y: number): string {
  const shape = (SHAPES[role] ?? SHAPES.unknown)(x, y);
  return style === 'negated' || style === 'negated-hypothetical' ? shape + slash(x, y) : shape;
}

/** The path of a mark centred on 0,0. */
export function markPath(role: Role, style: MarkStyle): string {
  return markPathAt(role, style, 0, 0);
}

/** CSS for marks, written into each chart's SVG so exports look the same. */
export function markCss(): string {
  const rules = (Object.keys(ROLE_COLOURS) as Role[]).map(
    (role) => `.mark.r-${role}{fill:${ROLE_COLOURS[role]};stroke:${ROLE_COLOURS[role]}}`,
  );
  return [
    ...rules,
    '.mark{stroke-width:1.3;stroke-linejoin:round}',
    '.mark.plain{stroke:#fff;stroke-width:0.9}',
    '.mark.negated,.mark.hypothetical,.mark.negated-hypothetical{fill:#fff;stroke-width:1.6}',
    '.mark.hypothetical,.mark.negated-hypothetical{stroke-dasharray:2.2 1.6}',
    '.mark.quoted{opacity:0.55}',
  ].join('\n');
}

/** A small standalone SVG of a mark, for legends. */
export function markSwatch(role: Role, style: MarkStyle, label: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '-7 -7 14 14');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', markPath(role, style));
  const colour = ROLE_COLOURS[role];
  const hollow = style !== 'plain';
  path.setAttribute('fill', hollow ? '#fff' : colour);
  path.setAttribute('stroke', hollow ? colour : '#fff');
  path.setAttribute('stroke-width', hollow ? '1.6' : '0.9');
  if (style === 'hypothetical' || style === 'negated-hypothetical') path.setAttribute('stroke-dasharray', '2.2 1.6');
  svg.append(path);
  return svg;
}
