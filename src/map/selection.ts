/**
 * Highlights a set of zones and lines through feature-state `selected`, and
 * gives their bounds. Knows nothing about why they were selected.
 */
import type { Map as MapLibreMap, LngLatBoundsLike } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

import type { Highlight } from '../model/domain.ts';

export class SelectionStyler {
  private _current: Highlight = { zones: [], lines: [] };

  constructor(
    private readonly _map: MapLibreMap,
    private readonly _zones: FeatureCollection,
    private readonly _lines: FeatureCollection,
  ) {}

  apply(next: Highlight): void {
    // The cells' outline is drawn from their copy (`zone-marks`, atlas_layers.ts), which a staged map adds after the
    // cells' first frame.
    for (const id of this._current.zones) this._map.setFeatureState({ source: 'zone-marks', id }, { selected: false });
    for (const id of this._current.lines) this._map.setFeatureState({ source: 'lines', id }, { selected: false });
    for (const id of next.zones) this._map.setFeatureState({ source: 'zone-marks', id }, { selected: true });
    for (const id of next.lines) this._map.setFeatureState({ source: 'lines', id }, { selected: true });
    this._current = next;
  }

  /** Bounds of the highlighted features, or null when nothing is highlighted. */
  bounds(h: Highlight = this._current): LngLatBoundsLike | null {
    const features = [
      ...this._zones.features.filter((f) => h.zones.includes(f.properties?.id as string)),
      ...this._lines.features.filter((f) => h.lines.includes(f.properties?.id as string)),
    ];
    if (features.length === 0) return null;
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
    return [
      [w, s],
      [e, n],
    ];
  }
}
