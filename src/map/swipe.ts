/**
 * Swipe between two days, as a map control: a second map showing the compare day lies over the main map (which shows
 * the day on the slider) and is clipped at a draggable divider, so that the earlier day is always left of it and the
 * later day right; a label on each side names its day. The second map follows the main map's camera and takes no
 * input. Created only while swiping (a second WebGL context is not free); `onRemove` undoes everything `onAdd` did.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import type { LayerKey, NameKey } from '../model/vocabulary.ts';
import { createMap, lateLayersAdded } from './create_map.ts';
import { DateStyler } from './date_styling.ts';
import { showLayers, type AtlasSourcesData } from './atlas_layers.ts';
import { dayText, tr } from '../i18n/index.ts';

export interface SwipeOptions {
  sources: AtlasSourcesData;
  timeline: Timeline;
  lines: FeatureCollection;
  places?: FeatureCollection;
  /** The names convention and the layers shown on the main map, kept on the second map too. */
  names: NameKey;
  layers: readonly LayerKey[];
}

export class SwipeControl implements IControl {
  private _main: MapLibreMap | undefined;
  private _map: MapLibreMap | undefined;
  private _styler: DateStyler | undefined;
  private _loaded = false;
  private _compare: IsoDay;
  private _day: IsoDay;
  private _names: NameKey;
  private _layers: readonly LayerKey[];
  private readonly _placeholder = document.createElement('div');
  private readonly _layer = div('swipe-layer');
  private readonly _labelLeft = div('swipe-label swipe-label-a');
  private readonly _labelRight = div('swipe-label swipe-label-b');
  private readonly _divider = div('swipe-divider');
  private readonly _range = document.createElement('input');
  private readonly _sync = () => {
    const m = this._main!;
    this._map?.jumpTo({ center: m.getCenter(), zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() });
  };
  private readonly _onInput = () => this._clip();

  /** `compare` is drawn by the second map, `day` by the main map. */
  constructor(
    private readonly _opts: SwipeOptions,
    compare: IsoDay,
    day: IsoDay,
  ) {
    this._compare = compare;
    this._day = day;
    this._names = _opts.names;
    this._layers = _opts.layers;
    this._range.type = 'range';
    this._range.min = '0';
    this._range.max = '100';
    this._range.value = '50';
    this._range.className = 'swipe-range';
    this._range.setAttribute('aria-label', tr.map.swipe);
    this._placeholder.hidden = true;
  }

  /** The overlay covers the whole map, so it goes into the map's container; the corner gets an empty placeholder. */
  onAdd(main: MapLibreMap): HTMLElement {
    this._main = main;
    main.getContainer().append(this._layer, this._divider, this._labelLeft, this._labelRight, this._range);
    this._range.addEventListener('input', this._onInput);
    const map = createMap({ container: this._layer, atlas: this._opts.sources });
    this._map = map;
    // The second map repeats the first for the eye only: its canvas must not be reachable or read out.
    map.getCanvas().tabIndex = -1;
    map.getContainer().setAttribute('aria-hidden', 'true');
    map.once('load', () => {
      this._styler = new DateStyler(map, this._opts.timeline, this._opts.lines, this._opts.places);
      this._loaded = true;
      this._styler.apply(this._compare);
      this.setNames(this._names);
      this.setLayers(this._layers);
    });
    // Its lines, places and marks come after its first coloured frame, as on the main map: the switches apply to them.
    void lateLayersAdded(map).then(() => {
      if (this._map === map) this.setLayers(this._layers);
    });
    main.on('move', this._sync);
    this._sync();
    this.setDays(this._compare, this._day);
    return this._placeholder;
  }

  onRemove(): void {
    this._main?.off('move', this._sync);
    this._range.removeEventListener('input', this._onInput);
    this._map?.remove();
    this._map = undefined;
    this._styler = undefined;
    this._loaded = false;
    for (const e of [this._layer, this._divider, this._labelLeft, this._labelRight, this._range, this._placeholder]) e.remove();
    this._main = undefined;
  }

  setDays(compare: IsoDay, day: IsoDay): void {
    this._compare = compare;
    this._day = day;
    this._styler?.apply(compare);
    const [earlier, later] = compare <= day ? [compare, day] : [day, compare];
    this._labelLeft.textContent = dayText(earlier);
    this._labelRight.textContent = dayText(later);
    this._clip();
  }

  setNames(names: NameKey): void {
    this._names = names;
    // Only on a change: every call makes MapLibre re-evaluate the whole style.
    if (this._loaded && this._map!.getGlobalState().names !== names) this._map!.setGlobalStateProperty('names', names);
  }

  setLayers(layers: readonly LayerKey[]): void {
    this._layers = layers;
    if (this._loaded) showLayers(this._map!, layers);
  }

  /** The overlay shows the compare day on its side of the divider: left when it is the earlier day, right otherwise. */
  private _clip(): void {
    const pct = Number(this._range.value);
    this._layer.style.clipPath = this._compare <= this._day ? `inset(0 ${100 - pct}% 0 0)` : `inset(0 0 0 ${pct}%)`;
    // The day labels and the divider line follow the handle.
    this._labelLeft.style.left = `${pct}%`;
    this._labelRight.style.left = `${pct}%`;
    this._divider.style.left = `${pct}%`;
  }
}

function div(className: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  return d;
}
