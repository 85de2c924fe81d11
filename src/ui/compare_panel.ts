/**
 * Compare two days and see the whole timeline: a second day, the km² that
 * changed hands between them (by transition), the area chart, and exports.
 */
import { isIsoDay, type IsoDay } from '../model/calendar.ts';
import { dayText, num, tr } from '../i18n/index.ts';
import type { AreaStats } from '../model/stats.ts';
import type { AppState, Store } from '../model/store.ts';
import { ordered } from '../model/domain.ts';
import { COMPARE_VIEWS, type CompareView } from '../model/vocabulary.ts';
import { TRANSITION_COLOURS } from '../map/palette.ts';
import { el } from './dom.ts';
import type { AreaChart } from './area_chart.ts';

export interface ComparePanelOptions {
  store: Store;
  stats: AreaStats;
  chart: AreaChart;
  min: IsoDay;
  max: IsoDay;
  /** False where there is no map: the map views are then disabled. */
  hasMap: boolean;
  onExportGeoJSON: () => void;
  onExportPng: (() => void) | null;
  /** More export controls, after the buttons (the time-lapse's). */
  moreExports?: readonly HTMLElement[];
}

export class ComparePanel {
  readonly element: HTMLElement;
  private readonly _input: HTMLInputElement;
  private readonly _result: HTMLElement;
  private readonly _radios = new Map<CompareView, HTMLInputElement>();
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: ComparePanelOptions) {
    const { store } = _opts;
    // Named by its visible label's words (a wrapping label would add the field's value to the name).
    this._input = el('input', { type: 'date', min: _opts.min, max: _opts.max, 'aria-labelledby': 'compare-with-text' });
    this._input.addEventListener('change', () => store.set({ compare: isIsoDay(this._input.value) ? this._input.value : null }, 'select'));
    const clear = el('button', { type: 'button' }, tr.compare.stop);
    clear.addEventListener('click', () => store.set({ compare: null }, 'select'));
    // Not a live region: it changes with every day while comparing; the announcer is the page's one voice for the timeline.
    this._result = el('div', { class: 'compare-result' });
    const views = el('fieldset', { class: 'compare-view' }, el('legend', {}, tr.compare.onMap));
    for (const value of COMPARE_VIEWS) {
      const radio = el('input', { type: 'radio', name: 'compare-view', value });
      radio.disabled = !_opts.hasMap;
      radio.addEventListener('change', () => radio.checked && store.set({ compareView: value }, 'view'));
      this._radios.set(value, radio);
      views.append(el('label', {}, radio, ' ', tr.compare.views[value]));
    }
    const geojson = el('button', { type: 'button' }, tr.compare.geojson);
    geojson.addEventListener('click', _opts.onExportGeoJSON);
    const png = el('button', { type: 'button' }, tr.compare.png);
    if (_opts.onExportPng) png.addEventListener('click', _opts.onExportPng);
    else png.disabled = true;
    this.element = el(
      'section',
      { class: 'panel compare-panel', 'aria-label': tr.compare.label },
      el('h2', {}, tr.compare.heading),
      el(
        'p',
        { class: 'compare-controls' },
        el('label', {}, el('span', { id: 'compare-with-text' }, tr.compare.with), ' ', this._input),
        ' ',
        clear,
      ),
      views,
      this._result,
      el('h2', {}, tr.compare.areaHeading),
      _opts.chart.element,
      el('h2', {}, tr.compare.exportHeading),
      el('p', { class: 'export-buttons' }, geojson, ' ', png, ...(_opts.moreExports ?? []).flatMap((e) => [' ', e])),
    );
    this._render(store.state);
    this._unsubscribe = store.subscribe((state) => this._render(state));
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  private _shown: string | null = null;

  /** Follows the state; the readout and the chart only while the panel is open (a hidden panel catches up when opened). */
  private _render(state: AppState): void {
    for (const [view, radio] of this._radios) radio.checked = view === state.compareView;
    if (this._input.value !== (state.compare ?? '')) this._input.value = state.compare ?? '';
    if (state.panel === 'compare') this.update(state.day, state.compare);
  }

  update(day: IsoDay, compare: IsoDay | null): void {
    this._opts.chart.update(day);
    if (this._input.value !== (compare ?? '')) this._input.value = compare ?? '';
    // Rebuild the result only when what it shows changes (not on every day while not comparing).
    const key = compare ? `${compare}|${day}` : 'none';
    if (key === this._shown) return;
    this._shown = key;
    if (!compare) {
      this._result.replaceChildren(el('p', { class: 'muted' }, tr.compare.choose));
      return;
    }
    const [a, b] = ordered(compare, day);
    const rows = this._opts.stats.transitions(a, b);
    const total = rows.reduce((s, r) => s + r.km2, 0);
    const swatch = (key: string) => {
      const s = el('span', { class: 'swatch' });
      s.style.background = TRANSITION_COLOURS[key] ?? '#999';
      return s;
    };
    this._result.replaceChildren(
      el('p', {}, tr.compare.fromTo(dayText(a), dayText(b))),
      rows.length === 0
        ? el('p', {}, tr.compare.nothing)
        : el(
            'table',
            { class: 'transitions' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', { scope: 'col' }, tr.compare.change),
                el('th', { scope: 'col' }, tr.units.km2),
                el('th', { scope: 'col' }, tr.compare.cells),
              ),
            ),
            el(
              'tbody',
              {},
              ...rows.map((r) =>
                el(
                  'tr',
                  { 'data-transition': `${r.from}>${r.to}` },
                  el('td', {}, swatch(`${r.from}>${r.to}`), ` ${tr.holders[r.from]} → ${tr.holders[r.to]}`),
                  el('td', { class: 'num' }, num(r.km2)),
                  el('td', { class: 'num' }, String(r.zones.length)),
                ),
              ),
            ),
            el(
              'tfoot',
              {},
              el('tr', {}, el('th', { scope: 'row' }, tr.compare.total), el('td', { class: 'num' }, num(total)), el('td', {})),
            ),
          ),
      el('p', { class: 'muted' }, tr.compare.areasNote),
    );
  }
}
