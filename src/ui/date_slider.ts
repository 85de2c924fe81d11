/**
 * The date slider: a native range input over whole days (accessible name
 * "Date"), event ticks on its track, the day as text, previous/next event,
 * play/pause through the events, and a choice of period to focus on (the
 * 2020 events crowd into a few weeks of a 38-year range).
 */
import { type IsoDay, dayNumber, fromDayNumber, formatDay, addDays, addMonths, clampDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import { el } from './dom.ts';

export interface Period {
  id: string;
  label: string;
  from: IsoDay;
  to: IsoDay | 'end';
}

export const PERIODS: Period[] = [
  { id: 'all', label: 'Whole timeline (1988–today)', from: '1988-02-20', to: 'end' },
  { id: '1988-1994', label: 'First war (1988–1994)', from: '1988-02-20', to: '1994-12-31' },
  { id: 'war-2020', label: 'The 2020 war (Sep–Nov 2020)', from: '2020-09-20', to: '2020-11-15' },
  { id: 'handovers', label: 'Handovers (Nov–Dec 2020)', from: '2020-11-05', to: '2020-12-20' },
  { id: '2022-2024', label: 'Corridor, blockade, 2023 (2022–2024)', from: '2022-08-01', to: '2024-07-01' },
];

export interface DateSliderOptions {
  timeline: Timeline;
  day: IsoDay;
  /** `play`: a step of Play after its first, so the whole run makes one history entry. */
  onChange: (day: IsoDay, how: 'scrub' | 'step' | 'play') => void;
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
  private _day: IsoDay;
  private _min: IsoDay;
  private _max: IsoDay;
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly _opts: DateSliderOptions) {
    const { timeline } = _opts;
    this._day = _opts.day;
    this._min = timeline.start;
    this._max = timeline.end;

    const prev = button('◀', 'Previous event', () => this._step(-1));
    const next = button('▶', 'Next event', () => this._step(1));
    this._play = button('Play', 'Play', () => this.toggle());
    this._play.classList.add('play');
    this._play.setAttribute('aria-pressed', 'false');

    const input = el('input', { type: 'range', id: 'date-input', 'aria-label': 'Date', step: '1' });
    input.addEventListener('input', () => this._set(fromDayNumber(Number(input.value)), 'scrub'));
    input.addEventListener('keydown', (e) => this._key(e));
    this._input = input;
    this._ticks = el('div', { class: 'ticks', 'aria-hidden': 'true' });

    this._label = el('output', { class: 'date-label', for: 'date-input' });

    this._period = el('select', { 'aria-label': 'Period', class: 'period' });
    for (const p of PERIODS) this._period.append(el('option', { value: p.id }, p.label));
    this._period.addEventListener('change', () => this.focusPeriod(this._period.value));

    this.element = el(
      'section',
      { class: 'date-slider', 'aria-label': 'Timeline' },
      el('div', { class: 'slider-top' }, this._label, this._period),
      el('div', { class: 'slider-row' }, prev, this._play, el('div', { class: 'track' }, this._ticks, input), next),
    );
    this._applyRange();
  }

  get day(): IsoDay {
    return this._day;
  }

  /** Shows `day` without calling back (the store already has it). Widens the range if needed. */
  setDay(day: IsoDay): void {
    this._day = clampDay(day, this._opts.timeline.start, this._opts.timeline.end);
    if (this._day < this._min || this._day > this._max) this.focusPeriod('all');
    this._render();
  }

  /** Narrows the slider to one period; the day moves into it if it was outside. */
  focusPeriod(id: string): void {
    const p = PERIODS.find((x) => x.id === id) ?? PERIODS[0]!;
    const t = this._opts.timeline;
    this._min = clampDay(p.from, t.start, t.end);
    this._max = p.to === 'end' ? t.end : clampDay(p.to, t.start, t.end);
    this._period.value = p.id;
    this._applyRange();
    if (this._day < this._min || this._day > this._max) this._set(this._day < this._min ? this._min : this._max, 'step');
  }

  toggle(): void {
    if (this._timer) this.pause();
    else this.play();
  }

  play(): void {
    if (this._timer) return;
    if (!this._opts.timeline.nextEvent(this._day)) this._set(this._min, 'step');
    this._play.textContent = 'Pause';
    this._play.setAttribute('aria-label', 'Pause');
    this._play.setAttribute('aria-pressed', 'true');
    let first = true;
    this._timer = setInterval(() => {
      const e = this._opts.timeline.nextEvent(this._day);
      if (!e || e.date > this._max) this.pause();
      else this._set(e.date, first ? 'step' : 'play');
      first = false;
    }, this._opts.playInterval ?? 1200);
  }

  pause(): void {
    if (this._timer) clearInterval(this._timer);
    this._timer = undefined;
    this._play.textContent = 'Play';
    this._play.setAttribute('aria-label', 'Play');
    this._play.setAttribute('aria-pressed', 'false');
  }

  destroy(): void {
    this.pause();
    this.element.remove();
  }

  private _applyRange(): void {
    this._input.min = String(dayNumber(this._min));
    this._input.max = String(dayNumber(this._max));
    const lo = dayNumber(this._min);
    const span = Math.max(1, dayNumber(this._max) - lo);
    this._ticks.replaceChildren(
      ...this._opts.timeline.events
        .filter((e) => e.date >= this._min && e.date <= this._max)
        .map((e) => {
          const tick = el('span', { class: `tick tick-${e.type}`, title: `${formatDay(e.date)}: ${e.title}` });
          tick.style.left = `${((dayNumber(e.date) - lo) / span) * 100}%`;
          return tick;
        }),
    );
    this._render();
  }

  private _set(day: IsoDay, how: 'scrub' | 'step' | 'play'): void {
    const clamped = clampDay(day, this._opts.timeline.start, this._opts.timeline.end);
    if (clamped === this._day) return;
    this._day = clamped;
    if (clamped < this._min || clamped > this._max) this.focusPeriod('all');
    this._render();
    this._opts.onChange(clamped, how);
  }

  private _step(dir: 1 | -1): void {
    const t = this._opts.timeline;
    const e = dir > 0 ? t.nextEvent(this._day) : t.previousEvent(this._day);
    if (e) this._set(e.date, 'step');
  }

  /** Arrows ±1 day, Page Up/Down ±1 month, Home/End: ends of the period in focus. */
  private _key(e: KeyboardEvent): void {
    const moves: Record<string, () => IsoDay> = {
      PageUp: () => addMonths(this._day, 1),
      PageDown: () => addMonths(this._day, -1),
      ArrowRight: () => addDays(this._day, 1),
      ArrowUp: () => addDays(this._day, 1),
      ArrowLeft: () => addDays(this._day, -1),
      ArrowDown: () => addDays(this._day, -1),
      Home: () => this._min,
      End: () => this._max,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    this._set(move(), 'scrub');
  }

  private _render(): void {
    this._input.value = String(dayNumber(this._day));
    const text = formatDay(this._day);
    this._input.setAttribute('aria-valuetext', text);
    this._label.value = text;
  }
}

function button(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', 'aria-label': label, title: label }, text);
  b.addEventListener('click', onClick);
  return b;
}
