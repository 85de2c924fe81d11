/**
 * A map control with one button that brings the map back to its home view (the eight units, clear of the controls):
 * the way back for a reader who has zoomed or panned far from the region.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { tr } from '../i18n/index.ts';

export class ResetViewControl implements IControl {
  private _el: HTMLElement | undefined;

  constructor(private readonly _home: () => void) {}

  onAdd(_map: MapLibreMap): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group reset-view';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reset-view-button';
    button.title = tr.map.reset;
    button.setAttribute('aria-label', tr.map.reset);
    // A house outline; the label says what it does.
    const svg = svgElement('svg', { viewBox: '0 0 20 20', width: '20', height: '20', 'aria-hidden': 'true', focusable: 'false' });
    svg.append(
      svgElement('path', {
        d: 'M3 10 10 3.5 17 10M5.5 8v8.5h9V8',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': '1.8',
        'stroke-linejoin': 'round',
      }),
    );
    button.append(svg);
    button.addEventListener('click', () => this._home());
    el.append(button);
    this._el = el;
    return el;
  }

  onRemove(): void {
    this._el?.remove();
    this._el = undefined;
  }
}

function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  return e;
}
