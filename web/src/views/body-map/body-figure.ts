// The drawing of the body: a front view in a 200 × 400 box (the person faces
// the viewer, so their left is on the right), made of a silhouette and, on
// top, one shape per body region the core names. Regions that are not one
// place are drawn as what they are: breath as air leaving the mouth, skin as
// the outline of the body, the whole body as a glow around it; the back is
// shaded on a small back view.

/** The silhouette, in pieces that overlap (drawn in one colour they read as one figure). */
export const SILHOUETTE: string[] = [
  // head
  'M100,11C112,11 121,21 121,37C121,52 113,65 100,65C87,65 79,52 79,37C79,21 88,11 100,11Z',
  // neck
  'M90,56L90,81L110,81L110,56Z',
  // torso with shoulders
  mirror(
    'M100,78L91,78C86,85 74,86 62,89C53,92 49,100 50,110C51,118 58,122 66,124C68,140 70,160 72,180C72,192 68,204 67,216C66,224 70,232 78,238L100,240',
  ),
  // arms
  'M52,100C44,106 42,120 42,136L38,176C36,196 36,214 38,230L52,230C54,212 56,196 58,180L64,126Z',
  flipX('M52,100C44,106 42,120 42,136L38,176C36,196 36,214 38,230L52,230C54,212 56,196 58,180L64,126Z'),
  // hands
  'M38,227C33,238 31,252 35,262C38,270 47,272 51,265C54,256 54,242 52,227Z',
  flipX('M38,227C33,238 31,252 35,262C38,270 47,272 51,265C54,256 54,242 52,227Z'),
  // legs
  'M67,212C64,240 66,270 70,300C72,330 76,352 80,373L94,373C95,350 96,330 96,300C97,272 99,252 100,238L100,214Z',
  flipX('M67,212C64,240 66,270 70,300C72,330 76,352 80,373L94,373C95,350 96,330 96,300C97,272 99,252 100,238L100,214Z'),
  // feet
  'M80,370L94,370C96,378 97,386 93,390C87,395 74,395 71,390C69,385 75,378 80,370Z',
  flipX('M80,370L94,370C96,378 97,386 93,390C87,395 74,395 71,390C69,385 75,378 80,370Z'),
];

export type Side = 'left' | 'right';

export interface RegionShape {
  region: string;
  /** Paths of the region on the front view (several for paired parts). */
  paths: string[];
  /** Where a label's leader line points, and on which side the label goes. */
  anchor: [number, number];
  side: Side;
  /** Drawn as a stroke (breath) rather than a filled area. */
  stroke?: boolean;
  /** Lies on another region (eyes on the face, heart on the chest): drawn as an outline when not mentioned. */
  inner?: boolean;
}

const FACE = 'M100,25C109,25 115,33 115,43C115,54 108,62 100,62C92,62 85,54 85,43C85,33 91,25 100,25Z';
const ARM = 'M49,112C44,118 43,128 43,138L39,177C37,196 37,212 39,226L51,226C53,210 55,196 57,180L62,128C60,120 56,114 49,112Z';
const HAND = 'M39,229C34,239 33,252 36,261C39,268 46,269 49,264C52,256 52,243 51,229Z';
const LEG = 'M69,222C67,246 68,272 71,300C73,328 77,350 81,369L93,369C94,348 95,328 95,300C96,274 98,254 99,240C92,236 80,232 69,222Z';
const FOOT = 'M81,372L93,372C95,379 95,385 92,388C87,392 76,392 73,388C72,384 76,379 81,372Z';
const SHOULDER = 'M61,90C53,93 49,100 50,109C51,115 54,118 58,120C60,110 66,101 77,95C72,92 67,90 61,90Z';

export const REGION_SHAPES: RegionShape[] = [
  // The head around the face (an even-odd ring), then the face.
  { region: 'head', paths: [SILHOUETTE[0] + FACE], anchor: [90, 16], side: 'left' },
  { region: 'face', paths: [FACE], anchor: [87, 45], side: 'left' },
  {
    region: 'eyes',
    paths: ['M88,39C90,36 95,36 97,39C95,41.5 90,41.5 88,39Z', 'M103,39C105,36 110,36 112,39C110,41.5 105,41.5 103,39Z'],
    anchor: [110, 39],
    side: 'right',
    inner: true,
  },
  { region: 'jaw', paths: ['M86,50C87,59 93,65 100,65.5C107,65 113,59 114,50C110,57 105,59.5 100,59.5C95,59.5 90,57 86,50Z'], anchor: [111, 58], side: 'right', inner: true },
  { region: 'neck', paths: ['M91,63L91,80C94,83 106,83 109,80L109,63C106,66 94,66 91,63Z'], anchor: [108, 74], side: 'right' },
  { region: 'throat', paths: ['M100,66C103,66 104.5,69 104.5,73C104.5,77 103,80 100,80C97,80 95.5,77 95.5,73C95.5,69 97,66 100,66Z'], anchor: [97, 73], side: 'left', inner: true },
  { region: 'shoulders', paths: [SHOULDER, flipX(SHOULDER)], anchor: [143, 100], side: 'right' },
  {
    region: 'chest',
    paths: ['M71,97C85,92 115,92 129,97C132,111 132,130 130,146C117,152 83,152 70,146C68,130 68,111 71,97Z'],
    anchor: [78, 120],
    side: 'left',
  },
  {
    region: 'heart',
    paths: ['M113,126C107,121 102,117 102,112.5C102,109.5 104.5,107.5 107.3,107.5C109.5,107.5 111.5,108.8 113,111C114.5,108.8 116.5,107.5 118.7,107.5C121.5,107.5 124,109.5 124,112.5C124,117 119,121 113,126Z'],
    anchor: [122, 115],
    side: 'right',
    inner: true,
  },
  {
    region: 'stomach',
    paths: ['M71,153C84,159 116,159 129,153C129,171 128,191 127,206C114,214 86,214 73,206C72,191 71,171 71,153Z'],
    anchor: [80, 182],
    side: 'left',
  },
  { region: 'arms', paths: [ARM, flipX(ARM)], anchor: [43, 160], side: 'left' },
  { region: 'hands', paths: [HAND, flipX(HAND)], anchor: [40, 252], side: 'left' },
  { region: 'legs', paths: [LEG, flipX(LEG)], anchor: [72, 300], side: 'left' },
  { region: 'feet', paths: [FOOT, flipX(FOOT)], anchor: [76, 386], side: 'left' },
  {
    region: 'breath',
    // Air leaving the mouth, as three small waves.
    paths: ['M124,51q4,-3 8,0t8,0', 'M125,57q4.5,-3 9,0t9,0t6,0', 'M124,63q4,-3 8,0t8,0'],
    anchor: [150, 57],
    side: 'right',
    stroke: true,
  },
];

/** The back, on the back view (the same silhouette). */
export const BACK_SHAPE = 'M62,92C80,86 120,86 138,92C135,120 131,160 129,200C128,210 127,216 126,222C110,228 90,228 74,222C73,216 72,210 71,200C69,160 65,120 62,92Z';
export const SPINE = 'M100,84L100,222';

/** Where labels for skin and the whole body point. */
export const SKIN_ANCHOR: [number, number] = [66, 232];
export const WHOLE_BODY_ANCHOR: [number, number] = [150, 200];

/** A path given for the figure's right side (viewer's left), mirrored to the other side. */
function flipX(path: string): string {
  return path.replace(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g, (_, x: string, y: string) => `${+(200 - Number(x)).toFixed(2)},${y}`);
}

/** An open outline of the left half from the top centre to the bottom centre, closed through its mirror image. */
function mirror(halfPath: string): string {
  const points = [...halfPath.matchAll(/([MLC])([^MLCZ]*)/g)].map(([, cmd, args]) => ({
    cmd,
    pts: args.trim().split(/\s+/).map((p) => p.split(',').map(Number) as [number, number]),
  }));
  // Walk the half backwards with mirrored x to come back up the other side.
  const back: string[] = [];
  for (let i = points.length - 1; i > 0; i--) {
    const seg = points[i];
    const prevEnd = points[i - 1].pts[points[i - 1].pts.length - 1];
    const m = (p: [number, number]) => `${+(200 - p[0]).toFixed(2)},${p[1]}`;
    if (seg.cmd === 'C') back.push(`C${m(seg.pts[1])} ${m(seg.pts[0])} ${m(prevEnd)}`);
    else back.push(`L${m(prevEnd)}`);
  }
  return `${halfPath}${back.join('')}Z`;
}
