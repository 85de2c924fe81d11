/**
 * Who held what on the day shown, as text: every territory cell with its settlement, its 1988 unit, its area, its
 * holder, since when and by which event, and how sure the record is. It follows the day and the names, sorts by any
 * column, filters by name and by holder, and is linked both ways with the map: choosing a place selects and frames it
 * there, and a cell chosen on the map is marked here. Also the text twin of the map where there is no map.
 */
import { formatDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import type { AppState, Store } from '../model/store.ts';
import { HOLDERS, HOLDER_LABELS, type Holder, type NameKey } from '../model/vocabulary.ts';
import { el, scrollToShow } from './dom.ts';
import { nameIn, langOf } from './names.ts';

export interface TablePanelOptions {
  store: Store;
  timeline: Timeline;
  /** Each cell's settlement (its names), where it has one. */
  places: Map<string, Record<string, unknown>>;
  /** Each 1988 unit's names. */
  units: Map<string, Record<string, unknown>>;
  /** Each cell's area, km². */
  areas: Map<string, number>;
  /** Whether the panel is on screen now (a hidden table catches up when shown). */
  visible: (state: AppState) => boolean;
}

type SortKey = 'place' | 'unit' | 'km2' | 'holder' | 'since';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'place', label: 'Place' },
  { key: 'unit', label: '1988 unit' },
  { key: 'km2', label: 'km²' },
  { key: 'holder', label: 'Held by' },
  { key: 'since', label: 'Since' },
];

interface Row {
  id: string;
  tr: HTMLTableRowElement;
  button: HTMLButtonElement;
  unit: HTMLElement;
  holder: HTMLElement;
  since: HTMLElement;
  /** Values sorted and filtered on, for the day and names shown. */
  name: string;
  unitName: string;
  km2: number;
  held: Holder | null;
  from: string;
}

const KM2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export class TablePanel {
  readonly element: HTMLElement;
  private readonly _rows: Row[] = [];
  private readonly _body: HTMLElement;
  private readonly _caption: HTMLElement;
  private readonly _filter: HTMLInputElement;
  private readonly _holder: HTMLSelectElement;
  private readonly _headers = new Map<SortKey, HTMLElement>();
  private _sort: { key: SortKey; dir: 1 | -1 } = { key: 'unit', dir: 1 };
  private _shown = '';
  private _selected: string | null = null;
  private _built = false;
  private _title = '';
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: TablePanelOptions) {
    const { store } = _opts;
    this._filter = el('input', { type: 'search', class: 'table-filter', 'aria-label': 'Filter by name' });
    this._filter.placeholder = 'Filter by name';
    this._filter.addEventListener('input', () => this._apply());
    this._holder = el('select', { 'aria-label': 'Held by', class: 'table-holder' }, el('option', { value: '' }, 'Any holder'));
    for (const h of HOLDERS) this._holder.append(el('option', { value: h }, HOLDER_LABELS[h]));
    this._holder.addEventListener('change', () => this._apply());
    this._caption = el('caption', {});
    this._body = el('tbody', {});
    const head = el('tr', {});
    for (const c of COLUMNS) {
      const sort = el('button', { type: 'button', class: 'sort' }, c.label);
      sort.addEventListener('click', () => {
        this._sort = { key: c.key, dir: this._sort.key === c.key ? (-this._sort.dir as 1 | -1) : 1 };
        this._apply();
      });
      const th = el('th', { scope: 'col', class: c.key === 'km2' ? 'num' : '' }, sort);
      this._headers.set(c.key, th);
      head.append(th);
    }
    this.element = el(
      'section',
      { class: 'panel table-panel', 'aria-label': 'Who held what' },
      el('p', { class: 'table-controls' }, this._filter, ' ', this._holder),
      el('table', { class: 'control-table' }, this._caption, el('thead', {}, head), this._body),
      el(
        'p',
        { class: 'muted' },
        'Each row is a territory cell: the land drawn around one settlement of record (edges about ±4 km). Choose a place to show it on the map.',
      ),
    );
    this._render(store.state);
    this._unsubscribe = store.subscribe((state) => this._render(state));
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  /** The rows, built the first time the table is shown (not at start, while it is hidden). */
  private _build(): void {
    this._built = true;
    for (const z of this._opts.timeline.zones) {
      const button = el('button', { type: 'button', class: 'table-place' });
      button.addEventListener('click', () => this._opts.store.set({ selection: { kind: 'zone', id: z.id } }, 'locate'));
      const row: Row = {
        id: z.id,
        tr: el('tr', { 'data-zone': z.id }),
        button,
        unit: el('td', {}),
        holder: el('td', {}),
        since: el('td', {}),
        name: z.name,
        unitName: z.district,
        km2: this._opts.areas.get(z.id) ?? 0,
        held: null,
        from: '',
      };
      row.tr.append(el('th', { scope: 'row' }, button), row.unit, el('td', { class: 'num' }, KM2.format(row.km2)), row.holder, row.since);
      this._rows.push(row);
    }
  }

  private _render(state: AppState): void {
    if (!this._built) {
      if (!this._opts.visible(state)) return;
      this._build();
    }
    const selected = state.selection?.kind === 'zone' ? state.selection.id : null;
    if (selected !== this._selected) {
      for (const r of this._rows) {
        const on = r.id === selected;
        r.tr.classList.toggle('selected', on);
        if (on) r.button.setAttribute('aria-current', 'true');
        else r.button.removeAttribute('aria-current');
      }
      this._selected = selected;
      const row = this._rows.find((r) => r.id === selected);
      if (row && this._opts.visible(state) && !this.element.contains(document.activeElement)) scrollToShow(row.tr);
    }
    if (!this._opts.visible(state)) return;
    const key = `${state.day}|${state.names}`;
    if (key === this._shown) return;
    this._shown = key;
    this._fill(state.day, state.names);
    this._apply();
  }

  /** The texts of every row for a day and a names convention. */
  private _fill(day: string, names: NameKey): void {
    const t = this._opts.timeline;
    const periods = t.periodsAt(day);
    this._title = `Who held each place at the end of ${formatDay(day)}`;
    t.zones.forEach((z, i) => {
      const r = this._rows[i]!;
      const place = z.place ? this._opts.places.get(z.place) : undefined;
      r.name = place ? nameIn(place, names) : z.name;
      r.button.textContent = r.name;
      setLang(r.button, place ? langOf(names, place) : undefined);
      const unit = this._opts.units.get(z.district);
      r.unitName = nameIn(unit, names, 'short_') || z.district;
      r.unit.textContent = r.unitName;
      setLang(r.unit, langOf(names, unit, 'short_'));
      const p = periods[i];
      r.held = p?.holder ?? null;
      r.from = p && p.from !== t.start ? p.from : '';
      r.holder.textContent = p
        ? HOLDER_LABELS[p.holder] + (p.confidence && p.confidence !== 'confirmed' && r.from ? ` (${p.confidence})` : '')
        : '—';
      const e = p ? t.event(p.event) : undefined;
      r.since.textContent = r.from ? `${formatDay(r.from)}${e ? ` (${e.title})` : ''}` : 'start of the timeline';
    });
  }

  /** Sorts and filters the rows, and says how many are shown. */
  private _apply(): void {
    const { key, dir } = this._sort;
    const text = this._filter.value.trim().toLocaleLowerCase();
    const holder = this._holder.value;
    const value = (r: Row): string | number =>
      key === 'km2' ? r.km2 : key === 'place' ? r.name : key === 'unit' ? r.unitName : key === 'holder' ? (r.held ?? '') : r.from;
    const rows = [...this._rows].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const c = typeof va === 'number' ? va - (vb as number) : va.localeCompare(vb as string, 'en');
      return c * dir || a.name.localeCompare(b.name, 'en');
    });
    let shown = 0;
    for (const r of rows) {
      const show =
        (!text || r.name.toLocaleLowerCase().includes(text) || r.unitName.toLocaleLowerCase().includes(text)) &&
        (!holder || r.held === holder);
      r.tr.hidden = !show;
      if (show) shown++;
    }
    this._body.replaceChildren(...rows.map((r) => r.tr));
    for (const [k, th] of this._headers) th.setAttribute('aria-sort', k === key ? (dir === 1 ? 'ascending' : 'descending') : 'none');
    this._caption.textContent = `${this._title} — ${shown} of ${rows.length} shown`;
  }
}

function setLang(e: HTMLElement, lang: string | undefined): void {
  if (lang) e.lang = lang;
  else e.removeAttribute('lang');
}
