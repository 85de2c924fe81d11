/** The shaded relief (geo/lib/relief.ts) on small fixture grids, and the committed image against its bounds. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import {
  RELIEF,
  reliefImage,
  hillshade,
  resample,
  rowLatitudes,
  columnLongitudes,
  mercatorY,
  latitudeOfMercatorY,
  mercatorHeight,
  encodePng,
  type NodeGrid,
} from '../../geo/lib/relief.ts';
import { BASEMAP_BBOX } from '../../geo/lib/basemap.ts';
import { GEO_DIR } from '../../geo/lib/build_all.ts';
import { readGeo } from './committed.ts';

const STEP = 1 / 12;
/** A fixture grid of n × n nodes of 5′ whose north-west node is at 46°E 40°N. */
const grid = (n: number, height: (r: number, c: number) => number): NodeGrid => ({
  lon0: 46,
  lat0: 40,
  step: STEP,
  z: Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => height(r, c))),
});
/** The grid's nodes as an image bbox [W, S, E, N]. */
const bboxOf = (g: NodeGrid): [number, number, number, number] => {
  const span = (g.z.length - 1) * g.step;
  return [g.lon0, g.lat0 - span, g.lon0 + span, g.lat0];
};
const image = (g: NodeGrid, width = 48, height = 48) =>
  reliefImage(g, { bbox: bboxOf(g), width, height, light: RELIEF.light, shading: RELIEF.shading });
const pixel = (rgba: Uint8Array, width: number, x: number, y: number) => [...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
const SHADE = [...RELIEF.shading.shade];
const LIGHT = [...RELIEF.shading.light];

describe('hillshade', () => {
  it('leaves flat ground fully transparent', () => {
    const { rgba } = image(grid(7, () => 1500));
    for (let i = 3; i < rgba.length; i += 4) expect(rgba[i]).toBe(0);
  });

  // A crest from south-west to north-east: one face turned to the north-west, the other to the south-east.
  const ridge = grid(13, (r, c) => 2000 - 150 * Math.abs(r + c - 12));

  it('lights the face turned to the north-west and shades the face turned to the south-east', () => {
    const diff = hillshade(ridge, RELIEF.light);
    expect(diff[3]![3]).toBeGreaterThan(0);
    expect(diff[9]![9]).toBeLessThan(0);
    const { rgba } = image(ridge);
    const nw = pixel(rgba, 48, 10, 10);
    const se = pixel(rgba, 48, 37, 37);
    expect(nw.slice(0, 3)).toEqual(LIGHT);
    expect(se.slice(0, 3)).toEqual(SHADE);
    expect(nw[3]).toBeGreaterThan(0);
    expect(se[3]).toBeGreaterThan(0);
  });

  it('keeps every alpha at or under the cap', () => {
    const steep = grid(13, (r, c) => 4000 - 1500 * Math.abs(r + c - 12));
    const { rgba } = image(steep);
    const cap = Math.round(255 * RELIEF.shading.maxAlpha);
    let top = 0;
    for (let i = 3; i < rgba.length; i += 4) top = Math.max(top, rgba[i]!);
    expect(top).toBe(cap);
  });

  it('measures a slope over the ground distance: the same rise shades less where the nodes are farther apart', () => {
    // An east-facing slope: the node spacing east–west shrinks with cos(latitude), so the slope is steeper further north.
    const slope = (lat0: number) => hillshade({ ...grid(5, (_, c) => 1000 - 100 * c), lat0 }, RELIEF.light)[2]![2]!;
    expect(slope(60)).toBeLessThan(slope(10));
    expect(slope(10)).toBeLessThan(0);
  });
});

describe('pixel grid', () => {
  it('spaces pixel rows evenly in Web Mercator y: the middle row lies at the Mercator midpoint, not the midpoint in latitude', () => {
    const lats = rowLatitudes(60, 0, 5);
    const mid = latitudeOfMercatorY((mercatorY(60) + mercatorY(0)) / 2);
    expect(lats[2]).toBeCloseTo(mid, 9);
    expect(Math.abs(lats[2]! - 30)).toBeGreaterThan(5);
    const ys = lats.map(mercatorY);
    for (let i = 1; i < ys.length; i++) expect(ys[i - 1]! - ys[i]!).toBeCloseTo(ys[0]! - ys[1]!, 12);
  });

  it('puts pixel centres half a pixel inside the image edges', () => {
    expect(columnLongitudes(40, 50, 10)[0]).toBeCloseTo(40.5, 12);
    expect(rowLatitudes(41.7, 37.6, 256)[0]).toBeLessThan(41.7);
    expect(mercatorY(41.7) - mercatorY(rowLatitudes(41.7, 37.6, 256)[0]!)).toBeCloseTo((mercatorY(41.7) - mercatorY(37.6)) / 512, 12);
  });

  it('resamples bilinearly: node values at the nodes, the mean of four nodes between them', () => {
    const g = grid(2, (r, c) => [10, 20, 30, 40][r * 2 + c]!);
    const [w, s, e, n] = bboxOf(g);
    expect([...resample(g, [w, e], [n, s])]).toEqual([10, 20, 30, 40]);
    expect(resample(g, [(w + e) / 2], [(n + s) / 2])[0]).toBeCloseTo(25, 9);
  });
});

describe('PNG', () => {
  it('encodes the same bytes twice and decodes back to its pixels', () => {
    const { rgba, png } = image(
      grid(13, (r, c) => 2000 - 150 * Math.abs(r + c - 12)),
      20,
      12,
    );
    expect(encodePng(20, 12, rgba).equals(png)).toBe(true);
    const back = PNG.sync.read(png);
    expect([back.width, back.height]).toEqual([20, 12]);
    expect(back.data.equals(Buffer.from(rgba))).toBe(true);
  });

  it('committed relief.png fits relief.json: its size, its corners on the basemap bbox, under 60 KB', () => {
    const meta = readGeo('derived/relief.json');
    const bytes = readFileSync(join(GEO_DIR, 'derived/relief.png'));
    const png = PNG.sync.read(bytes);
    const [w, s, e, n] = BASEMAP_BBOX;
    expect([png.width, png.height]).toEqual([meta.width, meta.height]);
    expect(meta.height).toBe(mercatorHeight(BASEMAP_BBOX, meta.width));
    expect(meta.coordinates).toEqual([
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ]);
    expect(bytes.length).toBeLessThan(60 * 1024);
    let top = 0;
    for (let i = 3; i < png.data.length; i += 4) top = Math.max(top, png.data[i]!);
    expect(top).toBeLessThanOrEqual(Math.round(255 * 0.45));
  });
});
