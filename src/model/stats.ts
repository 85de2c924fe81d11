/**
 * Area statistics from the zones' own areas (computed with turf by the geo
 * build): km² held by each holder on a day, the step series over the whole
 * timeline, and what changed hands between two days.
 */
import type { IsoDay } from './calendar.ts';
import type { Timeline } from './timeline.ts';
import type { Holder } from './types.ts';

export type HolderAreas = Record<Holder, number>;

export interface Transition {
  from: Holder;
  to: Holder;
  km2: number;
  zones: string[];
}

function empty(): HolderAreas {
  return { armenian: 0, azerbaijani: 0, peacekeepers: 0 };
}

export class AreaStats {
  constructor(
    private readonly _timeline: Timeline,
    private readonly _areaKm2: ReadonlyMap<string, number>,
  ) {}

  /** km² held by each holder at the end of `day`. */
  areasOn(day: IsoDay): HolderAreas {
    const out = empty();
    const periods = this._timeline.periodsAt(day);
    this._timeline.zones.forEach((z, i) => {
      const p = periods[i];
      if (p) out[p.holder] += this._areaKm2.get(z.id) ?? 0;
    });
    return out;
  }

  /** One step per day on which some zone changed holder, from the start of the timeline. */
  series(): { day: IsoDay; areas: HolderAreas }[] {
    const days = [...new Set(this._timeline.zones.flatMap((z) => z.history.map((h) => h.from)))].sort();
    return days.map((day) => ({ day, areas: this.areasOn(day) }));
  }

  /** What changed hands between the end of `a` and the end of `b`, largest first. */
  transitions(a: IsoDay, b: IsoDay): Transition[] {
    const pa = this._timeline.periodsAt(a);
    const pb = this._timeline.periodsAt(b);
    const byKey = new Map<string, Transition>();
    this._timeline.zones.forEach((z, i) => {
      const from = pa[i]?.holder;
      const to = pb[i]?.holder;
      if (!from || !to || from === to) return;
      const key = `${from}>${to}`;
      const t = byKey.get(key) ?? { from, to, km2: 0, zones: [] };
      t.km2 += this._areaKm2.get(z.id) ?? 0;
      t.zones.push(z.id);
      byKey.set(key, t);
    });
    return [...byKey.values()].sort((x, y) => y.km2 - x.km2);
  }

  /** The transition of each zone between two days ("armenian>azerbaijani"), or "same". */
  zoneTransitions(a: IsoDay, b: IsoDay): Map<string, string> {
    const pa = this._timeline.periodsAt(a);
    const pb = this._timeline.periodsAt(b);
    return new Map(
      this._timeline.zones.map((z, i) => {
        const from = pa[i]?.holder;
        const to = pb[i]?.holder;
        return [z.id, from && to && from !== to ? `${from}>${to}` : 'same'];
      }),
    );
  }
}
