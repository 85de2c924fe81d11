import { describe, it, expect } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, stageStyle } from '../../src/map/style.ts';
import { fontFaces } from '../../src/map/fonts.ts';
import { atlasLayers, atlasSources, ATLAS_STATE, LATE_SOURCES } from '../../src/map/atlas_layers.ts';

describe('offline style', () => {
  const u = (f: string) => `http://localhost/${f}.geojson`;
  const cell = (id: string): Feature => ({
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [46, 39],
          [47, 39],
          [47, 40],
          [46, 39],
        ],
      ],
    },
    properties: { id, name: `Cell ${id}`, history: [{ from: '1988-02-20', to: null, holder: 'azerbaijani' }], source: 'a long citation' },
  });
  const collection = (...ids: string[]): FeatureCollection => ({ type: 'FeatureCollection', features: ids.map(cell) });
  const style = buildStyle({ basemap: u('basemap') }, fontFaces('http://localhost/'), {
    sources: atlasSources({ lines: u('lines'), places: u('places'), zones: collection('a', 'b'), boundaries: collection('nkao') }),
    layers: atlasLayers(),
    state: ATLAS_STATE,
  });

  it('is a valid MapLibre style, with the global state its expressions read', () => {
    expect(validateStyleMin(style)).toEqual([]);
    // Every ['global-state', name] in a layer names a property the style declares, with a default.
    const used = new Set([...JSON.stringify(style.layers).matchAll(/\["global-state","([a-z]+)"\]/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(['comparing', 'names']);
    for (const name of used) expect(style.state?.[name!]).toHaveProperty('default');
  });

  it('gives the map the cells and units with their geometry and id only: their records stay with the model', () => {
    const zones = style.sources.zones as { data: FeatureCollection };
    expect(zones.data.features.map((f) => f.properties)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(zones.data.features[0]!.geometry).toEqual(cell('a').geometry);
    expect((style.sources.boundaries as { data: FeatureCollection }).data.features.map((f) => f.properties)).toEqual([{ id: 'nkao' }]);
  });

  it('names no glyph server, sprite or remote tile source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      if (typeof data === 'string') expect(new URL(data).origin).toBe('http://localhost');
    }
  });

  it('serves fonts for Latin, Azerbaijani, Cyrillic and Armenian from the app origin', () => {
    const faces = style['font-faces']!['Noto Sans Regular'] as { url: string; 'unicode-range': string[] }[];
    for (const face of faces) expect(new URL(face.url).origin).toBe('http://localhost');
    const covers = (cp: number) =>
      faces.some((f) =>
        f['unicode-range'].some((r) => {
          const [a, b] = r.replace('U+', '').split('-');
          const lo = parseInt(a!, 16);
          const hi = b ? parseInt(b, 16) : lo;
          return cp >= lo && cp <= hi;
        }),
      );
    for (const ch of 'Xankəndi Ağdam Şuşa Cəbrayıl Qubadlı Füzuli Laçın Kəlbəcər Степанакерт Ստեփանակերտ') {
      expect(covers(ch.codePointAt(0)!), `glyph for "${ch}"`).toBe(true);
    }
  });

  it('draws every layer of a kind with one shader program (each program costs a slow first frame on weak GPUs)', () => {
    const DATA_OPS = new Set(['get', 'has', 'feature-state', 'id', 'properties', 'geometry-type']);
    const perFeatureValue = (v: unknown): boolean =>
      Array.isArray(v) && ((typeof v[0] === 'string' && DATA_OPS.has(v[0])) || v.some(perFeatureValue));
    // MapLibre picks a program by layer kind, and compiles a variant per set of paint properties that vary by feature.
    const programs = new Map<string, Set<string>>();
    for (const layer of style.layers) {
      if (layer.type === 'background') continue;
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      const program =
        layer.type === 'line' && paint['line-dasharray']
          ? 'lineSDF'
          : layer.type === 'fill' && paint['fill-pattern']
            ? 'fillPattern'
            : layer.type;
      const varying = Object.keys(paint)
        .filter((k) => perFeatureValue(paint[k]))
        .sort()
        .join(',');
      if (!programs.has(program)) programs.set(program, new Set());
      programs.get(program)!.add(`${varying} (e.g. ${layer.id})`);
    }
    // fillPattern: the holders' hatching and dots (one program for both).
    expect([...programs.keys()].sort()).toEqual(['fill', 'fillPattern', 'line', 'lineSDF', 'symbol']);
    for (const [program, variants] of programs)
      expect(
        [...variants].map((v) => v.replace(/ \(e\.g\. .*\)$/, '')).filter((v, i, a) => a.indexOf(v) === i),
        `${program}: ${[...variants].join(' | ')}`,
      ).toHaveLength(1);
  });

  describe('in two stages (the cells first, the rest after their first frame)', () => {
    const staged = stageStyle(style, LATE_SOURCES, 'zones');

    it('keeps the cells, their fill and the basemap in the first stage, with the cells listed first', () => {
      const ids = staged.style.layers.map((l) => l.id);
      expect(ids).toContain('zone-fill');
      expect(ids).toContain('land-water-fill');
      expect(Object.keys(staged.style.sources)[0]).toBe('zones');
      expect(staged.style.sources.zones).toBe(style.sources.zones);
      expect(validateStyleMin(staged.style)).toEqual([]);
      // Fills only: no line, symbol or pattern program is compiled, and no glyph laid out, before the cells are drawn.
      expect(new Set(staged.style.layers.map((l) => (l.type === 'fill' && l.paint?.['fill-pattern'] ? 'pattern' : l.type)))).toEqual(
        new Set(['background', 'fill']),
      );
    });

    it('leaves the late sources empty and their layers out until the second stage', () => {
      for (const id of LATE_SOURCES) {
        expect((staged.style.sources[id] as { data: FeatureCollection }).data.features, id).toEqual([]);
        expect(staged.late.data[id], id).toEqual((style.sources[id] as { data: unknown }).data);
      }
      const late = staged.late.layers.map((l) => l.layer.id);
      expect(late).toEqual(expect.arrayContaining(['zone-mark-armenian', 'place-dot', 'line-1994', 'district-outline']));
      for (const { layer } of staged.late.layers) expect(LATE_SOURCES.has((layer as { source: string }).source)).toBe(true);
      for (const layer of staged.style.layers)
        if ('source' in layer) expect(LATE_SOURCES.has(layer.source as string), layer.id).toBe(false);
    });

    it('puts every late layer back in its place: both stages together give the whole style in its order', () => {
      const order = staged.style.layers.map((l) => l.id);
      for (const { layer, before } of staged.late.layers) order.splice(before ? order.indexOf(before) : order.length, 0, layer.id);
      expect(order).toEqual(style.layers.map((l) => l.id));
    });
  });
});
