/**
 * The page's one polite live region for the timeline. It speaks once the date has rested (about 700 ms, so a drag
 * across the war says one sentence, not eleven): the day, and the events crossed since the last announcement, e.g.
 * "20 November 2020. Agdam district handed over, point 2." It is cleared as soon as the date moves again.
 */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Store } from '../model/store.ts';
import type { EventRecord } from '../model/types.ts';

/** Events named in one announcement; more are counted. */
const MAX_NAMED = 3;

/** The sentence for landing on `day` after `from`: the day, and the events passed on the way (in the direction moved). */
export function announcement(events: readonly EventRecord[], from: IsoDay, day: IsoDay): string {
  const crossed =
    day >= from ? events.filter((e) => e.date > from && e.date <= day) : events.filter((e) => e.date <= from && e.date > day).reverse();
  // Moving back, the event of the day landed on still describes the map shown.
  const onDay = day < from ? events.filter((e) => e.date === day) : [];
  const list = [...crossed, ...onDay];
  const named = list.slice(0, MAX_NAMED).map((e) => (e.clause ? `${e.title}, point ${e.clause}` : e.title));
  const more = list.length - named.length;
  const tail = named.length ? ` ${named.join('; ')}${more > 0 ? `; and ${more} more event${more > 1 ? 's' : ''}` : ''}.` : '';
  return `${formatDay(day)}.${tail}`;
}

export class Announcer {
  readonly element: HTMLElement;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _last: IsoDay;
  private readonly _unsubscribe: () => void;

  constructor(timeline: Timeline, store: Store, rest = 700) {
    this.element = document.createElement('div');
    this.element.className = 'visually-hidden';
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('role', 'status');
    this.element.id = 'announcer';
    this._last = store.state.day;
    this._unsubscribe = store.subscribe((state, prev) => {
      if (state.day === prev.day) return;
      this.element.textContent = '';
      if (this._timer) clearTimeout(this._timer);
      this._timer = setTimeout(() => {
        this._timer = undefined;
        const day = store.state.day;
        if (day !== this._last) this.element.textContent = announcement(timeline.events, this._last, day);
        this._last = day;
      }, rest);
    });
  }

  destroy(): void {
    this._unsubscribe();
    if (this._timer) clearTimeout(this._timer);
    this.element.remove();
  }
}
