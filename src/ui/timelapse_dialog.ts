/**
 * "Record a time-lapse…": a modal dialog (like Cite) in which a reader picks a range and a pace and records a WebM film
 * of the map playing day by day, with the date, the legend and each side's area drawn on every frame
 * (`recordFilm`). The film is downloaded and offered as a link; Cancel (or Escape, or closing) stops and discards it.
 * Either way the map goes back to the day, comparison and period it showed before.
 */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { AreaStats } from '../model/stats.ts';
import type { Store } from '../model/store.ts';
import {
  checkFilm,
  defaultRange,
  filmDurationMs,
  filmFileName,
  DEFAULT_PACE,
  MAX_FILM_DAYS,
  PACES,
  type Film,
  type FilmProblem,
} from '../model/timelapse.ts';
import { el } from './dom.ts';
import { download, holderFooter } from './export.ts';
import { canRecord, recordFilm } from './film_recorder.ts';

const figure = (n: number, digits = 0) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => figure(ms / 1000, Number.isInteger(ms / 1000) ? 0 : 1);
const megabytes = (bytes: number) => `${figure(bytes / 1e6, 1)} MB`;

/** Every word this dialog shows or draws into the film (for the translations). */
export const TIMELAPSE_TEXT = {
  button: 'Record a time-lapse…',
  unsupported: 'Recording a time-lapse needs a browser that records video (MediaRecorder, WebM); this one does not.',
  heading: 'Record a time-lapse',
  intro:
    'A film of the map as it is framed now, playing day by day, with the date, the legend and the area each side held drawn on every frame. It is recorded in this browser in real time: keep this tab in front until it is done.',
  from: 'From',
  to: 'To',
  pace: 'Pace',
  paceOption: (n: number) => (n === 1 ? '1 day a second' : `${n} days a second`),
  summary: (days: number, ms: number) => `${figure(days)} days: a film of ${seconds(ms)} seconds.`,
  record: 'Record',
  cancel: 'Cancel',
  close: 'Close',
  progressLabel: 'Recording progress',
  progress: (n: number, of: number, day: IsoDay) => `Day ${figure(n)} of ${figure(of)} — ${formatDay(day)}`,
  recording: (days: number) => `Recording ${figure(days)} days…`,
  done: (days: number, ms: number, bytes: number) =>
    `The film is ready: ${figure(days)} days in ${seconds(ms)} seconds, ${megabytes(bytes)}. Your browser is saving it; the link below saves it again.`,
  save: (bytes: number) => `Save the film (${megabytes(bytes)})`,
  cancelled: (day: IsoDay) => `Recording cancelled; nothing was saved. The map is back on ${formatDay(day)}.`,
  failed: (why: string, day: IsoDay) => `The film could not be recorded (${why}). The map is back on ${formatDay(day)}.`,
  /** The reason when the browser gives none. */
  unexplained: 'the browser gave no reason',
  /** A side's area on a frame. */
  area: (km2: number) => `${figure(Math.round(km2))} km²`,
  problem: (p: FilmProblem, start: IsoDay, end: IsoDay): string => {
    const field = p.field === 'from' ? TIMELAPSE_TEXT.from : TIMELAPSE_TEXT.to;
    switch (p.problem) {
      case 'missing':
        return `${field}: enter a day (the ${p.field === 'from' ? 'first' : 'last'} day of the film).`;
      case 'outside':
        return `${field} must be within the timeline, ${formatDay(start)} to ${formatDay(end)}.`;
      case 'order':
        return 'From must be before To.';
      case 'too-long':
        return `A film can hold at most ${figure(MAX_FILM_DAYS)} days; this range has ${figure(p.days)}. Choose a shorter range.`;
      case 'pace':
        return 'Choose a pace.';
    }
  },
};

/** An area wider than any side ever held here: every frame's legend keeps room for it. */
const WIDEST_AREA = 99_999;

export interface TimelapseOptions {
  store: Store;
  /** The map: resolves with its canvas once it has drawn the store's state. */
  map: { settled(): Promise<HTMLCanvasElement> };
  stats: AreaStats;
  /** The timeline's first and last day. */
  start: IsoDay;
  end: IsoDay;
  /** The data version, named in the file. */
  version: string;
  /** The format to record in; by default what the browser supports (`canRecord`), null when it records none. */
  mimeType?: string | null;
}

export class TimelapseDialog {
  /** The button, or the button and why it is off: for the panel's export row. */
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  private readonly _from: HTMLInputElement;
  private readonly _to: HTMLInputElement;
  private readonly _pace: HTMLSelectElement;
  private readonly _summary = el('p', { class: 'film-summary' });
  private readonly _errors = el('div', { class: 'film-errors', id: 'film-errors', role: 'alert' });
  private readonly _record: HTMLButtonElement;
  private readonly _progressBox: HTMLElement;
  private readonly _progress: HTMLProgressElement;
  private readonly _progressText = el('p', { class: 'film-progress-text', id: 'film-progress-text' });
  private readonly _cancel: HTMLButtonElement;
  private readonly _status = el('p', { class: 'film-status', role: 'status' });
  private readonly _result = el('p', { class: 'film-result' });
  private readonly _mimeType: string | null;
  private _abort: AbortController | undefined;
  private _url: string | undefined;

  constructor(private readonly _opts: TimelapseOptions) {
    const T = TIMELAPSE_TEXT;
    this._mimeType = _opts.mimeType === undefined ? canRecord() : _opts.mimeType;
    this.button = el('button', { type: 'button', class: 'film-button', 'aria-haspopup': 'dialog' }, T.button);
    this.button.addEventListener('click', () => this.open());
    if (this._mimeType) this.element = this.button;
    else {
      // Not offered, and said why (a disabled button alone tells nothing).
      this.button.disabled = true;
      this.button.setAttribute('aria-describedby', 'film-unsupported');
      this.element = el(
        'span',
        { class: 'film-entry' },
        this.button,
        ' ',
        el('span', { id: 'film-unsupported', class: 'muted' }, T.unsupported),
      );
    }

    const range = defaultRange(_opts.start, _opts.end);
    const date = (id: string, value: IsoDay) => el('input', { type: 'date', id, min: _opts.start, max: _opts.end, value, required: '' });
    this._from = date('film-from', range.from);
    this._to = date('film-to', range.to);
    this._pace = el('select', { id: 'film-pace' });
    for (const p of PACES) this._pace.append(el('option', { value: String(p) }, T.paceOption(p)));
    this._pace.value = String(DEFAULT_PACE);
    for (const input of [this._from, this._to, this._pace]) input.addEventListener('input', () => this._describe());

    this._record = el('button', { type: 'submit', class: 'film-record' }, T.record);
    const form = el(
      'form',
      { class: 'film-form', novalidate: '' },
      el(
        'p',
        { class: 'film-fields' },
        // Each label stays with its field when the line wraps.
        el('span', {}, el('label', { for: 'film-from' }, T.from), ' ', this._from),
        ' ',
        el('span', {}, el('label', { for: 'film-to' }, T.to), ' ', this._to),
        ' ',
        el('span', {}, el('label', { for: 'film-pace' }, T.pace), ' ', this._pace),
      ),
      this._summary,
      this._errors,
      this._record,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this._submit();
    });

    this._progress = el('progress', { class: 'film-progress', 'aria-label': T.progressLabel, max: '1', value: '0' });
    this._cancel = el('button', { type: 'button', class: 'film-cancel' }, T.cancel);
    this._cancel.addEventListener('click', () => this._abort?.abort());
    this._progressBox = el('div', { class: 'film-progress-box' }, this._progress, this._progressText, this._cancel);
    this._progressBox.hidden = true;

    const close = el('button', { type: 'button', class: 'film-close' }, T.close);
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = el(
      'dialog',
      { class: 'film-dialog', 'aria-labelledby': 'film-heading' },
      el('h2', { id: 'film-heading' }, T.heading),
      el('p', {}, T.intro),
      form,
      this._progressBox,
      this._status,
      this._result,
      close,
    );
    // Closing (Escape, Close, the backdrop) while recording cancels the recording.
    this.dialog.addEventListener('close', () => this._abort?.abort());
    this.dialog.addEventListener('click', (e) => {
      if (e.target !== this.dialog) return;
      const r = this.dialog.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) this.dialog.close();
    });
    document.body.append(this.dialog);
    this._describe();
  }

  open(): void {
    if (!this._mimeType || this.dialog.open) return;
    // What the last recording said is old news (its film's link stays).
    if (!this._abort) this._status.textContent = '';
    this.dialog.showModal();
  }

  destroy(): void {
    this._abort?.abort();
    if (this.dialog.open) this.dialog.close();
    if (this._url) URL.revokeObjectURL(this._url);
    this.dialog.remove();
    this.element.remove();
  }

  /** The film the fields describe, or nothing (their problems are shown on Record, not while typing). */
  private _describe(): Film | undefined {
    const { film } = this._check();
    this._summary.textContent = film ? TIMELAPSE_TEXT.summary(film.days.length, filmDurationMs(film.days.length, film.pace)) : '';
    return film;
  }

  private _check() {
    return checkFilm({ from: this._from.value, to: this._to.value, pace: this._pace.value }, this._opts.start, this._opts.end);
  }

  private _submit(): void {
    if (this._abort) return;
    const { film, problems } = this._check();
    const inputs = { from: this._from, to: this._to, pace: this._pace };
    for (const input of Object.values(inputs)) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    this._errors.replaceChildren();
    if (!film) {
      this._errors.append(el('ul', {}, ...problems.map((p) => el('li', {}, TIMELAPSE_TEXT.problem(p, this._opts.start, this._opts.end)))));
      for (const p of problems) {
        inputs[p.field].setAttribute('aria-invalid', 'true');
        inputs[p.field].setAttribute('aria-describedby', 'film-errors');
      }
      inputs[problems[0]!.field].focus();
      return;
    }
    void this._run(film);
  }

  /** Records the film, then brings the map back to the view it had. */
  private async _run(film: Film): Promise<void> {
    const { store, map, stats, version } = this._opts;
    const T = TIMELAPSE_TEXT;
    const before = store.state;
    const abort = (this._abort = new AbortController());
    const n = film.days.length;
    this._busy(true);
    this._status.textContent = T.recording(n);
    this._showProgress(0, n, film.days[0]!);
    let outcome: () => void;
    try {
      const blob = await recordFilm({
        days: film.days,
        pace: film.pace,
        mimeType: this._mimeType!,
        signal: abort.signal,
        // The film shows who held what: a comparison's colours are left out while it records.
        show: (day) => {
          store.set({ day, compare: null }, 'play');
          return map.settled();
        },
        footer: (day) => {
          const areas = stats.areasOn(day);
          return holderFooter(day, (h) => T.area(areas[h]), T.area(WIDEST_AREA));
        },
        progress: (i) => this._showProgress(i + 1, n, film.days[Math.min(i + 1, n - 1)]!),
      });
      const filename = filmFileName(version, film.from, film.to);
      download(blob, filename);
      outcome = () => {
        if (this._url) URL.revokeObjectURL(this._url);
        this._url = URL.createObjectURL(blob);
        const link = el('a', { href: this._url, download: filename }, T.save(blob.size));
        this._result.replaceChildren(link);
        this._status.textContent = T.done(n, filmDurationMs(n, film.pace), blob.size);
        link.focus();
      };
    } catch (e) {
      const cancelled = abort.signal.aborted;
      outcome = () => {
        const why = (e instanceof Error && e.message) || T.unexplained;
        this._status.textContent = cancelled ? T.cancelled(before.day) : T.failed(why, before.day);
        if (this.dialog.open) this._record.focus();
      };
    }
    this._abort = undefined;
    store.set({ day: before.day, compare: before.compare, period: before.period }, 'play');
    this._busy(false);
    outcome();
  }

  private _busy(busy: boolean): void {
    for (const c of [this._from, this._to, this._pace, this._record]) c.disabled = busy;
    this._progressBox.hidden = !busy;
    if (busy) {
      this._result.replaceChildren();
      this._errors.replaceChildren();
      this._cancel.focus();
    }
  }

  /** The progress as a bar and as text (not a live region: it changes several times a second). */
  private _showProgress(done: number, of: number, day: IsoDay): void {
    const text = TIMELAPSE_TEXT.progress(Math.min(done + 1, of), of, day);
    this._progress.max = of;
    this._progress.value = done;
    this._progress.setAttribute('aria-valuetext', text);
    this._progressText.textContent = text;
  }
}
