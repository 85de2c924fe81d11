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

/** A change announced by one side only, or disputed, makes the state it starts unsure. */
export const isUnsure = (p: Period | undefined): boolean => p?.confidence === 'announced' || p?.confidence === 'disputed';

export class DateStyler {
  private readonly _last = new Map<string, string | boolean>();
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
    const state = (p: Period | undefined) => ({ holder: p?.holder ?? 'none', unsure: isUnsure(p) });
    const write = (source: 'zones' | 'places', id: string, s: { holder: string; unsure: boolean }) => {
      const key = `${source}:${id}`;
      const value = `${s.holder}${s.unsure ? '?' : ''}`;
      if (this._last.get(key) === value) return;
      this._last.set(key, value);
      this._map.setFeatureState({ source, id }, s);
    };
    this._timeline.zones.forEach((z, i) => write('zones', z.id, state(periods[i])));
    for (const p of this._places) write('places', p.id, state(periods[p.zone]));
    for (const l of this._lines) {
      const valid = validOn(l.from, l.to, day);
      const key = `line:${l.id}`;
      if (this._last.get(key) === valid) continue;
      this._last.set(key, valid);
      this._map.setFeatureState({ source: 'lines', id: l.id }, { valid });
    }
  }
}
