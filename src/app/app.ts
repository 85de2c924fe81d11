/**
 * Builds the explorer: the model, the store, the map adapter, the views and the permalink, connected. Each view
 * subscribes to the store itself and writes to it; nothing here renders. `destroy()` takes everything down again.
 */
import type * as maplibregl from 'maplibre-gl';
import { Atlas } from '../model/atlas.ts';
import { Domain } from '../model/domain.ts';
import { DEFAULT_STATE, Store, viewRules, type AppState } from '../model/store.ts';
import type { IsoDay } from '../model/calendar.ts';
import { MAX_BOUNDS, MAX_PITCH, MAX_ZOOM, MIN_ZOOM, type PanelId } from '../model/vocabulary.ts';
import { AtlasMap } from '../map/atlas_map.ts';
import { PermalinkSync } from '../url/permalink_sync.ts';
import { dataUrls, loadLog, type LoadedData } from '../data/load.ts';
import { DateSlider } from '../ui/date_slider.ts';
import { EventsPanel } from '../ui/events_panel.ts';
import { ClausesPanel } from '../ui/clauses_panel.ts';
import { ComparePanel } from '../ui/compare_panel.ts';
import { AreaChart } from '../ui/area_chart.ts';
import { LegendControl } from '../ui/legend.ts';
import { Announcer } from '../ui/announcer.ts';
import { Tabs } from '../ui/tabs.ts';
import { NamesControl } from '../ui/names.ts';
import { Layout, NARROW, WIDE } from '../ui/layout.ts';
import { ShareButton } from '../ui/share.ts';
import { TablePanel } from '../ui/table_panel.ts';
import { zonePopupContent } from '../ui/zone_popup.ts';
import { showNotice } from '../ui/notice.ts';
import { el } from '../ui/dom.ts';
import { download, mapPng } from '../ui/export.ts';
import { CiteDialog } from '../ui/cite_dialog.ts';
import { TimelapseDialog } from '../ui/timelapse_dialog.ts';
import { TourBar } from '../ui/tour.ts';
import { nameIn } from '../ui/names.ts';
import { DATA_FILES, DATA_VERSION } from '../data/downloads.ts';
import { formatDay } from '../model/calendar.ts';
import { ordered } from '../model/domain.ts';

export { DEFAULT_STATE };

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
  const domain = new Domain(atlas, { zones: data.zones, boundaries: data.boundaries, clauses: data.clauses.clauses });
  const timeline = atlas.timeline;
  const store = new Store(DEFAULT_STATE, viewRules(timeline.start, timeline.end));
  const teardown: (() => void)[] = [];
  const notice = (kind: 'error' | 'warning', title: string, detail?: string) => showNotice(els.notices, kind, title, detail);

  // The map, when there is one
  const districtOf = (id: string) => data.boundaries.features.find((f) => f.properties?.id === id)?.properties ?? undefined;
  const placeOf = (id: string) => data.places.features.find((f) => f.properties?.id === id)?.properties ?? undefined;
  const popupContent = (zoneId: string, state: AppState) => {
    const zone = timeline.zones.find((z) => z.id === zoneId);
    return zonePopupContent(
      timeline,
      zoneId,
      state.day,
      zone ? districtOf(zone.district) : undefined,
      state.names,
      zone?.place ? placeOf(zone.place) : undefined,
      !atlas.log,
    );
  };
  const map = mapped
    ? new AtlasMap({
        map: mapped.map,
        styleReady: mapped.styleReady,
        store,
        timeline,
        stats: domain.stats,
        data,
        swipeSources: dataUrls(),
        highlightOf: (sel) => domain.highlightOf(sel),
        popupContent,
        onError: (title, detail) => notice('error', title, detail),
      })
    : undefined;

  /** geo/log.json (sources and notes of every change), fetched once, after the first coloured frame or on first need. */
  let logLoad: Promise<void> | undefined;
  const ensureLog = () =>
    (logLoad ??= loadLog().then(
      (log) => {
        atlas.attachLog(log);
        map?.refreshPopup(true);
      },
      (e: Error) => {
        notice('error', 'The sources behind the map could not be loaded; the map and its dates are unaffected.', e.message);
      },
    ));

  // Controls outside the map
  const slider = new DateSlider({ timeline, store });
  const announcer = new Announcer(timeline, store);
  els.controls.append(slider.element, announcer.element);
  teardown.push(
    () => slider.destroy(),
    () => announcer.destroy(),
  );

  const tableOf = (visible: (s: AppState) => boolean) =>
    new TablePanel({
      store,
      timeline,
      places: new Map(data.places.features.map((f) => [f.properties!.id as string, f.properties!])),
      units: new Map(data.boundaries.features.map((f) => [f.properties!.id as string, f.properties!])),
      areas: new Map(data.zones.features.map((f) => [f.properties!.id as string, f.properties!.area_km2 as number])),
      visible,
    });
  const chart = new AreaChart(domain.stats, timeline.start, timeline.end, (day) => store.set({ day }, 'step'));
  // The guided tour of the statement: a bar in the page's flow above the map, started from the Statement panel or by a
  // `tour=N` link.
  // The time-lapse film, recorded from the map (Compare panel, beside the PNG).
  const timelapse = map
    ? new TimelapseDialog({ store, map, stats: domain.stats, start: timeline.start, end: timeline.end, version: DATA_VERSION })
    : undefined;
  if (timelapse) teardown.push(() => timelapse.destroy());
  const tour = new TourBar({ store, clauses: data.clauses.clauses, step: (n) => domain.tourStep(n), host: els.notices });
  teardown.push(() => tour.destroy());
  const panels: Record<PanelId, { element: HTMLElement; destroy(): void }> = {
    events: new EventsPanel({ events: timeline.events, store }),
    clauses: new ClausesPanel({ file: data.clauses, store, startTour: () => tour.start() }),
    compare: new ComparePanel({
      store,
      stats: domain.stats,
      chart,
      min: timeline.start,
      max: timeline.end,
      hasMap: !!map,
      onExportGeoJSON: () => {
        const day = store.state.day;
        // The export names each period's source, which comes with the log.
        void ensureLog().then(() =>
          download(
            new Blob([JSON.stringify(domain.stateGeoJSON(day), null, 1)], { type: 'application/geo+json' }),
            `ceasefire-atlas-${day}.geojson`,
          ),
        );
      },
      onExportPng: map
        ? () => {
            const day = store.state.day;
            void map
              .nextFrame()
              .then((canvas) => mapPng(canvas, day))
              .then((b) => download(b, `ceasefire-atlas-${day}.png`));
          }
        : null,
      moreExports: timelapse ? [timelapse.element] : [],
    }),
    table: tableOf((s) => s.panel === 'table'),
  };
  const tabs = new Tabs({
    store,
    panels: {
      events: panels.events.element,
      clauses: panels.clauses.element,
      compare: panels.compare.element,
      table: panels.table.element,
    },
    host: els.side,
    foldable: () => window.matchMedia(NARROW).matches,
  });
  els.side.append(tabs.element);
  teardown.push(() => tabs.destroy(), ...Object.values(panels).map((p) => () => p.destroy()));

  const names = new NamesControl(store);
  const share = new ShareButton();
  /** What the view on screen shows, in words: the day or the two days compared, and what is selected. */
  const viewTitle = (state: AppState) => {
    const [a, b] = state.compare ? ordered(state.compare, state.day) : [state.day, state.day];
    const when = state.compare
      ? `Changes in territorial control around Nagorno-Karabakh between ${formatDay(a)} and ${formatDay(b)}`
      : `Territorial control around Nagorno-Karabakh on ${formatDay(state.day)}`;
    const sel = state.selection;
    if (!sel) return when;
    const zone = sel.kind === 'zone' ? timeline.zones.find((z) => z.id === sel.id) : undefined;
    const place = zone?.place ? placeOf(zone.place) : undefined;
    const what =
      sel.kind === 'zone'
        ? place
          ? nameIn(place, state.names)
          : sel.id
        : sel.kind === 'district'
          ? nameIn(districtOf(sel.id), state.names)
          : sel.kind === 'event'
            ? (timeline.events.find((e) => e.id === sel.id)?.title ?? sel.id)
            : `point ${sel.id} of the statement of 10 November 2020 (${domain.clause(sel.id)?.title ?? ''})`;
    return `${when}: ${what}`;
  };
  const cite = new CiteDialog({
    version: DATA_VERSION,
    view: () => ({ title: viewTitle(store.state), day: store.state.day, compare: store.state.compare }),
    // The link of the view now (the address bar may be up to one throttle interval behind it).
    url: () => `${location.origin}${location.pathname}${location.search}${permalink.hash()}`,
    files: DATA_FILES,
  });
  els.headerTools.append(names.element, share.element, cite.button);
  teardown.push(
    () => names.destroy(),
    () => share.element.remove(),
    () => cite.destroy(),
  );

  if (map) {
    const legend = new LegendControl({ store, open: window.matchMedia(WIDE).matches });
    map.addControl(legend, 'top-left');
    const layout = new Layout({ side: els.side, map: els.map, legend });
    teardown.push(
      () => map.removeControl(legend),
      () => layout.destroy(),
    );
    void map.firstIdle.then(() => {
      layout.foldAttribution();
      void ensureLog();
    });
  } else {
    const layout = new Layout({ side: els.side, map: els.map });
    teardown.push(() => layout.destroy());
    els.map.classList.add('map-unavailable');
    void ensureLog();
    // The text twin of the map, in the map's place (the Table tab shows the same).
    const table = tableOf(() => true);
    teardown.push(() => table.destroy());
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
    notice('error', 'The map cannot be drawn in this browser.', `${why} The timeline, events and clauses are still available as text.`);
  }

  let linkNotice: HTMLElement | undefined;
  let versionNotice: HTMLElement | undefined;
  const permalink = new PermalinkSync({
    store,
    camera: map,
    limits: {
      minDate: timeline.start,
      maxDate: timeline.end,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      bounds: MAX_BOUNDS,
      maxPitch: MAX_PITCH,
    },
    resolver: domain,
    version: DATA_VERSION,
    otherVersion: (linked) => {
      versionNotice?.remove();
      versionNotice = showNotice(
        els.notices,
        'info',
        `This link was made with data version ${linked}; the map shows data version ${DATA_VERSION}.`,
        'The record has been edited since the link was made, so what it shows may differ from what its author saw. The Cite button gives the data of this version.',
      );
    },
    report: (ignored) => {
      // One notice for the latest link, not a pile of them.
      linkNotice?.remove();
      linkNotice = notice('warning', 'Parts of this link were ignored', ignored.join('; ') + '.');
    },
  });
  permalink.start();
  teardown.push(() => permalink.stop());

  /** Takes the explorer down: every view, listener, timer and the map. */
  const destroy = () => {
    for (const undo of teardown.splice(0).reverse()) undo();
    map?.destroy();
    linkNotice?.remove();
    versionNotice?.remove();
  };

  return { map: map?.map, adapter: map, atlas, domain, store, slider, permalink, destroy };
}
