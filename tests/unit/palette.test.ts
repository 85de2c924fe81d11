/**
 * Holders not told by colour alone (issue #20): each holder's pattern marks stand at 3 : 1 or more against every fill
 * next to them and the land, with normal vision and under simulated protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear RGB); the pattern tiles are what they claim.
 * The figures printed here are the README's.
 */
import { describe, it, expect } from 'vitest';
import {
  HOLDER_COLOURS,
  HOLDER_MARKS,
  PALETTE,
  PLACE_DOT_COLOURS,
  UNSURE_MARKS,
  hexRgb,
  markPixels,
  MARK_TILE,
} from '../../src/map/palette.ts';
import { HOLDERS } from '../../src/model/vocabulary.ts';

type M = [number, number, number][];
const VISION: Record<string, M | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** WCAG relative luminance of a colour as seen with `vision`. */
function luminance(hex: string, vision: M | null): number {
  let rgb = hexRgb(hex).map((v) => linear(v / 255)) as [number, number, number];
  if (vision)
    rgb = vision.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))) as [number, number, number];
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}
const contrast = (a: string, b: string, vision: M | null) => {
  const [x, y] = [luminance(a, vision), luminance(b, vision)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

/** What each mark must stand out from: every holder fill (its own and its neighbours') and the land. */
const BACKGROUNDS: Record<string, string> = { ...HOLDER_COLOURS, land: PALETTE.land };

describe('the holders are not told by colour alone', () => {
  it('every holder but one has a pattern, and no two holders look the same', () => {
    const cues = HOLDERS.map((h) => HOLDER_MARKS[h]?.kind ?? 'plain');
    expect(new Set(cues).size).toBe(HOLDERS.length);
  });

  it('the marks reach 3 : 1 against every fill and the land, under each kind of vision', () => {
    const rows: string[] = [];
    for (const [vision, m] of Object.entries(VISION))
      for (const [holder, mark] of Object.entries(HOLDER_MARKS)) {
        const ratios = Object.entries(BACKGROUNDS).map(([bg, hex]) => [bg, contrast(mark.colour, hex, m)] as const);
        rows.push(`${vision} ${holder} ${mark.kind}: ${ratios.map(([bg, r]) => `${bg} ${r.toFixed(2)}`).join(', ')}`);
        for (const [bg, r] of ratios) expect(r, `${vision}: ${holder}'s ${mark.kind} against ${bg}`).toBeGreaterThanOrEqual(3);
      }
    console.log(rows.join('\n'));
  });

  it('prints the fills against each other and the land (figures for the README)', () => {
    const names = Object.keys(BACKGROUNDS);
    const rows: string[] = [];
    for (const [vision, m] of Object.entries(VISION)) {
      const pairs: string[] = [];
      for (let i = 0; i < names.length; i++)
        for (let j = i + 1; j < names.length; j++)
          pairs.push(`${names[i]}/${names[j]} ${contrast(BACKGROUNDS[names[i]!]!, BACKGROUNDS[names[j]!]!, m).toFixed(2)}`);
      rows.push(`${vision}: ${pairs.join(', ')}`);
    }
    // The district outline bounds the region: it stands at 3 : 1 against the land and every fill.
    for (const hex of Object.values(BACKGROUNDS)) expect(contrast(PALETTE.district, hex, null)).toBeGreaterThanOrEqual(3);
    console.log(rows.join('\n'));
  });

  it('the pattern tiles cover about a sixth (hatch) and a twentieth (dots) of the tile, and repeat without seams', () => {
    for (const ratio of [1, 2]) {
      const hatch = markPixels('hatch', '#000000', ratio);
      const dots = markPixels('dots', '#000000', ratio);
      const cover = (t: { data: Uint8Array }) =>
        t.data.filter((_, i) => i % 4 === 3).reduce((s, a) => s + a / 255, 0) / (t.data.length / 4);
      expect(hatch.width).toBe(MARK_TILE * ratio);
      expect(cover(hatch)).toBeGreaterThan(0.12);
      expect(cover(hatch)).toBeLessThan(0.25);
      expect(cover(dots)).toBeGreaterThan(0.03);
      expect(cover(dots)).toBeLessThan(0.1);
      // A 45° line: the alpha at (x, y) equals the alpha at (y, x), and the tile's left column continues its right one.
      const a = (x: number, y: number) => hatch.data[(y * hatch.width + x) * 4 + 3]!;
      const n = hatch.width;
      for (let y = 0; y < n; y++) {
        for (let x = 0; x < n; x++) expect(a(x, y)).toBe(a(y, x));
        expect(a(0, y)).toBe(a(n - 1, (y + 1) % n));
      }
    }
  });
});

describe('the uncertainty hatch and the settlement dots (issue #17)', () => {
  it("the hatch of an unconfirmed state reaches 3.3 : 1 against its holder's fill, under each kind of vision", () => {
    const rows: string[] = [];
    for (const [vision, m] of Object.entries(VISION))
      for (const h of HOLDERS) {
        const r = contrast(UNSURE_MARKS[h].colour, HOLDER_COLOURS[h], m);
        rows.push(`${vision} ${h}: ${r.toFixed(2)}`);
        expect(r, `${vision}: unsure hatch on ${h}`).toBeGreaterThanOrEqual(3.3);
      }
    console.log(rows.join('\n'));
  });

  it("the hatch runs the other way from the Armenian side's, with a wider spacing", () => {
    const back = markPixels('back', '#000000');
    const hatch = markPixels('hatch', '#000000');
    const at = (t: { width: number; data: Uint8Array }, x: number, y: number) => t.data[(y * t.width + x) * 4 + 3]!;
    // The back hatch is dark on its diagonal x = y and clear on the anti-diagonal's middle; the hatch the other way.
    expect(at(back, 3, 3)).toBeGreaterThan(200);
    expect(at(back, 3, back.width - 4)).toBe(0);
    expect(at(hatch, 4, hatch.width - 5)).toBeGreaterThan(200);
    expect(back.width).toBeGreaterThan(hatch.width);
  });

  it("a settlement dot stands at 3 : 1 or more against its own holder's fill, under each kind of vision", () => {
    for (const m of Object.values(VISION))
      for (const h of HOLDERS) expect(contrast(PLACE_DOT_COLOURS[h], HOLDER_COLOURS[h], m), h).toBeGreaterThanOrEqual(3);
  });
});
