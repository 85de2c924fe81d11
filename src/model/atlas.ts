/**
 * The atlas model: the timeline plus the geometry needed to answer
 * "who held this point on this day, since when, and why?". No DOM.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { type IsoDay } from './calendar.ts';
import { Timeline, validOn } from './timeline.ts';
import type { EventRecord, Holder, LogFile, Period, ZoneRecord } from './types.ts';

export interface AtlasData {
  zones: FeatureCollection;
  boundaries: FeatureCollection;
  lines: FeatureCollection;
  events: { events: EventRecord[] };
  /** geo/log.json; the app loads it after the first frame and attaches it with `attachLog`. */
  log?: LogFile;
}

export interface PointStatus {
  date: IsoDay;
  at: [number, number];
  holder: Holder | null;
  zone: string | null;
  /** The settlement of record the zone (territory cell) is drawn around, if any. */
  place: string | null;
  district: string | null;
  peacekeeping: boolean;
  since: { date: IsoDay; event: string; clause: number | null; confidence: string | null; source: string | null } | null;
}

type Area = Feature<Polygon | MultiPolygon>;

export class Atlas {
  readonly timeline: Timeline;
  private readonly _zones: Area[];
  private readonly _districts: Area[];
  private readonly _peacekeeping: Area | undefined;

  constructor(data: AtlasData, today: IsoDay) {
    const records: ZoneRecord[] = data.zones.features.map((f) => {
      const p = f.properties as ZoneRecord;
      return { id: p.id, name: p.name, district: p.district, place: p.place ?? null, areas: p.areas ?? [], history: p.history };
    });
    this.timeline = new Timeline(records, data.events.events, today);
    this._zones = data.zones.features as Area[];
    this._districts = data.boundaries.features as Area[];
    this._peacekeeping = data.lines.features.find((f) => f.properties?.id === 'peacekeeping-zone') as Area | undefined;
    if (data.log) this.attachLog(data.log);
  }

  private _log: LogFile | undefined;

  /** The record behind the cells, once attached. */
  get log(): LogFile | undefined {
    return this._log;
  }

  /**
   * Gives every period the source, note and place or area of the change row it points to (`row`, an index into
   * `log.rows`). Throws, naming the cell, when a period points to no row (a log that does not match the cells).
   */
  attachLog(log: LogFile): void {
    for (const z of this.timeline.zones)
      for (const p of z.history) {
        if (p.row === undefined) continue;
        const r = log.rows[p.row];
        if (!r || r.date !== p.from || r.holder !== p.holder)
          throw new Error(`log.json does not match zones.geojson: cell ${z.id}, period from ${p.from}, row ${p.row}`);
        p.source = r.source;
        p.by = r.place;
        if (r.note) p.note = r.note;
        if (r.claimed_by?.length) p.claimedBy = r.claimed_by;
        if (r.denied_by?.length) p.deniedBy = r.denied_by;
      }
    this._log = log;
  }

  zoneAt(lon: number, lat: number): string | null {
    const f = this._zones.find((z) => booleanPointInPolygon([lon, lat], z));
    return (f?.properties?.id as string) ?? null;
  }

  districtAt(lon: number, lat: number): string | null {
    const f = this._districts.find((z) => booleanPointInPolygon([lon, lat], z));
    return (f?.properties?.id as string) ?? null;
  }

  inPeacekeepingZone(lon: number, lat: number, day: IsoDay): boolean {
    const pk = this._peacekeeping;
    if (!pk) return false;
    const { valid_from, valid_to } = pk.properties as { valid_from: string; valid_to: string | null };
    if (!validOn(valid_from, valid_to, day)) return false;
    return booleanPointInPolygon([lon, lat], pk);
  }

  /** Who held the point on `day`, since when, by which event and clause. */
  status(lon: number, lat: number, day: IsoDay): PointStatus {
    const zone = this.zoneAt(lon, lat);
    const period: Period | undefined = zone ? this.timeline.periodOf(zone, day) : undefined;
    const event = period ? this.timeline.event(period.event) : undefined;
    return {
      date: day,
      at: [lon, lat],
      holder: period?.holder ?? null,
      zone,
      place: zone ? (this.timeline.zones.find((z) => z.id === zone)?.place ?? null) : null,
      district: this.districtAt(lon, lat),
      peacekeeping: this.inPeacekeepingZone(lon, lat, day),
      since: period
        ? {
            date: period.from,
            event: period.event,
            clause: event?.clause ?? null,
            confidence: period.confidence ?? null,
            source: period.source ?? null,
          }
        : null,
    };
  }
}
