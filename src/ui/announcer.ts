/**
 * The page's one polite live region for the timeline. It speaks once the date has rested (about 700 ms, so a drag
 * across the war says one sentence, not eleven): the day, and the events crossed since the last announcement, e.g.
 * "20 November 2020. Agdam district handed over, point 2." It is cleared as soon as the date moves again.
 */
import type { IsoDay } from '../model/calendar.ts';
import { dayText, sentence, tr } from '../i18n/index.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Store } from '../model/store.ts';
import type { EventRecord } from '../model/types.ts';
import { el, RECORD_LANG } from './dom.ts';

/** Events named in one announcement; more are counted. */
const MAX_NAMED = 3;

/** A part of a sentence, or a text of the record (an event's title), which stays in the record's language. */
export type Part = string | { record: string };

/** The sentence for landing on `day` after `from`: the day, and the events passed on the way (in the direction moved). */
export function announcement(events: readonly EventRecord[], from: IsoDay, day: IsoDay): string {
  return announcementParts(events, from, day)
    .map((p) => (typeof p === 'string' ? p : p.record))
    .join('');
}

/** `announcement`, in parts: the events' titles apart, to be marked as English. */
export function announcementParts(events: readonly EventRecord[], from: IsoDay, day: IsoDay): Part[] {
  const crossed =
    day >= from ? events.filter((e) => e.date > from && e.date <= day) : events.filter((e) => e.date <= from && e.date > day).reverse();
  // Moving back, the event of the day landed on still describes the map shown.
  const onDay = day < from ? events.filter((e) => e.date === day) : [];
  const list = [...crossed, ...onDay];
  const named = list.slice(0, MAX_NAMED);
  const more = list.length - named.length;
  const parts: Part[] = [sentence(dayText(day))];
  named.forEach((e, i) => parts.push(i ? '; ' : ' ', { record: e.title }, e.clause ? `, ${tr.announce.point(e.clause)}` : ''));
  if (more > 0) parts.push(`; ${tr.announce.more(more)}`);
  if (named.length) parts.push(tr.punctuation.stop);
  return parts;
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
        if (day !== this._last)
          this.element.replaceChildren(
            ...announcementParts(timeline.events, this._last, day).map((p) =>
              typeof p === 'string' ? p : el('span', { lang: RECORD_LANG }, p.record),
            ),
          );
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
