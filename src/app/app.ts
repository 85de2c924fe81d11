/**
 * Wires the model, the store, the map and the controls together. Every view
 * reads the store; every control writes to it.
 */
import * as maplibregl from 'maplibre-gl';
import type { MapMouseEvent } from 'maplibre-gl';
import { Atlas } from '../model/atlas.ts';
import type { EventRecord } from '../model/types.ts';
import type { IsoDay } from '../model/calendar.ts';
import { MAX_BOUNDS, MIN_ZOOM, MAX_ZOOM } from '../map/create_map.ts';
import { DateStyler } from '../map/date_styling.ts';
import { SelectionStyler, type Highlight } from '../map/selection.ts';
import { Store, NAME_CONVENTIONS, ALL_LAYERS, type AppState, type NameConvention, type Selection } from './store.ts';
import { PermalinkSync } from '../url/permalink_sync.ts';
import type { SelKind } from '../url/permalink.ts';
import type { LoadedData } from '../data/load.ts';
import { DateSlider } from '../ui/date_slider.ts';
import { EventsPanel } from '../ui/events_panel.ts';
import { ClausesPanel, type Clause } from '../ui/clauses_panel.ts';
import { LegendControl } from '../ui/legend.ts';
import { Announcer } from '../ui/announcer.ts';
import { zonePopupContent } from '../ui/zone_popup.ts';
import { showNotice } from '../ui/notice.ts';
import { el } from '../ui/dom.ts';
import { ShareButton } from '../ui/share.ts';
import { ControlTable } from '../ui/control_table.ts';
import { AreaStats } from '../model/stats.ts';
import { AreaChart } from '../ui/area_chart.ts';
import { ComparePanel } from '../ui/compare_panel.ts';
import { stateGeoJSON, download, mapPng } from '../ui/export.ts';
import { Swipe } from '../map/swipe.ts';
import { showLayers, setAtlasGeometry } from '../map/atlas_layers.ts';
import { dataUrls, loadLog } from '../data/load.ts';

export const DEFAULT_DAY: IsoDay = '2020-11-10';

export interface AppElements {
  map: HTMLElement;
  side: HTMLElement;
  controls: HTMLElement;
  notices: HTMLElement;
  headerTools: HTMLElement;
}

/**
 * Builds the explorer. `mapped` is the map created early by main, with a promise for its style. Without it the
 * explorer shows the timeline, the panels and a control table instead of the map, and `mapFailure` says why the map
 * failed to start (by default: no WebGL 2).
 */
export function startApp(
  data: LoadedData,
  els: AppElements,
  today: IsoDay,
  mapped?: { map: maplibregl.Map; styleReady: Promise<void> },
  mapFailure?: string,
) {
  const atlas = new Atlas(data, today);
  const timeline = atlas.timeline;
  const store = new Store({ day: DEFAULT_DAY, names: 'en', selection: null, layers: ALL_LAYERS, compare: null });
  const clauses = data.clauses.clauses;

  /** What a selection highlights: zones and lines, from the data (never a second copy of the rules). */
  const highlightOf = (sel: Selection | null): Highlight => {
    if (!sel) return { zones: [], lines: [] };
    if (sel.kind === 'zone') return { zones: [sel.id], lines: [] };
    if (sel.kind === 'district') return { zones: timeline.zones.filter((z) => z.district === sel.id).map((z) => z.id), lines: [] };
    if (sel.kind === 'event') return { zones: timeline.zonesChangedBy(sel.id), lines: [] };
    const c = clauses.find((x) => String(x.number) === sel.id);
    if (!c) return { zones: [], lines: [] };
    const areas = new Set([...(c.areas ?? []), ...(c.obligations ?? []).flatMap((o) => o.areas ?? [])]);
    return { zones: timeline.zonesIn(areas), lines: (c.lines ?? []).filter((l) => l !== 'peacekeeping-zone') };
  };

  /** A selection from a link: bare ids are tried as district, zone, event, then clause number. */
  const resolve = (sel: { kind?: SelKind; id: string }): Selection | null => {
    const has: Record<SelKind, (id: string) => boolean> = {
      district: (id) => data.boundaries.features.some((f) => f.properties?.id === id),
      zone: (id) => timeline.zones.some((z) => z.id === id),
      event: (id) => !!timeline.event(id),
      clause: (id) => clauses.some((c) => String(c.number) === id),
    };
    const kinds: SelKind[] = sel.kind ? [sel.kind] : ['district', 'zone', 'event', 'clause'];
    const kind = kinds.find((k) => has[k](sel.id));
    return kind ? { kind, id: sel.id } : null;
  };

  /** The day a selection is best seen on: the last change of a zone (of a district's largest zone), an event's day, a clause's first deadline met. */
  const keyDay = (sel: Selection): IsoDay | null => {
    const lastChange = (zoneId: string) => timeline.zones.find((z) => z.id === zoneId)?.history.at(-1)?.from ?? null;
    if (sel.kind === 'zone') return lastChange(sel.id);
    if (sel.kind === 'district') {
      const largest = data.zones.features
        .filter((f) => f.properties?.district === sel.id)
        .sort((a, b) => (b.properties?.area_km2 ?? 0) - (a.properties?.area_km2 ?? 0))[0];
      return largest ? lastChange(largest.properties!.id) : null;
    }
    if (sel.kind === 'event') return timeline.event(sel.id)?.date ?? null;
    const c = clauses.find((x) => String(x.number) === sel.id);
    return c?.obligations?.find((o) => o.actual)?.actual ?? '2020-11-10';
  };

  // Controls outside the map
  const announcer = new Announcer();
  const slider = new DateSlider({ timeline, day: store.state.day, onChange: (day, how) => store.set({ day }, how) });
  els.controls.append(slider.element, announcer.element);

  const events = new EventsPanel({
    events: timeline.events,
    onChoose: (e: EventRecord) => store.set({ day: e.date, selection: { kind: 'event', id: e.id } }, 'select'),
  });
  const clausesPanel = new ClausesPanel({
    file: data.clauses,
    onChoose: (c: Clause | null) => store.set({ selection: c ? { kind: 'clause', id: String(c.number) } : null }, 'select'),
  });
  const stats = new AreaStats(
    timeline,
    new Map(data.zones.features.map((f) => [f.properties!.id as string, f.properties!.area_km2 as number])),
  );
  const chart = new AreaChart(stats, timeline.start, timeline.end, (day) => store.set({ day }, 'step'));
  const compare = new ComparePanel({
    stats,
    chart,
    min: timeline.start,
    max: timeline.end,
    onCompare: (day) => store.set({ compare: day }, 'select'),
    onView: mapped
      ? (view) => {
          compareView = view;
          applyCompare(store.state);
        }
      : null,
    onExportGeoJSON: () => {
      const day = store.state.day;
      // The export names each period's source, which comes with the log.
      void ensureLog().then(() =>
        download(
          new Blob([JSON.stringify(stateGeoJSON(data.zones, timeline, day), null, 1)], { type: 'application/geo+json' }),
          `ceasefire-atlas-${day}.geojson`,
        ),
      );
    },
    onExportPng: mapped
      ? () => {
          const day = store.state.day;
          map?.once('render', () => void mapPng(map!.getCanvas(), day).then((b) => download(b, `ceasefire-atlas-${day}.png`)));
          map?.triggerRepaint();
        }
      : null,
  });
  compare.update(store.state.day, store.state.compare);
  els.side.append(
    tabs(els.side, [
      { id: 'events', label: 'Events', panel: events.element },
      { id: 'clauses', label: 'Statement of 10 Nov 2020', panel: clausesPanel.element },
      {
        id: 'compare',
        label: 'Compare & area',
        panel: compare.element,
        onShow: () => compare.update(store.state.day, store.state.compare),
      },
    ]),
  );
  // On a phone the panels start folded so the map keeps the screen; a tab unfolds them.
  const narrow = window.matchMedia('(max-width: 760px)').matches;
  els.side.classList.toggle('collapsed', narrow);

  const namesSelect = el('select', { 'aria-label': 'Place names', class: 'names-select' });
  for (const n of NAME_CONVENTIONS) namesSelect.append(el('option', { value: n.id }, n.label));
  namesSelect.addEventListener('change', () => store.set({ names: namesSelect.value as NameConvention }, 'names'));
  els.headerTools.append(el('label', { class: 'names-label' }, 'Names ', namesSelect), new ShareButton().element);

  // The map
  let map: maplibregl.Map | undefined;
  let dates: DateStyler | undefined;
  let selection: SelectionStyler | undefined;
  let legend: LegendControl | undefined;
  let table: ControlTable | undefined;
  let linkNotice: HTMLElement | undefined;
  let compareView: 'changes' | 'swipe' = 'changes';
  let swipe: Swipe | undefined;
  let loaded = false;
  let popup: maplibregl.Popup | undefined;
  let popupZone: string | null = null;

  /** geo/log.json (sources and notes of every change), fetched once, after the first coloured frame or on first need. */
  let logLoad: Promise<void> | undefined;
  const ensureLog = () =>
    (logLoad ??= loadLog().then(
      (log) => {
        atlas.attachLog(log);
        renderPopup(store.state);
      },
      (e: Error) => {
        showNotice(
          els.notices,
          'error',
          'The sources behind the map could not be loaded; the map and its dates are unaffected.',
          e.message,
        );
      },
    ));

  const renderPopup = (state: AppState) => {
    if (!popup || !popupZone) return;
    const zone = timeline.zones.find((z) => z.id === popupZone);
    const district = data.boundaries.features.find((f) => f.properties?.id === zone?.district)?.properties ?? undefined;
    const place = zone?.place ? (data.places.features.find((f) => f.properties?.id === zone.place)?.properties ?? undefined) : undefined;
    popup.setDOMContent(zonePopupContent(timeline, popupZone, state.day, district, state.names, place));
  };

  if (mapped) {
    map = mapped.map;
    const m = map;
    legend = new LegendControl({
      open: window.matchMedia('(min-width: 1000px)').matches,
      layers: store.state.layers,
      onToggle: (layers) => store.set({ layers }, 'layers'),
    });
    m.addControl(legend, 'top-left');
    selection = new SelectionStyler(m, data.zones, data.lines);
    m.on('error', (e) => {
      const sourceId = (e as { sourceId?: string }).sourceId;
      showNotice(
        els.notices,
        'error',
        sourceId ? `The data for "${sourceId}" could not be drawn.` : 'The map reported an error.',
        e.error?.message,
      );
    });
    void mapped.styleReady.then(() => {
      // MapLibre opens a compact attribution at first; on a phone it would cover the map.
      if (narrow) els.map.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      setAtlasGeometry(m, data.zones, data.boundaries);
      dates = new DateStyler(m, timeline, data.lines);
      dates.apply(store.state.day);
      m.setGlobalStateProperty('names', store.state.names);
      loaded = true;
      applyCompare(store.state);
      performance.mark('atlas:layers-added');
      // For the benchmark: the first frame with every layer drawn.
      m.once('idle', () => {
        performance.mark('atlas:first-idle');
        void ensureLog();
      });
      selection!.apply(highlightOf(store.state.selection));
      showLayers(m, store.state.layers);
    });
    m.on('click', 'zone-fill', (e: MapMouseEvent & { features?: maplibregl.MapGeoJSONFeature[] }) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      if (!id) return;
      // Close the open popup first: its 'close' handler must not clear the zone of the one that replaces it.
      popup?.remove();
      popupZone = id;
      const opened = new maplibregl.Popup({ maxWidth: '320px', focusAfterOpen: false }).setLngLat(e.lngLat).addTo(m);
      popup = opened;
      opened.on('close', () => {
        if (popup !== opened) return;
        popupZone = null;
        popup = undefined;
      });
      renderPopup(store.state);
      store.set({ selection: { kind: 'zone', id } }, 'select');
    });
    // Escape closes the popup, from the map or from inside the popup, and leaves the focus on the map.
    m.getContainer().addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !popup) return;
      popup.remove();
      m.getCanvas().focus();
    });
    m.on('mouseenter', 'zone-fill', () => (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', 'zone-fill', () => (m.getCanvas().style.cursor = ''));
  } else {
    els.map.classList.add('map-unavailable');
    void ensureLog();
    table = new ControlTable(
      timeline,
      new Map(data.boundaries.features.map((f) => [f.properties!.id as string, f.properties!.short_en as string])),
      new Map(data.zones.features.map((f) => [f.properties!.id as string, f.properties!.area_km2 as number])),
    );
    table.update(store.state.day);
    els.map.append(
      el(
        'div',
        { class: 'no-map' },
        el('h2', {}, 'The map cannot be drawn in this browser'),
        el(
          'p',
          {},
          `${mapFailure ? 'The map could not be started here.' : 'It needs WebGL 2, which is turned off or not supported here.'} The timeline, the events and the clauses still work: use the slider below and the lists beside it. The table shows who held each area on the day chosen.`,
        ),
        table.element,
      ),
    );
    const why = mapFailure ? `The map could not be started (${mapFailure}).` : 'WebGL 2 is turned off or not supported.';
    showNotice(
      els.notices,
      'error',
      'The map cannot be drawn in this browser.',
      `${why} The timeline, events and clauses are still available as text.`,
    );
  }

  /** Compare mode: each zone's transition between the two days goes into feature-state; a global flag switches the colouring. */
  const applyCompare = (state: AppState) => {
    if (!map || !loaded) return;
    const swiping = state.compare !== null && compareView === 'swipe';
    if (swiping && !swipe) {
      swipe = new Swipe(
        {
          main: map,
          host: els.map,
          urls: { ...dataUrls(), zones: data.zones, boundaries: data.boundaries },
          timeline,
          lines: data.lines,
          names: state.names,
          layers: state.layers,
        },
        state.compare!,
        state.day,
      );
      // The legend would cover most of the earlier day, left of the divider; it can be opened again.
      legend?.fold();
    }
    if (!swiping && swipe) {
      swipe.remove();
      swipe = undefined;
    }
    swipe?.setDays(state.compare!, state.day);
    // Only on a change: every call makes MapLibre re-evaluate the whole style.
    const comparing = state.compare !== null && !swiping;
    if (map.getGlobalState().comparing !== comparing) map.setGlobalStateProperty('comparing', comparing);
    if (!state.compare || swiping) return;
    const [a, b] = state.compare <= state.day ? [state.compare, state.day] : [state.day, state.compare];
    for (const [id, change] of stats.zoneTransitions(a, b)) map.setFeatureState({ source: 'zones', id }, { change });
  };

  // React to state
  store.subscribe((state, prev, reason) => {
    if (state.day !== prev.day || state.compare !== prev.compare) {
      // A hidden panel catches up when its tab is chosen (scrubbing skips the chart readout).
      if (!compare.element.hidden) compare.update(state.day, state.compare);
      applyCompare(state);
    }
    if (state.day !== prev.day) {
      slider.setDay(state.day);
      dates?.apply(state.day);
      table?.update(state.day);
      announcer.announce(state.day, timeline.eventsOn(state.day));
    }
    if (state.names !== prev.names) {
      namesSelect.value = state.names;
      if (loaded) map?.setGlobalStateProperty('names', state.names);
      swipe?.setNames(state.names);
    }
    if (state.layers !== prev.layers) {
      legend?.setLayers(state.layers);
      if (map && loaded) showLayers(map, state.layers);
      swipe?.setLayers(state.layers);
    }
    if (state.selection !== prev.selection) {
      const h = highlightOf(state.selection);
      if (loaded) selection?.apply(h);
      clausesPanel.show(state.selection?.kind === 'clause' ? Number(state.selection.id) : null);
      if (reason === 'select' && state.selection && state.selection.kind !== 'zone') selection?.frame(h);
    }
    events.update(state, reason);
    renderPopup(state);
  });
  events.update(store.state, 'init');

  const permalink = new PermalinkSync({
    store,
    map,
    limits: { minDate: timeline.start, maxDate: timeline.end, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, bounds: MAX_BOUNDS, maxPitch: 60 },
    resolve,
    keyDay,
    frame: (sel) => selection?.frame(highlightOf(sel), { animate: false }),
    report: (ignored) => {
      // One notice for the latest link, not a pile of them.
      linkNotice?.remove();
      linkNotice = showNotice(els.notices, 'warning', 'Parts of this link were ignored', ignored.join('; ') + '.');
    },
  });
  permalink.start();

  return { map, atlas, store, slider, permalink };
}

/** Tabs over the panels. Choosing the open tab again folds the panels (used on phones). */
function tabs(host: HTMLElement, items: { id: string; label: string; panel: HTMLElement; onShow?: () => void }[]): HTMLElement {
  const list = el('div', { role: 'tablist', class: 'tabs' });
  const root = el('div', { class: 'tabbed' }, list);
  items.forEach((item, i) => {
    const tab = el(
      'button',
      { type: 'button', role: 'tab', id: `tab-${item.id}`, 'aria-controls': `panel-${item.id}`, 'aria-selected': String(i === 0) },
      item.label,
    );
    item.panel.id = `panel-${item.id}`;
    item.panel.setAttribute('role', 'tabpanel');
    item.panel.setAttribute('aria-labelledby', tab.id);
    item.panel.hidden = i !== 0;
    tab.addEventListener('click', () => {
      const wasOpen = tab.getAttribute('aria-selected') === 'true' && !host.classList.contains('collapsed');
      host.classList.toggle('collapsed', wasOpen && window.matchMedia('(max-width: 760px)').matches);
      for (const other of items) {
        const selected = other.id === item.id;
        document.getElementById(`tab-${other.id}`)!.setAttribute('aria-selected', String(selected));
        other.panel.hidden = !selected;
      }
      item.onShow?.();
    });
    list.append(tab);
    root.append(item.panel);
  });
  return root;
}
