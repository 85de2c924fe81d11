import { describe, it, expect } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../src/map/style.ts';
import { fontFaces } from '../../src/map/fonts.ts';
import { atlasLayers, atlasSources } from '../../src/map/atlas_layers.ts';

describe('offline style', () => {
  const u = (f: string) => `http://localhost/${f}.geojson`;
  const style = buildStyle({ basemap: u('basemap') }, fontFaces('http://localhost/'), {
    sources: atlasSources({ zones: u('zones'), boundaries: u('boundaries'), lines: u('lines'), places: u('places') }),
    layers: atlasLayers(),
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
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
});
