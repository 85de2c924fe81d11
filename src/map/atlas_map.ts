/**
 * The map adapter: the only code that touches the MapLibre map once it is built. It follows the store (the day into
 * feature-state, names and comparison into global state, layer switches, the selection's highlight, swipe), owns the
 * popup of a territory cell, is the permalink's camera, and undoes all of it in `destroy()`.
 */
import * as maplibregl from 'maplibre-gl';
import type { IControl, MapMouseEvent, ControlPosition, PaddingOptions, LngLatBoundsLike } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import type { Timeline } from '../model/timeline.ts';
import type { AppState, ChangeReason, Selection, Store } from '../model/store.ts';
import { ordered, type Highlight } from '../model/domain.ts';
import type { AreaStats } from '../model/stats.ts';
import type { Camera } from '../url/permalink_sync.ts';
import type { MapView } from '../url/permalink.ts';
import { DateStyler } from './date_styling.ts';
import { SelectionStyler } from './selection.ts';
import { SwipeControl } from './swipe.ts';
import { ResetViewControl } from './reset_control.ts';
import { addRelief } from './relief.ts';
import { lateLayersAdded } from './create_map.ts';
import { markFirstColour, showLayers, type AtlasSourcesData } from './atlas_layers.ts';
import { tr } from '../i18n/index.ts';

export interface AtlasMapOptions {
  map: maplibregl.Map;
  /** Resolves once the map's style (with the atlas sources, the cells and units included) is parsed. */
  styleReady: Promise<void>;
  store: Store;
  timeline: Timeline;
  stats: AreaStats;
  data: { zones: FeatureCollection; boundaries: FeatureCollection; lines: FeatureCollection; places?: FeatureCollection };
  /** What the second map of a swipe loads (the lines and places by URL). */
  swipeSources: Omit<AtlasSourcesData, 'zones' | 'boundaries'>;
  highlightOf: (sel: Selection | null) => Highlight;
  /** The content of the popup of a cell on the state's day, in its names. */
  popupContent: (zoneId: string, state: AppState) => HTMLElement;
  /** Called with what the map could not draw. */
  onError: (title: string, detail?: string) => void;
}

/** Space kept between what is framed and the map's edge or controls (CSS px). */
const MARGIN = 12;

export class AtlasMap implements Camera {
  readonly map: maplibregl.Map;
  /** Resolves when the atlas is drawn for the first time (its first `idle`). */
  readonly firstIdle: Promise<void>;
  private _dates: DateStyler | undefined;
  private readonly _selection: SelectionStyler;
  private _swipe: SwipeControl | undefined;
  private _popup: maplibregl.Popup | undefined;
  private _popupZone: string | null = null;
  private _popupKey = '';
  private _returnFocus: HTMLElement | undefined;
  private _loaded = false;
  private _unsubscribe: () => void;
  private readonly _undo: (() => void)[] = [];

  constructor(private readonly _opts: AtlasMapOptions) {
    const m = (this.map = _opts.map);
    this._selection = new SelectionStyler(m, _opts.data.zones, _opts.data.lines);
    const reset = new ResetViewControl(() => this.home(true));
    m.addControl(reset, 'top-right');
    this._undo.push(() => m.removeControl(reset));
    this._listen('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) =>
      _opts.onError(e.sourceId ? tr.map.sourceError(e.sourceId) : tr.map.error, e.error?.message),
    );
    // A staged map adds its lines, places, units and the cells' marks after the first coloured frame: the layer
    // switches apply to them too.
    void lateLayersAdded(m).then(() => {
      if (this.map.getSource('zones')) showLayers(m, _opts.store.state.layers);
    });
    this._listen('click', 'zone-fill', (e: MapMouseEvent & { features?: maplibregl.MapGeoJSONFeature[] }) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      if (!id) return;
      this.openPopup(id, e.lngLat);
      _opts.store.set({ selection: { kind: 'zone', id } }, 'select');
    });
    this._listen('mouseenter', 'zone-fill', () => (m.getCanvas().style.cursor = 'pointer'));
    this._listen('mouseleave', 'zone-fill', () => (m.getCanvas().style.cursor = ''));
    // From the focused map, Enter (or Space) opens the popup of the cell under the centre mark; Escape closes the
    // popup, from the map or from inside it, and gives the focus back to where it was.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && this._popup) {
        e.stopPropagation();
        this.closePopup(true);
      } else if ((e.key === 'Enter' || e.key === ' ') && e.target === m.getCanvas()) {
        e.preventDefault();
        this.openAtCentre();
      }
    };
    m.getContainer().addEventListener('keydown', onKey);
    this._undo.push(() => m.getContainer().removeEventListener('keydown', onKey));
    // The centre mark shows where Enter looks, while the map has the keyboard focus (CSS: :focus-visible).
    const mark = document.createElement('div');
    mark.className = 'centre-mark';
    mark.setAttribute('aria-hidden', 'true');
    m.getContainer().append(mark);
    this._undo.push(() => mark.remove());
    // The canvas says what Enter does.
    m.getCanvas().setAttribute('aria-description', tr.map.enterHint);

    this._unsubscribe = _opts.store.subscribe((state, prev, reason) => this._render(state, prev, reason));
    this.firstIdle = _opts.styleReady.then(
      () =>
        new Promise<void>((resolve) => {
          if (!this.map.getSource('zones')) return; // destroyed meanwhile
          this._dates = new DateStyler(m, _opts.timeline, _opts.data.lines, _opts.data.places);
          this._loaded = true;
          this._render(_opts.store.state, null, 'init');
          performance.mark('atlas:layers-added');
          this._undo.push(markFirstColour(m));
          // For the benchmark: the first frame with every layer drawn.
          m.once('idle', () => {
            performance.mark('atlas:first-idle');
            resolve();
            // The relief comes after the first coloured frame, under the water and the lines.
            if (this.map.getSource('zones')) addRelief(m, 'lake-over');
          });
        }),
    );
  }

  /** Adds a control to the map (the legend, the compare key). */
  addControl(control: IControl, position: ControlPosition): void {
    this.map.addControl(control, position);
  }

  removeControl(control: IControl): void {
    this.map.removeControl(control);
  }

  /** The canvas after the next frame is drawn (for the PNG export). */
  nextFrame(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('render', () => resolve(this.map.getCanvas()));
      this.map.triggerRepaint();
    });
  }

  /**
   * The canvas once the map has finished drawing what the store says now: its next `idle` (every tile loaded, labels
   * placed, fades over), for a film's frame. A repaint is asked for, so it resolves even when the change drew nothing
   * new. The map keeps its drawing buffer (createMap: preserveDrawingBuffer), so the canvas stays readable after.
   */
  settled(): Promise<HTMLCanvasElement> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve(this.map.getCanvas()));
      this.map.triggerRepaint();
    });
  }

  // The camera, for the permalink

  view(): MapView {
    const m = this.map;
    const c = m.getCenter();
    const v: MapView = { zoom: m.getZoom(), lat: c.lat, lon: c.lng };
    if (m.getBearing() !== 0 || m.getPitch() !== 0) {
      v.bearing = m.getBearing();
      v.pitch = m.getPitch();
    }
    return v;
  }

  jumpTo(v: MapView): void {
    this.map.jumpTo({ zoom: v.zoom, center: [v.lon, v.lat], bearing: v.bearing ?? 0, pitch: v.pitch ?? 0 });
  }

  frame(sel: Selection, animate = false): void {
    const b = this._selection.bounds(this._opts.highlightOf(sel));
    if (b) this._fit(b, animate, 10.5);
  }

  /** The eight units, as large as they fit beside the map's controls. */
  home(animate = false): void {
    const [w, s, e, n] = bbox(this._opts.data.boundaries);
    this._fit(
      [
        [w, s],
        [e, n],
      ],
      animate,
    );
  }

  onMoveEnd(listener: () => void): () => void {
    this.map.on('moveend', listener);
    return () => this.map.off('moveend', listener);
  }

  /**
   * Fits bounds clear of the controls in the map's corners. Each top corner's controls can be cleared by keeping
   * left of them or below them; every combination is tried and the one that shows the bounds largest wins.
   */
  private _fit(bounds: LngLatBoundsLike, animate: boolean, maxZoom?: number): void {
    const m = this.map;
    const box = m.getContainer().getBoundingClientRect();
    // The box of a corner's controls themselves (a corner may be stretched by CSS: the top left one runs down to the
    // scale so that the legend can scroll within it).
    const corner = (name: string) => {
      const el = m.getContainer().querySelector<HTMLElement>(`.maplibregl-ctrl-${name}`);
      const rects = [...(el?.children ?? [])].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
      if (!rects.length) return null;
      return {
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
      };
    };
    const tl = corner('top-left');
    const tr = corner('top-right');
    const bottom = Math.max(
      ...['bottom-left', 'bottom-right'].map((c) => {
        const r = corner(c);
        return r ? box.bottom - r.top : 0;
      }),
    );
    const options = (clear: [boolean, boolean]): Required<PaddingOptions> => ({
      top: MARGIN + Math.max(tl && clear[0] ? tl.bottom - box.top : 0, tr && clear[1] ? tr.bottom - box.top : 0),
      left: MARGIN + (tl && !clear[0] ? tl.right - box.left : 0),
      right: MARGIN + (tr && !clear[1] ? box.right - tr.left : 0),
      bottom: MARGIN + bottom,
    });
    let best: { zoom: number; padding: PaddingOptions } | undefined;
    for (const clear of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as [boolean, boolean][]) {
      const padding = options(clear);
      // A way round the controls that leaves no room (a long legend, a small map) is no way: MapLibre would give NaN.
      if (padding.top + padding.bottom >= box.height - MARGIN || padding.left + padding.right >= box.width - MARGIN) continue;
      const cam = m.cameraForBounds(bounds, { padding });
      if (cam?.zoom !== undefined && Number.isFinite(cam.zoom) && (!best || cam.zoom > best.zoom)) best = { zoom: cam.zoom, padding };
    }
    // An undefined maxZoom would override MapLibre's default with NaN.
    m.fitBounds(bounds, { padding: best?.padding ?? MARGIN, maxZoom: maxZoom ?? m.getMaxZoom(), duration: animate ? 800 : 0 });
  }

  // The popup

  /** Opens the popup of the cell at the map's centre, selects it and gives the popup the focus. */
  openAtCentre(): void {
    const m = this.map;
    const centre = m.getCenter();
    const id = m.queryRenderedFeatures(m.project(centre), { layers: ['zone-fill'] })[0]?.properties?.id as string | undefined;
    if (!id) return;
    this.openPopup(id, centre, true);
    this._opts.store.set({ selection: { kind: 'zone', id } }, 'select');
  }

  /** Opens the popup of a cell at a point (closing any other); `focus` moves the keyboard focus into it. */
  openPopup(zoneId: string, at: maplibregl.LngLatLike, focus = false): void {
    const back = this._popup ? this._returnFocus : document.activeElement;
    this.closePopup();
    const popup = new maplibregl.Popup({ maxWidth: '320px', focusAfterOpen: false }).setLngLat(at).addTo(this.map);
    this._popup = popup;
    this._popupZone = zoneId;
    this._popupKey = '';
    this._returnFocus = back instanceof HTMLElement && back !== document.body ? back : this.map.getCanvas();
    popup.on('close', () => {
      if (this._popup !== popup) return;
      // Closed by its × button: the focus goes back to where it came from.
      const inside = popup.getElement()?.contains(document.activeElement);
      this._popup = undefined;
      this._popupZone = null;
      if (inside) this._restoreFocus();
    });
    this.refreshPopup();
    const close = popup.getElement()?.querySelector<HTMLButtonElement>('.maplibregl-popup-close-button');
    close?.setAttribute('aria-label', tr.popup.close);
    if (focus) popup.getElement()?.querySelector<HTMLElement>('.popup-title')?.focus();
  }

  /** Closes the popup; `restore` gives the focus back to where it was when the popup opened. */
  closePopup(restore = false): void {
    const p = this._popup;
    this._popup = undefined;
    this._popupZone = null;
    p?.remove();
    if (restore) this._restoreFocus();
  }

  private _restoreFocus(): void {
    const to = this._returnFocus?.isConnected ? this._returnFocus : this.map.getCanvas();
    to.focus();
  }

  /** Rebuilds the popup's content when its cell, day or names changed, or when `force`d (the sources arrived). */
  refreshPopup(force = false): void {
    if (!this._popup || !this._popupZone) return;
    const state = this._opts.store.state;
    const key = `${this._popupZone}|${state.day}|${state.names}`;
    if (key === this._popupKey && !force) return;
    this._popupKey = key;
    this._popup.setDOMContent(this._opts.popupContent(this._popupZone, state));
  }

  // Following the store

  private _render(state: AppState, prev: AppState | null, reason: ChangeReason): void {
    if (!this._loaded) return;
    const m = this.map;
    const changed = <K extends keyof AppState>(k: K) => !prev || state[k] !== prev[k];
    if (changed('day')) this._dates!.apply(state.day);
    if (changed('names') && m.getGlobalState().names !== state.names) m.setGlobalStateProperty('names', state.names);
    if (changed('layers')) showLayers(m, state.layers);
    if (changed('selection')) {
      const h = this._opts.highlightOf(state.selection);
      this._selection.apply(h);
      if (state.selection && (reason === 'locate' || (reason === 'select' && state.selection.kind !== 'zone')))
        this.frame(state.selection, true);
    }
    if (changed('day') || changed('compare') || changed('compareView')) this._compare(state);
    if (this._swipe) {
      if (changed('names')) this._swipe.setNames(state.names);
      if (changed('layers')) this._swipe.setLayers(state.layers);
    }
    this.refreshPopup();
  }

  /** Compare: each cell's transition between the two days into feature-state, or the swipe overlay. */
  private _compare(state: AppState): void {
    const m = this.map;
    const swiping = state.compare !== null && state.compareView === 'swipe';
    if (swiping && !this._swipe) {
      this._swipe = new SwipeControl(
        {
          sources: { ...this._opts.swipeSources, zones: this._opts.data.zones, boundaries: this._opts.data.boundaries },
          timeline: this._opts.timeline,
          lines: this._opts.data.lines,
          places: this._opts.data.places,
          names: state.names,
          layers: state.layers,
        },
        state.compare!,
        state.day,
      );
      m.addControl(this._swipe, 'top-left');
    }
    if (!swiping && this._swipe) {
      m.removeControl(this._swipe);
      this._swipe = undefined;
    }
    this._swipe?.setDays(state.compare!, state.day);
    // Only on a change: every call makes MapLibre re-evaluate the whole style.
    const comparing = state.compare !== null && !swiping;
    if (m.getGlobalState().comparing !== comparing) m.setGlobalStateProperty('comparing', comparing);
    if (!comparing) return;
    const [a, b] = ordered(state.compare!, state.day);
    for (const [id, change] of this._opts.stats.zoneTransitions(a, b)) m.setFeatureState({ source: 'zones', id }, { change });
  }

  /** Removes every listener and control this adapter added, and the map. */
  destroy(): void {
    this._unsubscribe();
    this.closePopup();
    if (this._swipe) this.map.removeControl(this._swipe);
    this._swipe = undefined;
    for (const undo of this._undo.splice(0)) undo();
    this._loaded = false;
    this.map.remove();
  }

  private _listen(type: string, ...args: unknown[]): void {
    const m = this.map as unknown as { on(...a: unknown[]): void; off(...a: unknown[]): void };
    m.on(type, ...args);
    this._undo.push(() => m.off(type, ...args));
  }
}
