/**
 * Who held what on the day shown, as text: every territory cell with its settlement, its 1988 unit, its area, its
 * holder, since when and by which event, and how sure the record is. It follows the day and the names, sorts by any
 * column, filters by name and by holder, and is linked both ways with the map: choosing a place selects and frames it
 * there, and a cell chosen on the map is marked here. Also the text twin of the map where there is no map.
 */
import { dayText, lang, LOCALES, num, tr } from '../i18n/index.ts';
import type { Timeline } from '../model/timeline.ts';
import type { AppState, Store } from '../model/store.ts';
import { HOLDERS, type Holder, type NameKey } from '../model/vocabulary.ts';
import { el, RECORD_LANG, scrollToShow } from './dom.ts';
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
const COLUMNS: SortKey[] = ['place', 'unit', 'km2', 'holder', 'since'];

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
    this._filter = el('input', { type: 'search', class: 'table-filter', 'aria-label': tr.table.filter });
    this._filter.placeholder = tr.table.filter;
    this._filter.addEventListener('input', () => this._apply());
    this._holder = el(
      'select',
      { 'aria-label': tr.table.columns.holder, class: 'table-holder' },
      el('option', { value: '' }, tr.table.anyHolder),
    );
    for (const h of HOLDERS) this._holder.append(el('option', { value: h }, tr.holders[h]));
    this._holder.addEventListener('change', () => this._apply());
    this._caption = el('caption', {});
    this._body = el('tbody', {});
    const head = el('tr', {});
    for (const key of COLUMNS) {
      const sort = el('button', { type: 'button', class: 'sort' }, tr.table.columns[key]);
      sort.addEventListener('click', () => {
        this._sort = { key, dir: this._sort.key === key ? (-this._sort.dir as 1 | -1) : 1 };
        this._apply();
      });
      const th = el('th', { scope: 'col', class: key === 'km2' ? 'num' : '' }, sort);
      this._headers.set(key, th);
      head.append(th);
    }
    this.element = el(
      'section',
      { class: 'panel table-panel', 'aria-label': tr.table.label },
      el('p', { class: 'table-controls' }, this._filter, ' ', this._holder),
      el('table', { class: 'control-table' }, this._caption, el('thead', {}, head), this._body),
      el('p', { class: 'muted' }, tr.table.note),
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
      row.tr.append(el('th', { scope: 'row' }, button), row.unit, el('td', { class: 'num' }, num(row.km2)), row.holder, row.since);
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
    this._title = tr.table.title(dayText(day));
    t.zones.forEach((z, i) => {
      const r = this._rows[i]!;
      const place = z.place ? this._opts.places.get(z.place) : undefined;
      r.name = place ? nameIn(place, names) : z.name;
      r.button.textContent = r.name;
      setLang(r.button, place ? langOf(names, place) : RECORD_LANG);
      const unit = this._opts.units.get(z.district);
      r.unitName = nameIn(unit, names, 'short_') || z.district;
      r.unit.textContent = r.unitName;
      setLang(r.unit, langOf(names, unit, 'short_'));
      const p = periods[i];
      r.held = p?.holder ?? null;
      r.from = p && p.from !== t.start ? p.from : '';
      r.holder.textContent = p
        ? tr.holders[p.holder] + (p.confidence && p.confidence !== 'confirmed' && r.from ? ` (${tr.confidence.short[p.confidence]})` : '')
        : '—';
      const e = p ? t.event(p.event) : undefined;
      if (!r.from) r.since.textContent = tr.table.start;
      else if (e) r.since.replaceChildren(`${dayText(r.from)} (`, el('span', { lang: RECORD_LANG }, e.title), ')');
      else r.since.textContent = dayText(r.from);
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
      const c = typeof va === 'number' ? va - (vb as number) : va.localeCompare(vb as string, LOCALES[lang]);
      return c * dir || a.name.localeCompare(b.name, LOCALES[lang]);
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
    this._caption.textContent = `${this._title} — ${tr.table.shown(shown, rows.length)}`;
  }
}

function setLang(e: HTMLElement, lang: string | undefined): void {
  if (lang) e.lang = lang;
  else e.removeAttribute('lang');
}
