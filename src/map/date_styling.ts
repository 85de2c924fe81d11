/**
 * Applies a day to the map without touching any GeoJSON: each cell's holder and whether that rests on an unconfirmed
 * change (`unsure`), each place's holder (that of the cell it lies in) and each line's validity go into feature-state,
 * from the model. Only what changed is written.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { type IsoDay } from '../model/calendar.ts';
import { validOn } from '../model/timeline.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Period } from '../model/types.ts';

/**
 * A change announced by one side only, or disputed, makes the state it starts unsure on `day`, until a confirmed row
 * for the same holder applies (the period's `confirmed` day).
 */
export const isUnsure = (p: Period | undefined, day: IsoDay): boolean =>
  (p?.confidence === 'announced' || p?.confidence === 'disputed') && !(p.confirmed && p.confirmed <= day);

export class DateStyler {
  private readonly _last = new Map<string, boolean>();
  private readonly _lastZone: string[] = [];
  private readonly _lastPlace: string[] = [];
  private readonly _lines: { id: string; from: IsoDay; to: IsoDay | null }[];
  /** Each place with the index of the cell it lies in. */
  private readonly _places: { id: string; zone: number }[];

  constructor(
    private readonly _map: MapLibreMap,
    private readonly _timeline: Timeline,
    lines: FeatureCollection,
    places?: FeatureCollection,
  ) {
    this._lines = lines.features.map((f) => ({
      id: f.properties!.id as string,
      from: f.properties!.valid_from as IsoDay,
      to: (f.properties!.valid_to as IsoDay | null) ?? null,
    }));
    const index = new Map(_timeline.zones.map((z, i) => [z.id, i]));
    this._places = (places?.features ?? []).flatMap((f) => {
      const zone = index.get(f.properties?.zone as string);
      return zone === undefined ? [] : [{ id: f.properties!.id as string, zone }];
    });
  }

  apply(day: IsoDay): void {
    const periods = this._timeline.periodsAt(day);
    // One value per cell ("holder" or "holder?" when unsure), compared with what was last written, cell and place alike.
    const values = this._timeline.zones.map((_, i) => {
      const p = periods[i];
      return `${p?.holder ?? 'none'}${isUnsure(p, day) ? '?' : ''}`;
    });
    const write = (source: 'zones' | 'places', id: string, last: string[], k: number, zone: number) => {
      // A place's dot shows the holder only, so only the holder decides whether it is written.
      const value = source === 'zones' ? values[zone]! : (periods[zone]?.holder ?? 'none');
      if (last[k] === value) return;
      last[k] = value;
      const p = periods[zone];
      if (source === 'places') {
        this._map.setFeatureState({ source, id }, { holder: p?.holder ?? 'none' });
        return;
      }
      // The cells' fill reads the holder; their marks, drawn from a copy of the cells (`zone-marks`, atlas_layers.ts),
      // read the holder and whether it is unsure.
      const holder = p?.holder ?? 'none';
      this._map.setFeatureState({ source, id }, { holder });
      this._map.setFeatureState({ source: 'zone-marks', id }, { holder, unsure: isUnsure(p, day) });
    };
    this._timeline.zones.forEach((z, i) => write('zones', z.id, this._lastZone, i, i));
    this._places.forEach((p, k) => write('places', p.id, this._lastPlace, k, p.zone));
    for (const l of this._lines) {
      const valid = validOn(l.from, l.to, day);
      const key = `line:${l.id}`;
      if (this._last.get(key) === valid) continue;
      this._last.set(key, valid);
      this._map.setFeatureState({ source: 'lines', id: l.id }, { valid });
    }
  }
}
