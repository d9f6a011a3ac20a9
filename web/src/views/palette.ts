// Colours, from the Okabe–Ito palette (safe for the common colour-vision
// deficiencies). Speakers are told apart by colour and shape together, so no
// view depends on colour alone.
import type { MentionKind, Role } from '../analysis/feltline-types';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const INK = '#1d2330';
export const MUTED = '#5b6475';
export const RULE = '#d9dde5';
export const PAPER = '#ffffff';

export const ROLE_COLOURS: Record<Role, string> = {
  client: OKABE_ITO.vermillion,
  therapist: OKABE_ITO.blue,
  other: OKABE_ITO.bluishGreen,
  unknown: '#7a7f8a',
};

/** Pale tints for highlighting words by kind in the transcript. */
export const KIND_TINTS: Record<MentionKind, string> = {
  emotion: '#fbe3a6', // from orange
  sensation: '#bfe8d9', // from bluish green
  analytic: '#f0d3e3', // from reddish purple
  rating: '#cfe8f8', // from sky blue
  custom: '#f6f1a8', // from yellow
};

/** Stronger versions of the tints for the underline of a highlight. */
export const KIND_LINES: Record<MentionKind, string> = {
  emotion: OKABE_ITO.orange,
  sensation: OKABE_ITO.bluishGreen,
  analytic: OKABE_ITO.reddishPurple,
  rating: OKABE_ITO.skyBlue,
  custom: '#b8a800',
};
