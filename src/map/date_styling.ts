/**
 * Applies a day to the map without touching any GeoJSON: each zone's holder
 * and each line's validity go into feature-state, from the model. Only what
 * changed is written.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { type IsoDay } from '../model/calendar.ts';
import { validOn } from '../model/timeline.ts';
import type { Timeline } from '../model/timeline.ts';

export class DateStyler {
  private readonly _last = new Map<string, string | boolean>();
  private readonly _lines: { id: string; from: IsoDay; to: IsoDay | null }[];

  constructor(
    private readonly _map: MapLibreMap,
    private readonly _timeline: Timeline,
    lines: FeatureCollection,
  ) {
    this._lines = lines.features.map((f) => ({
      id: f.properties!.id as string,
      from: f.properties!.valid_from as IsoDay,
      to: (f.properties!.valid_to as IsoDay | null) ?? null,
    }));
  }

  apply(day: IsoDay): void {
    const periods = this._timeline.periodsAt(day);
    this._timeline.zones.forEach((z, i) => {
      const holder = periods[i]?.holder ?? 'none';
      if (this._last.get(z.id) === holder) return;
      this._last.set(z.id, holder);
      this._map.setFeatureState({ source: 'zones', id: z.id }, { holder });
    });
    for (const l of this._lines) {
      const valid = validOn(l.from, l.to, day);
      const key = `line:${l.id}`;
      if (this._last.get(key) === valid) continue;
      this._last.set(key, valid);
      this._map.setFeatureState({ source: 'lines', id: l.id }, { valid });
    }
  }
}
