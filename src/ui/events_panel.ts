/**
 * The chronological list of events. The current event (the last one on or
 * before the day shown) is marked; choosing one sets the date to it.
 */
import { dayText, tr } from '../i18n/index.ts';
import type { EventRecord } from '../model/types.ts';
import type { AppState, ChangeReason, Store } from '../model/store.ts';
import { currentEvent } from '../model/domain.ts';
import { el, RECORD_LANG, scrollToShow, sourceLink } from './dom.ts';

export interface EventsPanelOptions {
  events: readonly EventRecord[];
  store: Store;
}

export class EventsPanel {
  readonly element: HTMLElement;
  private readonly _items = new Map<string, HTMLLIElement>();
  private _current: string | null = null;
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: EventsPanelOptions) {
    const list = el('ol', { class: 'event-list' });
    for (const e of _opts.events) {
      const button = el(
        'button',
        { type: 'button', class: 'event-button' },
        el('time', { datetime: e.date }, dayText(e.date)),
        ' ',
        el('span', { class: 'event-title', lang: RECORD_LANG }, e.title),
      );
      button.addEventListener('click', () => _opts.store.set({ day: e.date, selection: { kind: 'event', id: e.id } }, 'select'));
      const detail = el(
        'div',
        { class: 'event-detail' },
        el('p', { lang: RECORD_LANG }, e.summary),
        e.clause ? el('p', { class: 'event-clause' }, tr.events.point(e.clause)) : null,
        e.date_note
          ? el(
              'p',
              { class: 'event-date-note' },
              el('strong', {}, tr.events.datesDiffer),
              ' ',
              el('span', { lang: RECORD_LANG }, e.date_note),
            )
          : null,
        el(
          'p',
          { class: 'event-sources' },
          tr.events.sources,
          ' ',
          ...e.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
        ),
      );
      const li = el('li', { class: `event event-${e.type}`, 'data-event': e.id }, button, detail);
      this._items.set(e.id, li);
      list.append(li);
    }
    this.element = el('section', { class: 'panel events-panel', 'aria-label': tr.panels.events }, list);
    this.update(_opts.store.state, 'init');
    // Scrolled to the current event once the panel is on the page (its builder appends it right after this).
    queueMicrotask(() => {
      const li = this._items.get(this._current ?? '');
      if (li) scrollToShow(li);
    });
    this._unsubscribe = _opts.store.subscribe((state, _prev, reason) => this.update(state, reason));
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  /** Marks the event current on the state's day, and scrolls to it when it changed by a step rather than a drag. */
  update(state: AppState, reason: ChangeReason): void {
    const id = currentEvent(this._opts.events, state.day)?.id ?? null;
    if (id === this._current && reason !== 'init') return;
    if (this._current) {
      const old = this._items.get(this._current);
      old?.classList.remove('current');
      old?.querySelector('button')?.removeAttribute('aria-current');
    }
    const li = id ? this._items.get(id) : undefined;
    li?.classList.add('current');
    li?.querySelector('button')?.setAttribute('aria-current', 'true');
    this._current = id;
    if (reason !== 'scrub' && li) scrollToShow(li);
  }
}
