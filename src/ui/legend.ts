/**
 * The legend, as a map control: what the fills mean (the holders, or while comparing, what changed hands between the
 * two days), then the lines and outlines drawn, then the layer switches. It follows the store and writes the layers
 * to it; `onRemove` undoes every listener `onAdd` added.
 */
import type { IControl } from 'maplibre-gl';
import {
  HOLDER_COLOURS,
  HOLDER_MARKS,
  MARK_TILE,
  PALETTE,
  PLACE_DOT_COLOURS,
  PLACE_OUTSIDE_COLOUR,
  TRANSITION_COLOURS,
  UNSURE_MARKS,
  UNSURE_TILE,
} from '../map/palette.ts';
import { HOLDERS, LAYER_KEYS, type Holder, type LayerKey } from '../model/vocabulary.ts';
import { dayText, tr } from '../i18n/index.ts';
import { ordered } from '../model/domain.ts';
import type { AppState, Store } from '../model/store.ts';
import { el } from './dom.ts';

export interface LegendOptions {
  store: Store;
  /** Start expanded. @defaultValue true */
  open?: boolean;
}

export class LegendControl implements IControl {
  private _container: HTMLElement | undefined;
  private _details: HTMLDetailsElement | undefined;
  private _holders: HTMLElement | undefined;
  private _changes: HTMLElement | undefined;
  private _changesTitle: HTMLElement | undefined;
  private readonly _boxes = new Map<LayerKey, HTMLInputElement>();
  private _unsubscribe: (() => void) | undefined;

  constructor(private readonly _options: LegendOptions) {}

  /** Closes the legend (its summary still opens it). */
  fold(): void {
    if (this._details) this._details.open = false;
  }

  /** Opens the legend. */
  unfold(): void {
    if (this._details) this._details.open = true;
  }

  onAdd(): HTMLElement {
    const { store } = this._options;
    // Colours go through the CSSOM, not a style attribute, so the strict CSP needs no 'unsafe-inline'.
    const swatch = (colour: string, label: string) => {
      const s = el('span', { class: 'swatch' });
      s.style.background = colour;
      return el('li', {}, s, label);
    };
    const stroke = (colour: string, label: string, dashed = false) => {
      const s = el('span', { class: `stroke${dashed ? ' dashed' : ''}` });
      s.style.borderColor = colour;
      return el('li', {}, s, label);
    };
    // Each holder's swatch carries its pattern too (hatched, dotted, plain), as on the map.
    const holderSwatch = (h: (typeof HOLDERS)[number]) => {
      const li = swatch(HOLDER_COLOURS[h], tr.holders[h]);
      const mark = HOLDER_MARKS[h];
      const s = li.querySelector<HTMLElement>('.swatch')!;
      s.classList.add('swatch-large');
      if (mark?.kind === 'hatch')
        s.style.backgroundImage = `repeating-linear-gradient(-45deg, ${mark.colour} 0 1.2px, transparent 1.2px ${MARK_TILE / Math.SQRT2}px)`;
      if (mark?.kind === 'dots') {
        s.style.backgroundImage = `radial-gradient(circle, ${mark.colour} 1.4px, transparent 1.9px)`;
        s.style.backgroundSize = `${MARK_TILE}px ${MARK_TILE}px`;
      }
      return li;
    };
    // The uncertainty hatch, shown over the Azerbaijani fill (the plain one) and in that holder's shade.
    const unsure = swatch(HOLDER_COLOURS.azerbaijani, tr.legend.unsure);
    const us = unsure.querySelector<HTMLElement>('.swatch')!;
    us.classList.add('swatch-large');
    us.style.backgroundImage = `repeating-linear-gradient(45deg, ${UNSURE_MARKS.azerbaijani.colour} 0 1.2px, transparent 1.2px ${UNSURE_TILE / Math.SQRT2}px)`;
    // Settlements: a dot in a dark shade of the holder of the settlement on the day shown (the key's dots are for the
    // eye; the text says it).
    const dots = el(
      'li',
      { class: 'legend-dots' },
      el(
        'span',
        { class: 'legend-dot-keys', 'aria-hidden': 'true' },
        ...HOLDERS.map((h) => {
          const d = el('span', { class: 'place-dot-key' });
          d.style.background = PLACE_DOT_COLOURS[h];
          return d;
        }),
      ),
      tr.legend.dots,
    );
    const outside = el('li', { class: 'legend-dots' }, el('span', { class: 'place-dot-key', 'aria-hidden': 'true' }), tr.legend.outside);
    outside.querySelector<HTMLElement>('.place-dot-key')!.style.background = PLACE_OUTSIDE_COLOUR;
    this._holders = el('ul', { class: 'legend-list legend-holders' }, ...HOLDERS.map(holderSwatch), unsure, dots, outside);
    this._changesTitle = el('p', { class: 'legend-title' });
    this._changes = el(
      'div',
      { class: 'legend-changes' },
      this._changesTitle,
      el(
        'ul',
        { class: 'legend-list' },
        ...Object.entries(TRANSITION_COLOURS)
          .filter(([k]) => k !== 'same')
          .map(([k, colour]) => {
            const [from, to] = k.split('>') as [Holder, Holder];
            return swatch(colour, `${tr.holdersShort[from]} → ${tr.holdersShort[to]}`);
          }),
        swatch(TRANSITION_COLOURS.same!, tr.legend.noChange),
      ),
    );
    const lines = el(
      'ul',
      { class: 'legend-list' },
      stroke(PALETTE.line1994, tr.legend.line1994),
      stroke(PALETTE.line2020, tr.legend.line2020, true),
      stroke(PALETTE.road, tr.legend.road, true),
      stroke(PALETTE.peacekeeping, tr.legend.peacekeeping, true),
      stroke(PALETTE.district, tr.legend.district, true),
      stroke(PALETTE.river, tr.legend.river),
    );
    const fieldset = el('fieldset', { class: 'layer-toggles' }, el('legend', {}, tr.legend.show));
    for (const key of LAYER_KEYS) {
      const box = el('input', { type: 'checkbox', name: 'layer', value: key });
      box.addEventListener('change', () => store.set({ layers: LAYER_KEYS.filter((k) => this._boxes.get(k)!.checked) }, 'layers'));
      this._boxes.set(key, box);
      fieldset.append(el('label', {}, box, ' ', tr.layers[key]));
    }
    const details = el('details', { class: 'legend' }, el('summary', {}, tr.legend.summary), this._holders, this._changes, lines, fieldset);
    details.open = this._options.open ?? true;
    this._details = details;
    this._container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group legend-ctrl' }, details);
    this._render(store.state, null);
    this._unsubscribe = store.subscribe((state, prev) => this._render(state, prev));
    return this._container;
  }

  onRemove(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
    this._container?.remove();
    this._container = undefined;
    this._details = undefined;
    this._boxes.clear();
  }

  private _render(state: AppState, prev: AppState | null): void {
    if (!prev || state.layers !== prev.layers) for (const [k, box] of this._boxes) box.checked = state.layers.includes(k);
    // While the map colours what changed, the key explains those colours (and only then).
    const changes = state.compare !== null && state.compareView === 'changes';
    this._holders!.hidden = changes;
    this._changes!.hidden = !changes;
    if (changes) {
      const [a, b] = ordered(state.compare!, state.day);
      this._changesTitle!.textContent = tr.legend.changesTitle(dayText(a), dayText(b));
    }
    // Swiping folds the legend when it starts: it would cover most of the earlier day, left of the divider.
    const swiping = state.compare !== null && state.compareView === 'swipe';
    const wasSwiping = !!prev && prev.compare !== null && prev.compareView === 'swipe';
    if (swiping && !wasSwiping) this.fold();
  }
}
