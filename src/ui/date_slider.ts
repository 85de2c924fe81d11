/**
 * The date slider: a native range input over whole days (accessible name
 * "Date"), the day as text, and previous/next event buttons. It knows days and
 * events only through the callbacks it is given.
 */
import { type IsoDay, dayNumber, fromDayNumber, formatDay, addDays, addMonths, clampDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';

export interface DateSliderOptions {
  timeline: Timeline;
  day: IsoDay;
  onChange: (day: IsoDay, how: 'scrub' | 'step') => void;
}

export class DateSlider {
  readonly element: HTMLElement;
  private readonly _input: HTMLInputElement;
  private readonly _label: HTMLOutputElement;
  private _day: IsoDay;

  constructor(private readonly _opts: DateSliderOptions) {
    const { timeline } = _opts;
    this._day = _opts.day;
    const root = document.createElement('section');
    root.className = 'date-slider';
    root.setAttribute('aria-label', 'Timeline');

    const prev = button('◀ Previous event', 'Previous event', () => this._step(-1));
    const next = button('Next event ▶', 'Next event', () => this._step(1));

    const input = document.createElement('input');
    input.type = 'range';
    input.id = 'date-input';
    input.setAttribute('aria-label', 'Date');
    input.min = String(dayNumber(timeline.start));
    input.max = String(dayNumber(timeline.end));
    input.step = '1';
    input.addEventListener('input', () => this._set(fromDayNumber(Number(input.value)), 'scrub'));
    input.addEventListener('keydown', (e) => this._key(e));

    const label = document.createElement('output');
    label.className = 'date-label';
    label.htmlFor.add('date-input');

    root.append(prev, input, next, label);
    this.element = root;
    this._input = input;
    this._label = label;
    this._render();
  }

  get day(): IsoDay {
    return this._day;
  }

  setDay(day: IsoDay): void {
    this._day = clampDay(day, this._opts.timeline.start, this._opts.timeline.end);
    this._render();
  }

  private _set(day: IsoDay, how: 'scrub' | 'step'): void {
    const clamped = clampDay(day, this._opts.timeline.start, this._opts.timeline.end);
    if (clamped === this._day) return;
    this._day = clamped;
    this._render();
    this._opts.onChange(clamped, how);
  }

  private _step(dir: 1 | -1): void {
    const t = this._opts.timeline;
    const e = dir > 0 ? t.nextEvent(this._day) : t.previousEvent(this._day);
    if (e) this._set(e.date, 'step');
  }

  /** Page Up/Down move a month (the browser's default for range inputs is 10% of the range). */
  private _key(e: KeyboardEvent): void {
    const moves: Record<string, () => IsoDay> = {
      PageUp: () => addMonths(this._day, 1),
      PageDown: () => addMonths(this._day, -1),
      ArrowRight: () => addDays(this._day, 1),
      ArrowUp: () => addDays(this._day, 1),
      ArrowLeft: () => addDays(this._day, -1),
      ArrowDown: () => addDays(this._day, -1),
      Home: () => this._opts.timeline.start,
      End: () => this._opts.timeline.end,
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
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}
