/**
 * Tabs over the side panels, following the store's `panel` (so a link can open one), with the ARIA tabs pattern:
 * one Tab stop for the tab list, arrow keys, Home and End move between tabs and open them. On a phone the panels can
 * fold away so the map keeps the screen: choosing the open tab again folds or unfolds them.
 */
import type { Store } from '../model/store.ts';
import { tr } from '../i18n/index.ts';
import { PANELS, type PanelId } from '../model/vocabulary.ts';
import { el, scrollToShow } from './dom.ts';

export interface TabsOptions {
  store: Store;
  panels: Record<PanelId, HTMLElement>;
  /** The element that folds (gets the class `collapsed`). */
  host: HTMLElement;
  /** Whether folding is offered (narrow screens). */
  foldable: () => boolean;
}

export class Tabs {
  readonly element: HTMLElement;
  private readonly _tabs = new Map<PanelId, HTMLButtonElement>();
  private readonly _unsubscribe: () => void;

  constructor(private readonly _opts: TabsOptions) {
    const { store, panels, host } = _opts;
    const list = el('div', { role: 'tablist', class: 'tabs', 'aria-label': tr.tabs.label });
    this.element = el('div', { class: 'tabbed' }, list);
    for (const id of PANELS) {
      const tab = el('button', { type: 'button', role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}` }, tr.panels[id]);
      const panel = panels[id];
      panel.id = `panel-${id}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', () => {
        if (store.state.panel === id && _opts.foldable()) host.classList.toggle('collapsed');
        else host.classList.remove('collapsed');
        store.set({ panel: id }, 'panel');
      });
      tab.addEventListener('keydown', (e) => this._key(e, id));
      this._tabs.set(id, tab);
      list.append(tab);
      this.element.append(panel);
    }
    this._render(store.state.panel);
    this._unsubscribe = store.subscribe((state, prev) => {
      if (state.panel !== prev.panel) {
        this._render(state.panel);
        // On a phone the tab row may scroll sideways: keep the open tab in sight.
        const tab = this._tabs.get(state.panel);
        if (tab) scrollToShow(tab);
        // A panel opened by a link or a history step is shown even where the panels were folded.
        host.classList.remove('collapsed');
      }
    });
  }

  destroy(): void {
    this._unsubscribe();
    this.element.remove();
  }

  private _render(open: PanelId): void {
    for (const [id, tab] of this._tabs) {
      const selected = id === open;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      this._opts.panels[id].hidden = !selected;
    }
  }

  private _key(e: KeyboardEvent, id: PanelId): void {
    const i = PANELS.indexOf(id);
    const n = PANELS.length;
    const to = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = PANELS[to]!;
    this._opts.store.set({ panel: next }, 'panel');
    this._tabs.get(next)!.focus();
  }
}
