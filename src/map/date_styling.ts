/**
 * Applies a day to the map without touching any GeoJSON: the `date` global
 * state drives line filters, and each zone's holder goes into feature-state.
 * Only zones whose holder changed are written.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';

export class DateStyler {
  private readonly _last = new Map<string, string>();
  constructor(private readonly _map: MapLibreMap, private readonly _timeline: Timeline) {}

  apply(day: IsoDay): void {
    performance.mark('atlas:date-start');
    this._map.setGlobalStateProperty('date', day);
    const periods = this._timeline.periodsAt(day);
    this._timeline.zones.forEach((z, i) => {
      const holder = periods[i]?.holder ?? 'none';
      if (this._last.get(z.id) === holder) return;
      this._last.set(z.id, holder);
      this._map.setFeatureState({ source: 'zones', id: z.id }, { holder });
    });
    performance.measure('atlas:date-change', 'atlas:date-start');
  }
}
