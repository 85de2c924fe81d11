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
  river: '#6fa8cf',
  riverLabel: '#2f5f86',
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

/**
 * The second cue for the holders, so that they are not told by colour alone: land held by the Armenian side is
 * hatched, land under the peacekeepers dotted, Azerbaijani-held land plain. The marks are dark enough to stand at
 * 3 : 1 or more against every holder fill and the land, also under simulated colour-vision deficiencies
 * (tests/unit/palette.test.ts; the figures are in the README).
 */
export const HOLDER_MARKS: Partial<Record<Holder, { kind: 'hatch' | 'dots'; colour: string }>> = {
  armenian: { kind: 'hatch', colour: '#7f1f2c' },
  peacekeepers: { kind: 'dots', colour: '#574b00' },
};

/**
 * The uncertainty cue: a cell whose state on the day shown rests on a change that one side announced and the other did
 * not confirm, or that is disputed, is hatched the other way (\\) in a strong shade of its holder's colour, over the
 * holder's own fill and mark. Settlement dots use the same shades.
 */
export const UNSURE_MARKS: Record<Holder, { kind: 'back'; colour: string }> = {
  armenian: { kind: 'back', colour: '#a3283a' },
  azerbaijani: { kind: 'back', colour: '#24507c' },
  peacekeepers: { kind: 'back', colour: '#6b5f00' },
};

/**
 * The pattern images, as style images: each holder's mark and each holder's unsure hatch. `createMap` adds them; the
 * cells' pattern layers (atlas_layers.ts) draw them, one layer each, named `zone-<id>`.
 */
export const PATTERN_IMAGES: { id: string; holder: Holder; unsure: boolean; kind: MarkKind; colour: string }[] = [
  ...(Object.entries(HOLDER_MARKS) as [Holder, { kind: MarkKind; colour: string }][]).map(([holder, mark]) => ({
    id: `mark-${holder}`,
    holder,
    unsure: false,
    ...mark,
  })),
  ...(Object.entries(UNSURE_MARKS) as [Holder, { kind: MarkKind; colour: string }][]).map(([holder, mark]) => ({
    id: `unsure-${holder}`,
    holder,
    unsure: true,
    ...mark,
  })),
];

/** Settlement dots: the holder of the settlement's cell on the day shown, in a dark shade, ringed in white. */
export const PLACE_DOT_COLOURS: Record<Holder, string> = {
  armenian: UNSURE_MARKS.armenian.colour,
  azerbaijani: UNSURE_MARKS.azerbaijani.colour,
  peacekeepers: UNSURE_MARKS.peacekeepers.colour,
};

/** The dot of a place outside the eight units, whose holder the atlas does not map. */
export const PLACE_OUTSIDE_COLOUR = '#555555';

/** Size of a pattern tile, in CSS pixels (the images are made at the device's pixel ratio). */
export const MARK_TILE = 10;
/** The uncertainty hatch is wider spaced, so it reads as a different rhythm from the holders' marks. */
export const UNSURE_TILE = 14;

export type MarkKind = 'hatch' | 'dots' | 'back';

/**
 * The RGBA pixels of a pattern tile (transparent between the marks, drawn over the fill): a 45° hatch line (`hatch`: /,
 * `back`: \\), 1.2 tile-pixels wide, or a dot of radius 1.4, in `colour`. Pure, so the tests can measure it.
 */
export function markPixels(
  kind: MarkKind,
  colour: string,
  ratio = 1,
  tile = kind === 'back' ? UNSURE_TILE : MARK_TILE,
): { width: number; height: number; data: Uint8Array } {
  const size = Math.round(tile * ratio);
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexRgb(colour);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Distance (in tile pixels) to the mark: the anti-diagonal x + y = size or the diagonal x = y (wrapping), or the
      // tile's centre.
      const px = (x + 0.5) / ratio;
      const py = (y + 0.5) / ratio;
      let d: number;
      if (kind === 'dots') d = Math.hypot(px - tile / 2, py - tile / 2);
      else {
        const t = (kind === 'hatch' ? px + py : px - py + tile) % tile;
        d = Math.min(t, tile - t) / Math.SQRT2;
      }
      const half = kind === 'dots' ? 1.4 : 0.6;
      const a = Math.max(0, Math.min(1, half + 0.5 - d));
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = Math.round(a * 255);
    }
  return { width: size, height: size, data };
}

export function hexRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
