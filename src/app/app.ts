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
import { serialize } from '../url/permalink.ts';
import { urlFromState } from '../url/view_state.ts';
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
import { CiteDialog, type ViewTitle } from '../ui/cite_dialog.ts';
import { TimelapseDialog } from '../ui/timelapse_dialog.ts';
import { TourBar } from '../ui/tour.ts';
import { LanguageControl } from '../ui/language.ts';
import { langOf, nameIn } from '../ui/names.ts';
import { RECORD_LANG } from '../ui/dom.ts';
import { dataFiles, DATA_VERSION } from '../data/downloads.ts';
import { dayText, ignoredText, lang as shownLang, sentence, tr, type UiLang } from '../i18n/index.ts';
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
  /** The interface's language when the link or the reader chose it (kept in the link); undefined when it came from the browser. */
  chosenLang?: UiLang,
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
        notice('error', tr.errors.logLoad, e.message);
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
  // The time-lapse film, recorded from the map (Compare panel, beside the PNG). Play stops when it starts: both would
  // move the day.
  const timelapse = map
    ? new TimelapseDialog({
        store,
        map,
        stats: domain.stats,
        start: timeline.start,
        end: timeline.end,
        version: DATA_VERSION,
        onStart: () => slider.pause(),
      })
    : undefined;
  if (timelapse) teardown.push(() => timelapse.destroy());
  // The guided tour of the statement: a bar in the page's flow above the map, started from the Statement panel or by a
  // `tour=N` link.
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
  const viewTitle = (state: AppState): ViewTitle => {
    const [a, b] = state.compare ? ordered(state.compare, state.day) : [state.day, state.day];
    const when = state.compare ? tr.cite.between(dayText(a), dayText(b)) : tr.cite.onDay(dayText(state.day));
    const sel = state.selection;
    if (!sel) return { when };
    const zone = sel.kind === 'zone' ? timeline.zones.find((z) => z.id === sel.id) : undefined;
    const place = zone?.place ? placeOf(zone.place) : undefined;
    const district = sel.kind === 'district' ? districtOf(sel.id) : undefined;
    if (sel.kind === 'zone')
      return place
        ? { when, what: nameIn(place, state.names), lang: langOf(state.names, place) }
        : { when, what: sel.id, lang: RECORD_LANG };
    if (sel.kind === 'district') return { when, what: nameIn(district, state.names), lang: langOf(state.names, district) };
    if (sel.kind === 'event') return { when, what: timeline.events.find((e) => e.id === sel.id)?.title ?? sel.id, lang: RECORD_LANG };
    return { when, lead: `${tr.cite.pointTitle(sel.id)} (`, what: domain.clause(sel.id)?.title ?? '', lang: RECORD_LANG, tail: ')' };
  };
  const cite = new CiteDialog({
    version: DATA_VERSION,
    view: () => ({ title: viewTitle(store.state), day: store.state.day, compare: store.state.compare }),
    // The link of the view now (the address bar may be up to one throttle interval behind it).
    url: () => `${location.origin}${location.pathname}${location.search}${permalink.hash()}`,
    files: dataFiles(),
  });
  /** The link of the view now, in language `l`. */
  const linkIn = (l: UiLang) => {
    const url = urlFromState(store.state, map?.view());
    url.v = DATA_VERSION;
    url.lang = l;
    return `${location.pathname}${location.search}${serialize(url)}`;
  };
  /** Another language: the page is loaded again in it, from the link of the view now. */
  const reloadIn = (l: UiLang) => {
    history.replaceState(null, '', linkIn(l));
    location.reload();
  };
  const language = new LanguageControl(linkIn, reloadIn);
  els.headerTools.append(language.element, names.element, share.element, cite.button);
  teardown.push(
    () => language.destroy(),
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
        el('h2', {}, tr.errors.noMapHeading),
        el('p', {}, `${mapFailure ? tr.errors.noMapStart : tr.errors.noWebGL} ${tr.errors.noMapRest}`),
        table.element,
      ),
    );
    notice('error', tr.errors.noMapTitle, `${tr.errors.noMapWhy(mapFailure ?? null)} ${tr.errors.noMapDetail}`);
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
    lang: chosenLang,
    // A link naming the language already shown needs no reload.
    otherLang: (l) => l !== shownLang && reloadIn(l),
    otherVersion: (linked) => {
      versionNotice?.remove();
      versionNotice = showNotice(els.notices, 'info', tr.link.otherVersion(linked, DATA_VERSION), tr.link.otherVersionDetail);
    },
    report: (ignored) => {
      // One notice for the latest link, not a pile of them.
      linkNotice?.remove();
      linkNotice = notice('warning', tr.link.ignoredTitle, sentence(ignored.map(ignoredText).join('; ')));
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
