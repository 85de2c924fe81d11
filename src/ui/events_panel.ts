/**
 * The chronological list of events. The current event (the last one on or
 * before the day shown) is marked; choosing one sets the date to it.
 */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { EventRecord } from '../model/types.ts';
import type { AppState, ChangeReason } from '../app/store.ts';
import { el, sourceLink } from './dom.ts';

export interface EventsPanelOptions {
  events: readonly EventRecord[];
  onChoose: (event: EventRecord) => void;
}

export class EventsPanel {
  readonly element: HTMLElement;
  private readonly _items = new Map<string, HTMLLIElement>();
  private _current: string | null = null;

  constructor(private readonly _opts: EventsPanelOptions) {
    const list = el('ol', { class: 'event-list' });
    for (const e of _opts.events) {
      const button = el(
        'button',
        { type: 'button', class: 'event-button' },
        el('time', { datetime: e.date }, formatDay(e.date)),
        ' ',
        el('span', { class: 'event-title' }, e.title),
      );
      button.addEventListener('click', () => this._opts.onChoose(e));
      const detail = el(
        'div',
        { class: 'event-detail' },
        el('p', {}, e.summary),
        e.clause ? el('p', { class: 'event-clause' }, `Statement of 10 November 2020, point ${e.clause}`) : null,
        e.date_note ? el('p', { class: 'event-date-note' }, el('strong', {}, 'Dates differ: '), e.date_note) : null,
        el('p', { class: 'event-sources' }, 'Sources: ', ...e.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)])),
      );
      const li = el('li', { class: `event event-${e.type}`, 'data-event': e.id }, button, detail);
      this._items.set(e.id, li);
      list.append(li);
    }
    this.element = el('section', { class: 'panel events-panel', 'aria-label': 'Events' }, list);
  }

  update(state: AppState, reason: ChangeReason): void {
    const current = currentEvent(this._opts.events, state.day);
    const id = current?.id ?? null;
    if (id !== this._current) {
      if (this._current) this._items.get(this._current)?.classList.remove('current');
      const li = id ? this._items.get(id) : undefined;
      li?.classList.add('current');
      li?.querySelector('button')?.setAttribute('aria-current', 'true');
      if (this._current) this._items.get(this._current)?.querySelector('button')?.removeAttribute('aria-current');
      this._current = id;
    }
    if (reason !== 'scrub' && id) this._items.get(id)?.scrollIntoView({ block: 'nearest' });
  }
}

/** The last event on or before `day`. */
export function currentEvent(events: readonly EventRecord[], day: IsoDay): EventRecord | undefined {
  let found: EventRecord | undefined;
  for (const e of events) {
    if (e.date <= day) found = e;
    else break;
  }
  return found;
}
