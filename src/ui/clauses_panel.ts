/**
 * The nine points of the statement of 9/10 November 2020: a paraphrase each,
 * the numbers they name, and every deadline next to what actually happened.
 */
import { dayNumber, formatDay } from '../model/calendar.ts';
import type { Source } from '../model/types.ts';
import { el, sourceLink } from './dom.ts';

export interface Obligation {
  what: string;
  /** The 1988 units and named areas (geo/sources/areas.json) the obligation concerns. */
  areas?: string[];
  deadline: string | null;
  deadline_note?: string | null;
  actual: string | null;
  actual_event?: string | null;
  outcome?: string;
}
export interface Clause {
  number: number;
  title: string;
  paraphrase: string;
  numbers?: { value: number; unit: string; note?: string }[];
  obligations?: Obligation[];
  areas?: string[];
  lines?: string[];
  events?: string[];
  sources?: Source[];
}
export interface ClausesFile {
  official_text?: Source[];
  clauses: Clause[];
}

export interface ClausesPanelOptions {
  file: ClausesFile;
  onChoose: (clause: Clause | null) => void;
}

/** "due 15 November 2020 → 25 November 2020 (10 days later)" */
export function deadlineText(o: Obligation): string {
  const due = o.deadline ? `due ${formatDay(o.deadline)}` : 'no deadline';
  if (!o.actual) return `${due} → not done`;
  const diff = o.deadline ? dayNumber(o.actual) - dayNumber(o.deadline) : 0;
  const rel = !o.deadline ? '' : diff === 0 ? ' (on time)' : diff > 0 ? ` (${diff} days later)` : ` (${-diff} days early)`;
  return `${due} → ${formatDay(o.actual)}${rel}`;
}

export class ClausesPanel {
  readonly element: HTMLElement;
  private readonly _items = new Map<number, HTMLElement>();

  constructor(private readonly _opts: ClausesPanelOptions) {
    const list = el('ol', { class: 'clause-list' });
    for (const c of _opts.file.clauses) {
      const button = el('button', { type: 'button', class: 'clause-button', 'aria-expanded': 'false' }, `Point ${c.number}: ${c.title}`);
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') === 'true';
        this._opts.onChoose(open ? null : c);
      });
      const body = el(
        'div',
        { class: 'clause-body', hidden: '' },
        el('p', {}, c.paraphrase),
        c.numbers?.length
          ? el(
              'ul',
              { class: 'clause-numbers' },
              ...c.numbers.map((n) => el('li', {}, `${n.value.toLocaleString('en-GB')} ${n.unit}${n.note ? ` — ${n.note}` : ''}`)),
            )
          : null,
        c.obligations?.length
          ? el(
              'table',
              { class: 'obligations' },
              el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Obligation'), el('th', { scope: 'col' }, 'Deadline → actual'))),
              el(
                'tbody',
                {},
                ...c.obligations.map((o) =>
                  el(
                    'tr',
                    {},
                    el('td', {}, o.what, o.outcome ? el('div', { class: 'outcome' }, o.outcome) : null),
                    el('td', { class: 'deadline' }, deadlineText(o)),
                  ),
                ),
              ),
            )
          : null,
        c.sources?.length
          ? el('p', { class: 'clause-sources' }, 'Sources: ', ...c.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]))
          : null,
      );
      const li = el('li', { class: 'clause', 'data-clause': String(c.number) }, button, body);
      this._items.set(c.number, li);
      list.append(li);
    }
    const official = _opts.file.official_text ?? [];
    this.element = el(
      'section',
      { class: 'panel clauses-panel', 'aria-label': 'Clauses of the statement' },
      el(
        'p',
        { class: 'panel-intro' },
        'Summaries in our own words. Official text: ',
        ...official.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
        '.',
      ),
      list,
    );
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
