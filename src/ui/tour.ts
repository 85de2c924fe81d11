/**
 * The guided tour "The statement in nine steps": while the view's `tour` is set, a bar above the map shows that point
 * of the statement in the project's words, each deadline next to what happened, and Back, Next and Close. Each step is
 * a view of its own (the point selected and framed, on the day its first obligation was met, the Statement panel
 * open) and a permalink (`tour=N`). With the focus in the bar, the arrow keys step too.
 */
import type { Clause } from '../model/types.ts';
import type { Selection, Store } from '../model/store.ts';
import type { IsoDay } from '../model/calendar.ts';
import { sentence, tr } from '../i18n/index.ts';
import { el, RECORD_LANG } from './dom.ts';
import { deadlineText } from './clauses_panel.ts';

export interface TourOptions {
  store: Store;
  clauses: readonly Clause[];
  /** What step `n` shows (Domain.tourStep). */
  step: (n: number) => { selection: Selection; day: IsoDay } | null;
  /** Where the bar goes (in the page's flow above the map). */
  host: HTMLElement;
}

/** The patch of the view that shows step `n`. */
export function tourPatch(step: TourOptions['step'], n: number) {
  const s = step(n);
  return s ? { tour: n, selection: s.selection, day: s.day, compare: null, panel: 'clauses' as const } : null;
}

export class TourBar {
  readonly element: HTMLElement;
  private readonly _heading = el('h2', { class: 'tour-heading', tabindex: '-1' });
  // Focusable: it scrolls when the step is long, and the keyboard must be able to scroll it.
  private readonly _body = el('div', { class: 'tour-body', tabindex: '0' });
  private readonly _back = el('button', { type: 'button', class: 'tour-back' }, tr.tour.previous);
  private readonly _next = el('button', { type: 'button', class: 'tour-next' }, tr.tour.next);
  private readonly _unsubscribe: () => void;
  private _shown: number | null = null;
  /** Where the focus was when the tour started, to give it back when the tour ends. */
  private _returnTo: HTMLElement | null = null;

  constructor(private readonly _opts: TourOptions) {
    const close = el('button', { type: 'button', class: 'tour-close' }, tr.tour.close);
    this.element = el(
      'section',
      { class: 'tour', 'aria-labelledby': 'tour-heading', hidden: '' },
      this._heading,
      this._body,
      el('div', { class: 'tour-nav' }, this._back, this._next, close),
    );
    this._heading.id = 'tour-heading';
    this._back.addEventListener('click', () => this.go(-1));
    this._next.addEventListener('click', () => this.go(1));
    close.addEventListener('click', () => this.close());
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        this.go(e.key === 'ArrowRight' ? 1 : -1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    _opts.host.append(this.element);
    this._render(_opts.store.state.tour);
    this._unsubscribe = _opts.store.subscribe((state, prev) => {
      if (state.tour !== prev.tour) this._render(state.tour);
    });
  }

  /** Starts the tour at step `n` and gives the bar the focus. */
  start(n = 1): void {
    const patch = tourPatch(this._opts.step, n);
    if (!patch) return;
    this._returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this._opts.store.set(patch, 'select');
    this._heading.focus();
  }

  /** One step forward or back; past the last step the tour ends. */
  go(delta: number): void {
    const at = this._opts.store.state.tour;
    if (at === null) return;
    const n = at + delta;
    if (n < 1) return;
    if (n > this._opts.clauses.length) return this.close();
    const patch = tourPatch(this._opts.step, n);
    if (!patch) return;
    this._opts.store.set(patch, 'select');
    // The heading takes the focus on every step: a screen reader reads the new step, and the focus is never left on a
    // button that has just been disabled (Previous step on the first).
    this._heading.focus();
  }

  /** Ends the tour; the focus goes back to where the tour was started from (else to the top of the page). */
  close(): void {
    const inside = this.element.contains(document.activeElement);
    this._opts.store.set({ tour: null }, 'view');
    if (!inside) return;
    if (this._returnTo?.isConnected) this._returnTo.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
    this._returnTo = null;
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  private _render(n: number | null): void {
    const clause = n === null ? undefined : this._opts.clauses.find((c) => Number(c.number) === n);
    this.element.hidden = !clause;
    if (n === null || !clause) {
      this._shown = null;
      return;
    }
    if (n === this._shown) return;
    this._shown = n;
    const total = this._opts.clauses.length;
    this._heading.replaceChildren(
      `${tr.tour.title}${tr.punctuation.colon}${sentence(tr.tour.stepOf(n, total))} ${tr.clauses.point(clause.number)}${tr.punctuation.colon}`,
      el('span', { lang: RECORD_LANG }, clause.title),
    );
    const outcomes = clause.obligations?.length
      ? [
          el(
            'ul',
            { class: 'tour-outcomes' },
            ...clause.obligations.map((o) =>
              el('li', {}, el('span', { lang: RECORD_LANG }, o.what), ' ', el('span', { class: 'tour-deadline' }, `(${deadlineText(o)})`)),
            ),
          ),
        ]
      : [];
    this._body.replaceChildren(el('p', { lang: RECORD_LANG }, clause.paraphrase), ...outcomes);
    this._back.disabled = n <= 1;
    this._next.textContent = n >= total ? tr.tour.finish : tr.tour.next;
  }
}
