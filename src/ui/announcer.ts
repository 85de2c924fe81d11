/**
 * A polite aria-live region that tells screen-reader users what changed when
 * the date lands on an event, e.g. "20 November 2020: Agdam district handed
 * over, point 2".
 */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { EventRecord } from '../model/types.ts';

export class Announcer {
  readonly element: HTMLElement;
  constructor() {
    this.element = document.createElement('div');
    this.element.className = 'visually-hidden';
    this.element.setAttribute('aria-live', 'polite');
    this.element.setAttribute('role', 'status');
    this.element.id = 'announcer';
  }

  announce(day: IsoDay, events: EventRecord[]): void {
    if (events.length === 0) return;
    const parts = events.map((e) => (e.clause ? `${e.title}, point ${e.clause}` : e.title));
    this.element.textContent = `${formatDay(day)}: ${parts.join('; ')}.`;
  }
}
