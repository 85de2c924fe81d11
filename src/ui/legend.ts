/** The legend, as a MapLibre control: holder colours, then the lines and outlines drawn. */
import type { IControl } from 'maplibre-gl';
import { HOLDER_COLOURS, HOLDER_LABELS, PALETTE } from '../map/palette.ts';
import { el } from './dom.ts';
import { ALL_LAYERS, type LayerKey } from '../app/store.ts';

const LAYER_LABELS: Record<LayerKey, string> = {
  zones: 'Control zones',
  districts: '1988 districts and NKAO',
  lines: 'Lines of contact',
  corridor: 'Corridor roads',
  peacekeeping: 'Peacekeeping zone',
  places: 'Places',
};

export interface LegendOptions {
  /** Start expanded. @defaultValue true */
  open?: boolean;
  /** Layers shown at first. @defaultValue all */
  layers?: readonly LayerKey[];
  /** Called with the layers the reader wants visible. */
  onToggle?: (layers: LayerKey[]) => void;
}

export class LegendControl implements IControl {
  private _container: HTMLElement | undefined;
  private readonly _open: boolean;
  private readonly _boxes = new Map<LayerKey, HTMLInputElement>();

  constructor(private readonly _options: LegendOptions = {}) {
    this._open = _options.open ?? true;
  }

  /** Closes the legend (its summary still opens it). */
  fold(): void {
    const details = this._container?.querySelector('details');
    if (details) details.open = false;
  }

  setLayers(layers: readonly LayerKey[]): void {
    for (const [k, box] of this._boxes) box.checked = layers.includes(k);
  }

  private _layerToggles(): HTMLElement {
    const visible = this._options.layers ?? ALL_LAYERS;
    const fieldset = el('fieldset', { class: 'layer-toggles' }, el('legend', {}, 'Show'));
    for (const key of ALL_LAYERS) {
      const box = el('input', { type: 'checkbox', name: 'layer', value: key });
      box.checked = visible.includes(key);
      box.addEventListener('change', () => this._options.onToggle?.(ALL_LAYERS.filter((k) => this._boxes.get(k)!.checked)));
      this._boxes.set(key, box);
      fieldset.append(el('label', {}, box, ' ', LAYER_LABELS[key]));
    }
    return fieldset;
  }

  onAdd(): HTMLElement {
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
    const body = el(
      'ul',
      { class: 'legend-list' },
      swatch(HOLDER_COLOURS.armenian, HOLDER_LABELS.armenian),
      swatch(HOLDER_COLOURS.azerbaijani, HOLDER_LABELS.azerbaijani),
      swatch(HOLDER_COLOURS.peacekeepers, HOLDER_LABELS.peacekeepers),
      stroke(PALETTE.line1994, 'Line of contact 1994–2020'),
      stroke(PALETTE.line2020, 'Front line at the ceasefire, 10 Nov 2020'),
      stroke(PALETTE.road, 'Lachin corridor road', true),
      stroke(PALETTE.peacekeeping, 'Russian peacekeeping zone (approximate)', true),
      stroke(PALETTE.district, '1988 district / NKAO boundary', true),
    );
    const details = el('details', { class: 'legend' }, el('summary', {}, 'Legend'), body, this._layerToggles());
    details.open = this._open;
    this._container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group legend-ctrl' }, details);
    return this._container;
  }

  onRemove(): void {
    this._container?.remove();
    this._container = undefined;
  }
}
