import type { Holder } from '../model/vocabulary.ts';

/**
 * Colours of the map. Holder colours are from Paul Tol's colour-blind-safe
 * "bright" scheme (https://personal.sron.nl/~pault/): red, blue and yellow stay
 * distinct under deuteranopia, protanopia and tritanopia.
 */
export const PALETTE = {
  background: '#cfe3ef',
  land: '#f4f1ea',
  countryLabel: '#6d6a63',
  border: '#5b5750',
  water: '#9cc7e0',
  district: '#3d3a35',
  line1994: '#222222',
  line2020: '#7a1f5c',
  road: '#5a3d00',
  peacekeeping: '#8a7a00',
} as const;

/** Tol "bright" red, blue and yellow, each mixed 55 % over the land colour so zones stay opaque (no seams) yet light enough for labels. */
export const HOLDER_COLOURS: Record<Holder, string> = {
  armenian: '#f1a5ab',
  azerbaijani: '#93aec7',
  peacekeepers: '#ded38f',
};

/** Compare mode: zones coloured by what changed between the two days (Tol "bright" at full strength). */
export const TRANSITION_COLOURS: Record<string, string> = {
  same: '#e4e2dc',
  'armenian>azerbaijani': '#4477aa',
  'azerbaijani>armenian': '#ee6677',
  'armenian>peacekeepers': '#ccbb44',
  'peacekeepers>azerbaijani': '#228833',
  'azerbaijani>peacekeepers': '#aa3377',
  'peacekeepers>armenian': '#66ccee',
};
