/**
 * "Record a time-lapse…": a modal dialog (like Cite) in which a reader picks a range and a pace and records a WebM film
 * of the map playing day by day, with the date, the legend and each side's area drawn on every frame
 * (`recordFilm`). The film is downloaded and offered as a link; Cancel (or Escape, or closing) stops and discards it.
 * Either way the map goes back to the day, comparison and period it showed before.
 */
import type { IsoDay } from '../model/calendar.ts';
import { dayText, num, tr } from '../i18n/index.ts';
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
import { download, holderFooter, widestTitle } from './export.ts';
import { canRecord, recordFilm } from './film_recorder.ts';

/** The dialog's words (src/i18n/, `film`), with figures and days written in the interface's language. */
function filmWords() {
  const f = tr.film;
  const seconds = (ms: number) => num(ms / 1000, Number.isInteger(ms / 1000) ? 0 : 1);
  const size = (bytes: number) => f.megabytes(num(bytes / 1e6, 1));
  return {
    ...f,
    paceOption: (n: number) => f.paceOption(n, num(n)),
    summary: (days: number, ms: number) => f.summary(days, num(days), seconds(ms)),
    progress: (n: number, of: number, day: IsoDay) => f.progress(num(n), num(of), dayText(day)),
    recording: (days: number) => f.recording(days, num(days)),
    done: (days: number, ms: number, bytes: number) => f.done(days, num(days), seconds(ms), size(bytes)),
    save: (bytes: number) => f.save(size(bytes)),
    cancelled: (day: IsoDay) => f.cancelled(dayText(day)),
    failed: (why: string, day: IsoDay) => f.failed(why, dayText(day)),
    area: (km2: number) => f.area(num(Math.round(km2))),
    problem: (p: FilmProblem, start: IsoDay, end: IsoDay): string => {
      const field = p.field === 'from' ? f.from : f.to;
      switch (p.problem) {
        case 'missing':
          return f.missing(field, p.field === 'from');
        case 'outside':
          return f.outside(field, dayText(start), dayText(end));
        case 'order':
          return f.order;
        case 'too-long':
          return f.tooLong(num(MAX_FILM_DAYS), num(p.days));
        case 'pace':
          return f.choosePace;
      }
    },
  };
}

/** An area wider than any side ever held here: every frame's legend keeps room for it. */
const WIDEST_AREA = 99_999;

export interface TimelapseOptions {
  store: Store;
  /** Called as a recording starts (the app stops Play, which would move the day too). */
  onStart?: () => void;
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
  private readonly _words: ReturnType<typeof filmWords>;

  constructor(private readonly _opts: TimelapseOptions) {
    const T = filmWords();
    this._words = T;
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
    this._summary.textContent = film ? this._words.summary(film.days.length, filmDurationMs(film.days.length, film.pace)) : '';
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
      this._errors.append(el('ul', {}, ...problems.map((p) => el('li', {}, this._words.problem(p, this._opts.start, this._opts.end)))));
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
    const T = this._words;
    const before = store.state;
    const abort = (this._abort = new AbortController());
    const n = film.days.length;
    this._opts.onStart?.();
    this._busy(true);
    this._status.textContent = T.recording(n);
    this._showProgress(0, n, film.days[0]!);
    let outcome: () => void;
    // Every frame's legend keeps its place after the widest day of the film.
    const titleRoom = widestTitle(film.days.map(dayText));
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
          return holderFooter(day, (h) => T.area(areas[h]), T.area(WIDEST_AREA), titleRoom);
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
    const text = this._words.progress(Math.min(done + 1, of), of, day);
    this._progress.max = of;
    this._progress.value = done;
    this._progress.setAttribute('aria-valuetext', text);
    this._progressText.textContent = text;
  }
}
