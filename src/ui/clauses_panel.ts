/**
 * The nine points of the statement of 9/10 November 2020: a paraphrase each,
 * the numbers they name, and every deadline next to what actually happened.
 */
import type { ClausesFile } from '../model/types.ts';
import type { Store } from '../model/store.ts';
import type { Obligation } from '../model/types.ts';
import { dayNumber } from '../model/calendar.ts';
import { dayText, tr } from '../i18n/index.ts';
import { el, RECORD_LANG, sourceLink } from './dom.ts';

/** A deadline against what happened: "due 15 November 2020 → 25 November 2020 (10 days later)". */
export function deadlineText(o: Obligation): string {
  const t = tr.clauses;
  const due = o.deadline ? t.due(dayText(o.deadline)) : t.noDeadline;
  if (!o.actual) return `${due} → ${t.notDone}`;
  const diff = o.deadline ? dayNumber(o.actual) - dayNumber(o.deadline) : 0;
  const rel = !o.deadline ? '' : diff === 0 ? ` (${t.onTime})` : diff > 0 ? ` (${t.later(diff)})` : ` (${t.early(-diff)})`;
  return `${due} → ${dayText(o.actual)}${rel}`;
}

export interface ClausesPanelOptions {
  file: ClausesFile;
  store: Store;
  /** Starts the guided tour of the nine points (a button above the list). */
  startTour?: () => void;
}

export class ClausesPanel {
  readonly element: HTMLElement;
  private readonly _items = new Map<number, HTMLElement>();
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: ClausesPanelOptions) {
    const list = el('ol', { class: 'clause-list' });
    for (const c of _opts.file.clauses) {
      const button = el(
        'button',
        { type: 'button', class: 'clause-button', 'aria-expanded': 'false' },
        `${tr.clauses.point(c.number)}${tr.punctuation.colon}`,
        el('span', { lang: RECORD_LANG }, c.title),
      );
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') === 'true';
        _opts.store.set({ selection: open ? null : { kind: 'clause', id: String(c.number) } }, 'select');
      });
      const body = el(
        'div',
        { class: 'clause-body', hidden: '' },
        el('p', { lang: RECORD_LANG }, c.paraphrase),
        c.numbers?.length
          ? el(
              'ul',
              { class: 'clause-numbers', lang: RECORD_LANG },
              ...c.numbers.map((n) => el('li', {}, `${n.value.toLocaleString('en-GB')} ${n.unit}${n.note ? ` — ${n.note}` : ''}`)),
            )
          : null,
        c.obligations?.length
          ? el(
              'table',
              { class: 'obligations' },
              el(
                'thead',
                {},
                el('tr', {}, el('th', { scope: 'col' }, tr.clauses.obligation), el('th', { scope: 'col' }, tr.clauses.deadlineActual)),
              ),
              el(
                'tbody',
                {},
                ...c.obligations.map((o) =>
                  el(
                    'tr',
                    {},
                    el('td', { lang: RECORD_LANG }, o.what, o.outcome ? el('div', { class: 'outcome' }, o.outcome) : null),
                    el('td', { class: 'deadline' }, deadlineText(o)),
                  ),
                ),
              ),
            )
          : null,
        c.sources?.length
          ? el(
              'p',
              { class: 'clause-sources' },
              tr.events.sources,
              ' ',
              ...c.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
            )
          : null,
      );
      const li = el('li', { class: 'clause', 'data-clause': String(c.number) }, button, body);
      this._items.set(c.number, li);
      list.append(li);
    }
    const official = _opts.file.official_text ?? [];
    let tour: HTMLElement | null = null;
    if (_opts.startTour) {
      const start = _opts.startTour;
      tour = el('button', { type: 'button', class: 'tour-start' }, tr.clauses.tour);
      tour.addEventListener('click', () => start());
    }
    this.element = el(
      'section',
      { class: 'panel clauses-panel', 'aria-label': tr.clauses.label },
      el(
        'p',
        { class: 'panel-intro' },
        tr.clauses.intro,
        ' ',
        ...official.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
        tr.punctuation.stop,
      ),
      tour,
      list,
    );
    const selected = (sel: Store['state']['selection']) => (sel?.kind === 'clause' ? Number(sel.id) : null);
    this.show(selected(_opts.store.state.selection));
    this._unsubscribe = _opts.store.subscribe((state, prev) => {
      if (state.selection !== prev.selection) this.show(selected(state.selection));
    });
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  /** Opens the chosen point (or none). */
  show(number: number | null): void {
    for (const [n, li] of this._items) {
      const open = n === number;
      li.classList.toggle('selected', open);
      li.querySelector('button')!.setAttribute('aria-expanded', String(open));
      (li.querySelector('.clause-body') as HTMLElement).hidden = !open;
    }
  }
}
