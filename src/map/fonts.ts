/**
 * Offline label fonts for MapLibre's `font-faces` style property.
 *
 * The woff2 files come from the @fontsource packages (SIL Open Font License)
 * and are bundled by Vite, so labels never need a glyph server. Each file is
 * tied to the unicode-range its package declares, so the browser only loads
 * the subsets a label actually uses (Latin, Latin Extended for Azerbaijani
 * ə ğ ı ş, Cyrillic, Armenian). One weight only: every extra face is another
 * download before the first labelled frame.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import armenian400 from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';
import sansRanges from '@fontsource/noto-sans/unicode.json';
import armenianRanges from '@fontsource/noto-sans-armenian/unicode.json';

export const FONT_REGULAR = 'Noto Sans Regular';

/** "U+0000-00FF,U+0131" → ["U+0000-00FF", "U+0131"] */
function ranges(csv: string): string[] {
  return csv.split(',').map((r) => r.trim());
}

/** Font URLs must be absolute for MapLibre; resolve against the page. */
function abs(url: string, base: string): string {
  return new URL(url, base).href;
}

export function fontFaces(base: string): FontFacesSpecification {
  const face = (latin: string, latinExt: string, cyrillic: string, armenian: string) => [
    { url: abs(latin, base), 'unicode-range': ranges(sansRanges.latin) },
    { url: abs(latinExt, base), 'unicode-range': ranges(sansRanges['latin-ext']) },
    { url: abs(cyrillic, base), 'unicode-range': ranges(sansRanges.cyrillic) },
    { url: abs(armenian, base), 'unicode-range': ranges(armenianRanges.armenian) },
  ];
  return {
    [FONT_REGULAR]: face(latin400, latinExt400, cyrillic400, armenian400),
  };
}
