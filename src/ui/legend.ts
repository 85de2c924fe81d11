/** The legend, as a MapLibre control: holder colours, then the lines and outlines drawn. */
import type { IControl } from 'maplibre-gl';
import { HOLDER_COLOURS, HOLDER_LABELS, PALETTE } from '../map/palette.ts';
import { el } from './dom.ts';

export interface LegendOptions {
  /** Start expanded. @defaultValue true */
  open?: boolean;
}

export class LegendControl implements IControl {
  private _container: HTMLElement | undefined;
  private readonly _open: boolean;

  constructor(options: LegendOptions = {}) {
    this._open = options.open ?? true;
  }

  onAdd(): HTMLElement {
    const swatch = (colour: string, label: string) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${colour}` }), label);
    const stroke = (colour: string, label: string, dashed = false) =>
      el('li', {}, el('span', { class: `stroke${dashed ? ' dashed' : ''}`, style: `border-color:${colour}` }), label);
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
    const details = el('details', { class: 'legend' }, el('summary', {}, 'Legend'), body);
    details.open = this._open;
    this._container = el('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group legend-ctrl' }, details);
    return this._container;
  }

  onRemove(): void {
    this._container?.remove();
    this._container = undefined;
  }
}
