// Colours, from the Okabe–Ito palette (safe for the common colour-vision
// deficiencies). Speakers are told apart by colour and shape together, so no
// view depends on colour alone.
import type { Role } from '../analysis/feltline-types';

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

export const ROLE_COLOURS: Record<Role, string> = {
  client: OKABE_ITO.vermillion,
  therapist: OKABE_ITO.blue,
  other: OKABE_ITO.bluishGreen,
  unknown: '#7a7f8a',
};
