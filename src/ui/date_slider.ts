/**
 * The date slider: a native range input over whole days (accessible name
 * "Date"), event ticks on its track, the day as text, previous/next event,
 * play/pause through the events, and a choice of period to focus on (the
 * 2020 events crowd into a few weeks of a 38-year range).
 */
import { type IsoDay, dayNumber, fromDayNumber, addDays, addMonths, clampDay } from '../model/calendar.ts';
import { dayText, tr } from '../i18n/index.ts';
import type { Timeline } from '../model/timeline.ts';
import { periodRange, type AppState, type Store } from '../model/store.ts';
import { PERIODS } from '../model/vocabulary.ts';
import { el } from './dom.ts';

export interface DateSliderOptions {
  timeline: Timeline;
  store: Store;
  /** Milliseconds between events while playing. */
  playInterval?: number;
}

export class DateSlider {
  readonly element: HTMLElement;
  private readonly _input: HTMLInputElement;
  private readonly _label: HTMLOutputElement;
  private readonly _ticks: HTMLElement;
  private readonly _play: HTMLButtonElement;
  private readonly _period: HTMLSelectElement;
  private _timer: ReturnType<typeof setInterval> | undefined;
  private _range = '';
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: DateSliderOptions) {
    const prev = button('◀', tr.slider.previous, () => this._step(-1));
    const next = button('▶', tr.slider.next, () => this._step(1));
    this._play = button(tr.slider.play, tr.slider.play, () => this.toggle());
    this._play.classList.add('play');
    this._play.setAttribute('aria-pressed', 'false');

    const input = el('input', { type: 'range', id: 'date-input', 'aria-label': tr.slider.date, step: '1' });
    input.addEventListener('input', () => this._set(fromDayNumber(Number(input.value)), 'scrub'));
    input.addEventListener('keydown', (e) => this._key(e));
    this._input = input;
    this._ticks = el('div', { class: 'ticks', 'aria-hidden': 'true' });

    // Not a live region: the announcer speaks the day once the slider rests (an <output> is a status region by default).
    this._label = el('output', { class: 'date-label', for: 'date-input', 'aria-live': 'off' });

    this._period = el('select', { 'aria-label': tr.slider.period, class: 'period' });
    for (const p of PERIODS) this._period.append(el('option', { value: p.id }, (tr.periods as Record<string, string>)[p.id] ?? p.id));
    this._period.addEventListener('change', () => _opts.store.set({ period: this._period.value }, 'view'));

    this.element = el(
      'section',
      { class: 'date-slider', 'aria-label': tr.slider.timeline },
      el('div', { class: 'slider-top' }, this._label, this._period),
      el('div', { class: 'slider-row' }, prev, this._play, el('div', { class: 'track' }, this._ticks, input), next),
    );
    this._render(_opts.store.state);
    this._unsubscribe = _opts.store.subscribe((state) => this._render(state));
  }

  get day(): IsoDay {
    return this._opts.store.state.day;
  }

  toggle(): void {
    if (this._timer) this.pause();
    else this.play();
  }

  /** Steps through the events from the day shown to the end of the period in focus (from its start when at the end). */
  play(): void {
    if (this._timer) return;
    const t = this._opts.timeline;
    const { to } = this._bounds();
    if (!t.nextEvent(this.day) || t.nextEvent(this.day)!.date > to) this._set(this._bounds().from, 'step');
    this._play.textContent = tr.slider.pause;
    this._play.setAttribute('aria-label', tr.slider.pause);
    this._play.setAttribute('aria-pressed', 'true');
    let first = true;
    this._timer = setInterval(() => {
      const e = t.nextEvent(this.day);
      if (!e || e.date > this._bounds().to) this.pause();
      else this._set(e.date, first ? 'step' : 'play');
      first = false;
    }, this._opts.playInterval ?? 1200);
  }

  pause(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
    this._play.textContent = tr.slider.play;
    this._play.setAttribute('aria-label', tr.slider.play);
    this._play.setAttribute('aria-pressed', 'false');
  }

  destroy(): void {
    this.pause();
    this._unsubscribe();
    this.element.remove();
  }

  private _bounds(): { from: IsoDay; to: IsoDay } {
    const t = this._opts.timeline;
    return periodRange(this._opts.store.state.period, t.start, t.end);
  }

  private _set(day: IsoDay, how: 'scrub' | 'step' | 'play'): void {
    const t = this._opts.timeline;
    this._opts.store.set({ day: clampDay(day, t.start, t.end) }, how);
  }

  private _step(dir: 1 | -1): void {
    const t = this._opts.timeline;
    const e = dir > 0 ? t.nextEvent(this.day) : t.previousEvent(this.day);
    if (e) this._set(e.date, 'step');
  }

  /** Arrows ±1 day, Page Up/Down ±1 month, Home/End: ends of the period in focus. */
  private _key(e: KeyboardEvent): void {
    const day = this.day;
    const moves: Record<string, () => IsoDay> = {
      PageUp: () => addMonths(day, 1),
      PageDown: () => addMonths(day, -1),
      ArrowRight: () => addDays(day, 1),
      ArrowUp: () => addDays(day, 1),
      ArrowLeft: () => addDays(day, -1),
      ArrowDown: () => addDays(day, -1),
      Home: () => this._bounds().from,
      End: () => this._bounds().to,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this._set(move(), 'scrub');
  }

  private _render(state: AppState): void {
    const { from, to } = this._bounds();
    const range = `${from}|${to}`;
    if (range !== this._range) {
      this._range = range;
      this._period.value = state.period;
      this._input.min = String(dayNumber(from));
      this._input.max = String(dayNumber(to));
      const lo = dayNumber(from);
      const span = Math.max(1, dayNumber(to) - lo);
      this._ticks.replaceChildren(
        ...this._opts.timeline.events
          .filter((e) => e.date >= from && e.date <= to)
          .map((e) => {
            const tick = el('span', { class: `tick tick-${e.type}`, title: `${dayText(e.date)}${tr.punctuation.colon}${e.title}` });
            tick.style.left = `${((dayNumber(e.date) - lo) / span) * 100}%`;
            return tick;
          }),
      );
    }
    this._input.value = String(dayNumber(state.day));
    const text = dayText(state.day);
    this._input.setAttribute('aria-valuetext', text);
    this._label.value = text;
  }
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', 'aria-label': label, title: label }, text);
  b.addEventListener('click', onClick);
  return b;
}
