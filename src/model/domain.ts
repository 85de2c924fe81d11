/**
 * The rules of the atlas that the views share, pure and testable without a browser: what a selection highlights, what
 * a bare id in a link means, the day a selection is best seen on, the event current on a day, a deadline against the
 * date it was met, the state of every cell on a day as GeoJSON, and what changed hands between two days.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { IsoDay } from './calendar.ts';
import type { Atlas } from './atlas.ts';
import type { Timeline } from './timeline.ts';
import { AreaStats } from './stats.ts';
import type { Clause, EventRecord } from './types.ts';
import type { Selection } from './store.ts';
import { DEFAULT_DAY, EXPORT_ATTRIBUTION, type SelKind } from './vocabulary.ts';

/** The cells and lines a selection highlights. */
export interface Highlight {
  zones: string[];
  lines: string[];
}

export const NOTHING: Highlight = { zones: [], lines: [] };

export interface DomainData {
  zones: FeatureCollection;
  boundaries: FeatureCollection;
  clauses: readonly Clause[];
}

export class Domain {
  readonly timeline: Timeline;
  readonly stats: AreaStats;
  private readonly _districts: Set<string>;
  private readonly _zones: Set<string>;

  constructor(
    readonly atlas: Atlas,
    private readonly _data: DomainData,
  ) {
    this.timeline = atlas.timeline;
    this.stats = new AreaStats(
      this.timeline,
      new Map(_data.zones.features.map((f) => [f.properties!.id as string, f.properties!.area_km2 as number])),
    );
    this._districts = new Set(_data.boundaries.features.map((f) => f.properties!.id as string));
    this._zones = new Set(this.timeline.zones.map((z) => z.id));
  }

  clause(id: string | number): Clause | undefined {
    return this._data.clauses.find((c) => String(c.number) === String(id));
  }

  /** What a selection highlights: a cell; a unit's cells; the cells an event changed; a point's areas and lines. */
  highlightOf(sel: Selection | null): Highlight {
    if (!sel) return NOTHING;
    const t = this.timeline;
    if (sel.kind === 'zone') return { zones: this._zones.has(sel.id) ? [sel.id] : [], lines: [] };
    if (sel.kind === 'district') return { zones: t.zones.filter((z) => z.district === sel.id).map((z) => z.id), lines: [] };
    if (sel.kind === 'event') return { zones: t.zonesChangedBy(sel.id), lines: [] };
    const c = this.clause(sel.id);
    if (!c) return NOTHING;
    const areas = new Set([...(c.areas ?? []), ...(c.obligations ?? []).flatMap((o) => o.areas ?? [])]);
    // The peacekeeping zone is outlined already; a highlight over it would hide the dashes.
    return { zones: t.zonesIn(areas), lines: (c.lines ?? []).filter((l) => l !== 'peacekeeping-zone') };
  }

  /** Whether `id` names something of `kind`. */
  has(kind: SelKind, id: string): boolean {
    if (kind === 'district') return this._districts.has(id);
    if (kind === 'zone') return this._zones.has(id);
    if (kind === 'event') return !!this.timeline.event(id);
    return !!this.clause(id);
  }

  /** A selection from a link: a bare id is tried as a unit, a cell, an event, then a point number. */
  resolve(sel: { kind?: SelKind; id: string }): Selection | null {
    const kinds: readonly SelKind[] = sel.kind ? [sel.kind] : SEL_KINDS_BY_PRIORITY;
    const kind = kinds.find((k) => this.has(k, sel.id));
    return kind ? { kind, id: sel.id } : null;
  }

  /**
   * The day a selection is best seen on: a cell's last change; a unit's largest cell's last change; an event's day;
   * a point's first obligation met (else the day the statement took effect).
   */
  keyDay(sel: Selection): IsoDay | null {
    const t = this.timeline;
    const lastChange = (zoneId: string) => t.zones.find((z) => z.id === zoneId)?.history.at(-1)?.from ?? null;
    if (sel.kind === 'zone') return lastChange(sel.id);
    if (sel.kind === 'district') {
      const largest = this._data.zones.features
        .filter((f) => f.properties?.district === sel.id)
        .sort((a, b) => (b.properties?.area_km2 ?? 0) - (a.properties?.area_km2 ?? 0))[0];
      return largest ? lastChange(largest.properties!.id as string) : null;
    }
    if (sel.kind === 'event') return t.event(sel.id)?.date ?? null;
    const c = this.clause(sel.id);
    if (!c) return null;
    return c.obligations?.find((o) => o.actual)?.actual ?? DEFAULT_DAY;
  }

  /**
   * Step `n` of the guided tour "The statement in nine steps": point `n` of the statement, on the day its first
   * obligation was met (else the day it took effect), with the point selected. Null when there is no such point.
   */
  tourStep(n: number): { selection: Selection; day: IsoDay } | null {
    const selection: Selection = { kind: 'clause', id: String(n) };
    if (!this.clause(n)) return null;
    return { selection, day: this.keyDay(selection)! };
  }

  /** The cells with their state at the end of `day`, as GeoJSON (holder, since, until, event, point, sources). */
  stateGeoJSON(day: IsoDay): FeatureCollection & { properties: Record<string, unknown> } {
    return stateGeoJSON(this._data.zones, this.timeline, day);
  }
}

/** Bare ids in links are tried in this order: a unit, a cell, an event, a point. */
const SEL_KINDS_BY_PRIORITY: readonly SelKind[] = ['district', 'zone', 'event', 'clause'];

/** The last event on or before `day` (events sorted by day). */
export function currentEvent(events: readonly EventRecord[], day: IsoDay): EventRecord | undefined {
  let found: EventRecord | undefined;
  for (const e of events) {
    if (e.date <= day) found = e;
    else break;
  }
  return found;
}

/** The two days of a comparison in order: earlier first. */
export function ordered(a: IsoDay, b: IsoDay): [IsoDay, IsoDay] {
  return a <= b ? [a, b] : [b, a];
}

/** The zones with their state at the end of `day`. */
export function stateGeoJSON(
  zones: FeatureCollection,
  timeline: Timeline,
  day: IsoDay,
): FeatureCollection & { properties: Record<string, unknown> } {
  const features: Feature[] = zones.features.map((f) => {
    const cell = f.properties as Record<string, unknown>;
    const id = cell.id as string;
    const period = timeline.periodOf(id, day);
    const event = period ? timeline.event(period.event) : undefined;
    return {
      type: 'Feature',
      properties: {
        id,
        name: cell.name,
        place: cell.place ?? null,
        district: cell.district,
        area_km2: cell.area_km2,
        holder: period?.holder ?? null,
        since: period?.from ?? null,
        until: period?.to ?? null,
        event: period?.event ?? null,
        confidence: period?.confidence ?? null,
        source: period?.source ?? null,
        event_title: event?.title ?? null,
        clause: event?.clause ?? null,
        sources: event?.sources ?? [],
        accuracy_m: cell.accuracy_m,
      },
      geometry: f.geometry,
    };
  });
  return {
    type: 'FeatureCollection',
    properties: { date: day, note: 'State at the end of this day.', attribution: EXPORT_ATTRIBUTION },
    features,
  };
}
