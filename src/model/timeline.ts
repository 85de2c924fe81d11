/**
 * The timeline: which holder controls each zone on each day.
 *
 * The state on day D is the state at the end of day D: a period starting on D
 * applies on D. Built once from the zones' histories into a sorted list of
 * change days with the full state after each change, so the state on any day
 * is one binary search away (no per-zone scan while scrubbing).
 */
import { type IsoDay, isIsoDay } from './calendar.ts';
import type { EventRecord, Holder, Period, ZoneRecord } from './types.ts';

export interface ZoneState {
  zone: string;
  holder: Holder;
  period: Period;
}

export class Timeline {
  readonly zones: readonly ZoneRecord[];
  readonly events: readonly EventRecord[];
  readonly start: IsoDay;
  readonly end: IsoDay;
  private readonly _changeDays: IsoDay[];
  private readonly _states: Period[][];
  private readonly _zoneIndex: Map<string, number>;
  private readonly _eventsById: Map<string, EventRecord>;

  constructor(zones: ZoneRecord[], events: EventRecord[], end: IsoDay) {
    if (zones.length === 0) throw new Error('Timeline: no zones');
    this.zones = zones;
    this.events = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this._eventsById = new Map(this.events.map((e) => [e.id, e]));
    this._zoneIndex = new Map(zones.map((z, i) => [z.id, i]));
    const days = new Set<IsoDay>();
    for (const z of zones) {
      if (z.history.length === 0) throw new Error(`Timeline: zone ${z.id} has no history`);
      for (const p of z.history) days.add(p.from);
    }
    this._changeDays = [...days].sort();
    this.start = this._changeDays[0]!;
    this.end = end;
    this._states = this._changeDays.map((day) => zones.map((z) => periodOn(z.history, day)!));
  }

  /** Index into the change list for a day, or -1 before the first change. */
  private _slot(day: IsoDay): number {
    let lo = 0;
    let hi = this._changeDays.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this._changeDays[mid]! <= day) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The period of every zone on `day`, in zone order; undefined entries before the timeline starts. */
  periodsAt(day: IsoDay): readonly (Period | undefined)[] {
    const slot = this._slot(day);
    return slot < 0 ? this.zones.map(() => undefined) : this._states[slot]!;
  }

  /** The period of one zone on `day`. */
  periodOf(zoneId: string, day: IsoDay): Period | undefined {
    const i = this._zoneIndex.get(zoneId);
    if (i === undefined) return undefined;
    return this.periodsAt(day)[i];
  }

  event(id: string): EventRecord | undefined {
    return this._eventsById.get(id);
  }

  /** The first event strictly after `day`. */
  nextEvent(day: IsoDay): EventRecord | undefined {
    return this.events.find((e) => e.date > day);
  }

  /** The last event strictly before `day`. */
  previousEvent(day: IsoDay): EventRecord | undefined {
    for (let i = this.events.length - 1; i >= 0; i--) if (this.events[i]!.date < day) return this.events[i];
    return undefined;
  }

  /** Events on exactly `day`. */
  eventsOn(day: IsoDay): EventRecord[] {
    return this.events.filter((e) => e.date === day);
  }

  /** Ids of the zones an event changes (from the zones' histories: one source of truth). */
  zonesChangedBy(eventId: string): string[] {
    return this.zones.filter((z) => z.history.some((h, i) => i > 0 && h.event === eventId)).map((z) => z.id);
  }

  /** Ids of the zones (territory cells) lying in any of the given 1988 units or named areas. */
  zonesIn(areas: ReadonlySet<string>): string[] {
    return this.zones.filter((z) => areas.has(z.district) || (z.areas ?? []).some((a) => areas.has(a))).map((z) => z.id);
  }

  inRange(day: string): day is IsoDay {
    return isIsoDay(day) && day >= this.start && day <= this.end;
  }
}

/** The period of a history that holds on `day` (from ≤ day < to). */
export function periodOn(history: readonly Period[], day: IsoDay): Period | undefined {
  return history.find((p) => validOn(p.from, p.to, day));
}

/** Whether something valid from `from` (inclusive) to `to` (exclusive, null = open) is valid on `day`. */
export function validOn(from: IsoDay, to: IsoDay | null, day: IsoDay): boolean {
  return from <= day && (to === null || day < to);
}
