/**
 * Swipe between two days: a second map, showing the comparison day, lies
 * over the main map (which shows the day on the slider) and is clipped at a
 * draggable divider; a label on each side names its day. The second map follows the main map's camera and takes no input.
 * Created only while swiping: a second WebGL context is not free.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import { createMap } from './create_map.ts';
import { DateStyler } from './date_styling.ts';
import { showLayers, type AtlasUrls } from './atlas_layers.ts';
import type { LayerKey, NameKey } from '../url/permalink.ts';

export interface SwipeOptions {
  main: MapLibreMap;
  host: HTMLElement;
  urls: AtlasUrls;
  timeline: Timeline;
  lines: FeatureCollection;
  /** The names convention and the layers shown on the main map, kept on the second map too. */
  names: NameKey;
  layers: readonly LayerKey[];
}

export class Swipe {
  private readonly _layer: HTMLElement;
  private readonly _map: MapLibreMap;
  private readonly _range: HTMLInputElement;
  private readonly _labelA: HTMLElement;
  private readonly _labelB: HTMLElement;
  private readonly _divider: HTMLElement;
  private _styler: DateStyler | undefined;
  private _dayA: IsoDay;
  private _names: NameKey;
  private _layers: readonly LayerKey[];
  private _loaded = false;
  private readonly _sync = () => {
    const m = this._opts.main;
    this._map.jumpTo({ center: m.getCenter(), zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() });
  };

  constructor(
    private readonly _opts: SwipeOptions,
    dayA: IsoDay,
    dayB: IsoDay,
  ) {
    this._dayA = dayA;
    this._names = _opts.names;
    this._layers = _opts.layers;
    this._layer = document.createElement('div');
    this._layer.className = 'swipe-layer';
    this._labelA = document.createElement('div');
    this._labelA.className = 'swipe-label swipe-label-a';
    this._labelB = document.createElement('div');
    this._labelB.className = 'swipe-label swipe-label-b';
    this._divider = document.createElement('div');
    this._divider.className = 'swipe-divider';
    this._range = document.createElement('input');
    this._range.type = 'range';
    this._range.min = '0';
    this._range.max = '100';
    this._range.value = '50';
    this._range.className = 'swipe-range';
    this._range.setAttribute('aria-label', 'Swipe position');
    this._range.addEventListener('input', () => this._clip());
    _opts.host.append(this._layer, this._divider, this._labelA, this._labelB, this._range);
    this._map = createMap({ container: this._layer, atlas: _opts.urls });
    this._map.getContainer().setAttribute('aria-hidden', 'true');
    this._map.once('load', () => {
      this._styler = new DateStyler(this._map, _opts.timeline, _opts.lines);
      this._styler.apply(this._dayA);
      this._loaded = true;
      this.setNames(this._names);
      this.setLayers(this._layers);
    });
    _opts.main.on('move', this._sync);
    this._sync();
    this.setDays(dayA, dayB);
    this._clip();
  }

  setDays(dayA: IsoDay, dayB: IsoDay): void {
    this._dayA = dayA;
    this._styler?.apply(dayA);
    this._labelA.textContent = formatDay(dayA);
    this._labelB.textContent = formatDay(dayB);
  }

  setNames(names: NameKey): void {
    this._names = names;
    // Only on a change: every call makes MapLibre re-evaluate the whole style.
    if (this._loaded && this._map.getGlobalState().names !== names) this._map.setGlobalStateProperty('names', names);
  }

  setLayers(layers: readonly LayerKey[]): void {
    this._layers = layers;
    if (this._loaded) showLayers(this._map, layers);
  }

  private _clip(): void {
    const pct = Number(this._range.value);
    this._layer.style.clipPath = `inset(0 ${100 - pct}% 0 0)`;
    // The day labels and the divider line follow the handle.
    this._labelA.style.left = `${pct}%`;
    this._labelB.style.left = `${pct}%`;
    this._divider.style.left = `${pct}%`;
  }

  remove(): void {
    this._opts.main.off('move', this._sync);
    this._map.remove();
    this._layer.remove();
    this._labelA.remove();
    this._labelB.remove();
    this._divider.remove();
    this._range.remove();
  }
}
