/**
 * Shaded relief for the basemap, from the ETOPO5 extract (geo/sources/upstream/etopo5-caucasus.json): small pure
 * functions, composed by `reliefImage` and called by the build (lib/build_all.ts).
 *
 * 1. `hillshade`: the light each grid node gets from a sun in the north-west (azimuth 315°, altitude 45°), from the
 *    slope of the ground between its neighbours (Horn's 3 × 3 gradient) over the real ground distance between nodes
 *    (5′ of latitude ≈ 9.3 km; 5′ of longitude ≈ 9.3 km × cos φ), with the heights exaggerated. Returned as the
 *    difference from the light on flat ground: negative in shade, positive on slopes turned to the sun, 0 on the flat.
 * 2. `resample`: bilinear interpolation of a node grid onto the pixel centres of the image. MapLibre places an
 *    `image` source by its four corners and maps it linearly in Web Mercator, so the pixel rows are evenly spaced in
 *    Mercator y (`rowLatitudes`), not in latitude; the columns are evenly spaced in longitude.
 * 3. `toRgba`: greys only, no hypsometric tint: shade is a dark grey-blue, light is white, and the alpha carries the
 *    strength (0 on the flat, so the map's land colour shows through; at most `maxAlpha`).
 * 4. `encodePng`: RGBA to PNG with pngjs, with fixed options (deterministic for a given zlib).
 */
import { PNG } from 'pngjs';

/** A grid of node values: `z[r][c]` at `lon0 + c·step` °E, `lat0 − r·step` °N (rows north→south, columns west→east). */
export interface NodeGrid {
  lon0: number;
  lat0: number;
  step: number;
  z: number[][];
}

/** Mean Earth radius (m), for ground distances between nodes. */
export const EARTH_RADIUS_M = 6371008.8;
const RAD = Math.PI / 180;

/** Web Mercator y of a latitude, in radians of the equator (unitless). */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
/** The latitude of a Web Mercator y. */
export const latitudeOfMercatorY = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** Latitudes of the centres of `height` pixel rows between `north` and `south` (the image's edges), evenly spaced in Mercator y. */
export function rowLatitudes(north: number, south: number, height: number): number[] {
  const yn = mercatorY(north);
  const ys = mercatorY(south);
  return Array.from({ length: height }, (_, r) => latitudeOfMercatorY(yn + ((r + 0.5) / height) * (ys - yn)));
}

/** Longitudes of the centres of `width` pixel columns between `west` and `east` (the image's edges). */
export function columnLongitudes(west: number, east: number, width: number): number[] {
  return Array.from({ length: width }, (_, c) => west + ((c + 0.5) / width) * (east - west));
}

/** Image height that keeps pixels square in Web Mercator for an image `width` pixels wide over the bbox. */
export function mercatorHeight([w, s, e, n]: readonly number[], width: number): number {
  return Math.round((width * (mercatorY(n!) - mercatorY(s!))) / ((e! - w!) * RAD));
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Bilinear value of `grid` at each (lon, lat) pixel centre; row-major, `lats.length` rows of `lons.length`. Clamped at the grid's edges. */
export function resample(grid: NodeGrid, lons: number[], lats: number[]): Float64Array {
  const rows = grid.z.length;
  const cols = grid.z[0]!.length;
  const out = new Float64Array(lons.length * lats.length);
  // Fractional column of each longitude, computed once.
  const fc = lons.map((lon) => clamp((lon - grid.lon0) / grid.step, 0, cols - 1));
  lats.forEach((lat, pr) => {
    const fr = clamp((grid.lat0 - lat) / grid.step, 0, rows - 1);
    const r0 = Math.min(Math.floor(fr), Math.max(rows - 2, 0));
    const r1 = Math.min(r0 + 1, rows - 1);
    const ty = fr - r0;
    const a = grid.z[r0]!;
    const b = grid.z[r1]!;
    fc.forEach((x, pc) => {
      const c0 = Math.min(Math.floor(x), Math.max(cols - 2, 0));
      const c1 = Math.min(c0 + 1, cols - 1);
      const tx = x - c0;
      const top = a[c0]! + (a[c1]! - a[c0]!) * tx;
      const bottom = b[c0]! + (b[c1]! - b[c0]!) * tx;
      out[pr * lons.length + pc] = top + (bottom - top) * ty;
    });
  });
  return out;
}

export interface Light {
  /** Where the light comes from, in degrees clockwise from north (315: the north-west). */
  azimuth: number;
  /** Height of the light above the horizon, in degrees. */
  altitude: number;
  /** Factor on the heights before the slopes are taken. */
  exaggeration: number;
}

/**
 * Light on each node minus the light on flat ground (sin altitude): in [−1, 1], negative in shade, 0 on the flat.
 * Slopes by Horn's method (the 3 × 3 neighbours, the nearer ones weighted twice), over the ground distance between
 * nodes on a sphere; at the grid's edges the missing neighbours repeat the edge.
 */
export function hillshade(grid: NodeGrid, light: Light): number[][] {
  const { z, step } = grid;
  const rows = z.length;
  const cols = z[0]!.length;
  const at = (r: number, c: number) => z[clamp(r, 0, rows - 1)]![clamp(c, 0, cols - 1)]! * light.exaggeration;
  const alt = light.altitude * RAD;
  const az = light.azimuth * RAD;
  // Unit vector towards the light: x east, y north, z up.
  const lx = Math.sin(az) * Math.cos(alt);
  const ly = Math.cos(az) * Math.cos(alt);
  const lz = Math.sin(alt);
  const dy = step * RAD * EARTH_RADIUS_M;
  return z.map((row, r) => {
    const dx = dy * Math.cos((grid.lat0 - r * step) * RAD);
    return row.map((_, c) => {
      // Rise per metre eastward and northward (row r − 1 is to the north).
      const east =
        (at(r - 1, c + 1) + 2 * at(r, c + 1) + at(r + 1, c + 1) - at(r - 1, c - 1) - 2 * at(r, c - 1) - at(r + 1, c - 1)) / (8 * dx);
      const north =
        (at(r - 1, c - 1) + 2 * at(r - 1, c) + at(r - 1, c + 1) - at(r + 1, c - 1) - 2 * at(r + 1, c) - at(r + 1, c + 1)) / (8 * dy);
      // The surface normal is (−east, −north, 1), normalised.
      const lit = (-east * lx - north * ly + lz) / Math.hypot(east, north, 1);
      return lit - lz;
    });
  });
}

export interface Shading {
  /** Alpha per unit of light difference (alpha = min(maxAlpha, gain × |difference|)). */
  gain: number;
  /** Largest alpha, 0–1. */
  maxAlpha: number;
  /** Colours of shade and of light, as [r, g, b] 0–255. */
  shade: readonly [number, number, number];
  light: readonly [number, number, number];
}

/** RGBA bytes of the light differences: the shade colour where negative, the light colour where positive, alpha for the strength. */
export function toRgba(diff: ArrayLike<number>, shading: Shading): Uint8Array {
  const out = new Uint8Array(diff.length * 4);
  for (let i = 0; i < diff.length; i++) {
    const d = diff[i]!;
    const alpha = Math.round(255 * Math.min(shading.maxAlpha, shading.gain * Math.abs(d)));
    // Transparent pixels carry the shade colour, so edges blend towards it and the image compresses well.
    const [r, g, b] = alpha > 0 && d > 0 ? shading.light : shading.shade;
    out.set([r, g, b, alpha], i * 4);
  }
  return out;
}

/** PNG of RGBA bytes (8 bits per channel), with fixed filter and deflate settings. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const png = new PNG({ width, height, colorType: 6, inputColorType: 6, bitDepth: 8, inputHasAlpha: true });
  Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength).copy(png.data);
  return PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8, inputHasAlpha: true, deflateLevel: 9, deflateStrategy: 0 });
}

/** "#2b3440" → [43, 52, 64]. */
export const hexColour = (hex: string): [number, number, number] => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
};

export interface ReliefOptions {
  /** The image's edges [W, S, E, N] in degrees. */
  bbox: readonly [number, number, number, number];
  width: number;
  height: number;
  light: Light;
  shading: Shading;
}

/** The relief image: hillshade on the nodes, resampled bilinearly onto the pixel centres, coloured. */
export function reliefImage(grid: NodeGrid, o: ReliefOptions): { rgba: Uint8Array; png: Buffer } {
  const [w, s, e, n] = o.bbox;
  const diff = resample({ ...grid, z: hillshade(grid, o.light) }, columnLongitudes(w, e, o.width), rowLatitudes(n, s, o.height));
  const rgba = toRgba(diff, o.shading);
  return { rgba, png: encodePng(o.width, o.height, rgba) };
}

/**
 * The choices for the basemap's relief. Vertical exaggeration 10: the 5′ grid averages slopes over 7–9 km and ETOPO5
 * smooths the mountains further (its crests are 1,000–2,000 m low), so at 1× a 2,000 m range reads as a slope of a few
 * degrees and would barely shade. Gain 1.5 with alpha capped at 0.45: the steepest 3 % of the image reaches the cap,
 * and the control colours drawn over the relief with opacity stay readable.
 */
export const RELIEF = {
  /** About 4 pixels per 5′ node spacing east–west (66 spacings across the bbox); the height keeps pixels square in Mercator. */
  width: 264,
  light: { azimuth: 315, altitude: 45, exaggeration: 10 },
  shading: { gain: 1.5, maxAlpha: 0.45, shade: hexColour('#2b3440'), light: hexColour('#ffffff') },
} as const;

/** The ETOPO5 extract as geo:extract writes it (geo/sources/upstream/etopo5-caucasus.json). */
export interface EtopoExtract {
  lon0: number;
  lat0: number;
  step: number;
  step_arcmin: number;
  cols: number;
  rows: number;
  elevation_m: number[][];
}

/** Checks the extract's shape and that its nodes cover `bbox`; throws with what is wrong. */
export function gridOfExtract(x: EtopoExtract, bbox: readonly number[], label: string): NodeGrid {
  const z = x.elevation_m;
  if (
    !Array.isArray(z) ||
    z.length !== x.rows ||
    z.some((r) => !Array.isArray(r) || r.length !== x.cols || r.some((v) => !Number.isFinite(v)))
  )
    throw new Error(`${label}: elevation_m is not ${x.rows} rows of ${x.cols} numbers`);
  const [w, s, e, n] = bbox as [number, number, number, number];
  const eps = 1e-9;
  const east = x.lon0 + (x.cols - 1) * x.step;
  const south = x.lat0 - (x.rows - 1) * x.step;
  if (x.lon0 > w + eps || east < e - eps || x.lat0 < n - eps || south > s + eps)
    throw new Error(`${label}: its nodes span ${x.lon0}–${east}°E, ${south}–${x.lat0}°N, which does not cover the bbox ${bbox.join(',')}`);
  return { lon0: x.lon0, lat0: x.lat0, step: x.step, z };
}

export interface ReliefSource {
  source: string;
  licence: string;
  attribution: string;
}

/** relief.png and relief.json (where MapLibre puts the image, what it is made from, and how) for the extract. */
export function buildRelief(x: EtopoExtract, bbox: readonly [number, number, number, number], about: ReliefSource, label: string) {
  const grid = gridOfExtract(x, bbox, label);
  const width = RELIEF.width;
  const height = mercatorHeight(bbox, width);
  const { png } = reliefImage(grid, { bbox, width, height, light: RELIEF.light, shading: RELIEF.shading });
  const [w, s, e, n] = bbox;
  const kmPerDegree = (EARTH_RADIUS_M * RAD) / 1000;
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const midLat = (s + n) / 2;
  const meta = {
    image: 'relief.png',
    width,
    height,
    // The order of a MapLibre image source: top-left, top-right, bottom-right, bottom-left, each [lon, lat].
    coordinates: [
      [w, n],
      [e, n],
      [e, s],
      [w, s],
    ],
    rows: 'evenly spaced in Web Mercator y (as MapLibre maps an image source), columns evenly spaced in longitude',
    resolution: {
      data_arcmin: x.step_arcmin,
      data_km_north_south: round(x.step * kmPerDegree, 1),
      data_km_east_west_at_40N: round(x.step * kmPerDegree * Math.cos(40 * RAD), 1),
      pixel_km_east_west_at_mid_latitude: round(((e - w) / width) * kmPerDegree * Math.cos(midLat * RAD), 2),
    },
    hillshade: {
      light_azimuth_deg: RELIEF.light.azimuth,
      light_altitude_deg: RELIEF.light.altitude,
      vertical_exaggeration: RELIEF.light.exaggeration,
      gain: RELIEF.shading.gain,
      max_alpha: RELIEF.shading.maxAlpha,
      shade_colour: '#2b3440',
      light_colour: '#ffffff',
      method:
        "Horn's 3 × 3 slopes on the 5′ nodes over their ground distance (sphere of 6,371 km), light minus the light on flat ground, resampled bilinearly onto the pixel centres; alpha = min(max_alpha, gain × |difference|): transparent on flat ground",
    },
    note: 'ETOPO5 shows mountains against plains; it is too coarse for valleys such as the Lachin gorge',
    source: about.source,
    licence: about.licence,
    attribution: about.attribution,
  };
  // Two-space JSON with each [lon, lat] on one line.
  const json = JSON.stringify(meta, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]');
  return { png, json: json + '\n' };
}
