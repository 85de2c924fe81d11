/**
 * Colours of the map. Holder colours are from Paul Tol's colour-blind-safe
 * "bright" scheme (https://personal.sron.nl/~pault/), chosen so that the three
 * holders stay distinct under deuteranopia, protanopia and tritanopia.
 */
export const PALETTE = {
  background: '#cfe3ef',
  land: '#f4f1ea',
  landFocus: '#fbfaf6',
  countryLabel: '#6d6a63',
  border: '#5b5750',
  water: '#9cc7e0',
  waterLine: '#6fa8cc',
} as const;
