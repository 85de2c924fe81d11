/**
 * The interface's words in English: the table every other language follows (`Messages`), one section per part of the
 * interface. Values are plain text, never HTML; a function takes the parts that vary (days arrive already formatted).
 * Data (event and clause texts, sources, place names) is not here: it stays in the language of the record.
 */
import type { Ignored, IgnoredCode } from '../url/permalink.ts';
import { plural } from './plural.ts';
import {
  EXPORT_ATTRIBUTION,
  type CompareView,
  type Confidence,
  type Holder,
  type LayerKey,
  type NameKey,
  type PanelId,
  type Party,
} from '../model/vocabulary.ts';

export const en = {
  /** Marks the interface puts between the parts it joins (Armenian: ։ ends a sentence, ․ introduces). */
  punctuation: {
    stop: '.',
    /** Between a lead and what it introduces: "Since 8 November 2020: Shusha taken". */
    colon: ': ',
  },
  /**
   * How the language writes days, numbers and lists, as CLDR has it: used where the browser's Intl lacks the language
   * (Chromium ships no Armenian data, and only stubs for Azerbaijani). tests/unit/i18n.test.ts checks each against
   * Node's full ICU.
   */
  format: {
    /** Month names as they stand in a full date, January first. */
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    date: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    group: ',',
    /** Integer digits from which thousands are grouped (Armenian: 12 345, but 1234). */
    groupFrom: 4,
    decimal: '.',
    /** The last join of a list: "a, b and c". */
    and: ' and ',
  },
  app: {
    title: 'Ceasefire Atlas — Nagorno-Karabakh, 1988 to today',
    tagline: 'Territorial control around Nagorno-Karabakh, 1988 to today',
    description:
      'Interactive map of the territorial changes around Nagorno-Karabakh and the trilateral statement of 9–10 November 2020, with sources for every change.',
    mapLabel: 'Map of Nagorno-Karabakh and the seven adjacent districts',
    sideLabel: 'Events, statement, compare and table',
    skipToSlider: 'Skip to the date slider',
    openFull: 'Open the full atlas',
    language: 'Language',
  },
  map: {
    reset: 'Reset view: show the whole region',
    enterHint: 'Press Enter for who held the place at the centre of the map.',
    swipe: 'Swipe position',
    error: 'The map reported an error.',
    sourceError: (source: string) => `The data for "${source}" could not be drawn.`,
  },
  /** MapLibre's own words, by its keys (its default locale); only those of the controls the atlas uses. */
  maplibre: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'Map.Title': 'Map',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close popup',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
  /**
   * The credits on the map. The arguments are links to the datasets (HTML made by the app, names untranslated), so
   * these values are inserted as HTML: keep them free of markup of their own.
   */
  attribution: {
    basemap: (osm: string, naturalEarth: string, relief: string) =>
      `Borders and lakes © ${osm} contributors (ODbL); rivers: ${naturalEarth}; ${relief}`,
    relief: (name: string, arcmin: number, km: number) => `relief: ${name} (public domain; ${arcmin}′ grid, about ${km} km)`,
    atlas: (naturalEarth: string, version: string) =>
      `Districts: ${naturalEarth}, corrected to 1988; cells and lines: Ceasefire Atlas, data version ${version}`,
    places: (geonames: string) => `Places: ${geonames} (CC BY 4.0) and cited sources`,
    /** Drawn under exported pictures and films (plain text). */
    export: EXPORT_ATTRIBUTION,
  },
  errors: {
    langLoad: (language: string) => `The interface in ${language} could not be loaded; it is shown in English.`,
    dataLoad: (file: string) => `The map data could not be loaded (${file}).`,
    aDataFile: 'a data file',
    logLoad: 'The sources behind the map could not be loaded; the map and its dates are unaffected.',
    noMapHeading: 'The map cannot be drawn in this browser',
    noMapStart: 'The map could not be started here.',
    noWebGL: 'It needs WebGL 2, which is turned off or not supported here.',
    noMapRest:
      'The timeline, the events and the clauses still work: use the slider below and the lists beside it. The table shows who held each area on the day chosen.',
    noMapTitle: 'The map cannot be drawn in this browser.',
    noMapWhy: (failure: string | null) =>
      failure ? `The map could not be started (${failure}).` : 'WebGL 2 is turned off or not supported.',
    noMapDetail: 'The timeline, events and clauses are still available as text.',
  },
  link: {
    ignoredTitle: 'Parts of this link were ignored',
    otherVersion: (linked: string, shown: string) => `This link was made with data version ${linked}; the map shows data version ${shown}.`,
    otherVersionDetail:
      'The record has been edited since the link was made, so what it shows may differ from what its author saw. The Cite button gives the data of this version.',
    /** Why each part of a link was left out (src/url/permalink.ts, Ignored). */
    ignored: {
      'too-long': (i: { max: number }) => `the link was longer than ${i.max} characters and was cut`,
      unreadable: () => 'the link could not be read',
      repeated: (i: { key: string }) => `repeated "${i.key}"`,
      'not-a-date': (i: { key: string; value: string }) => `${i.key} "${i.value}" is not a date (YYYY-MM-DD)`,
      'outside-timeline': (i: { key: string; value: string; shown: string }) =>
        `${i.key} ${i.value} is outside the timeline; showing ${i.shown}`,
      'bad-map': (i: { value: string }) => `map "${i.value}" is not zoom/lat/lon[/bearing/pitch]`,
      'map-outside': () => 'the map view was outside the region and was brought back',
      'bad-selection': (i: { value: string }) => `selection "${i.value}" is not a known form`,
      'not-one-of': (i: { key: string; value: string; allowed: readonly string[] }) =>
        `${i.key} "${i.value}" is not one of ${i.allowed.join(', ')}`,
      'unknown-layers': (i: { value: string }) => `unknown layers in "${i.value}"`,
      'bad-tour': (i: { value: string }) => `tour "${i.value}" is not a step number`,
      'bad-version': (i: { value: string }) => `v "${i.value}" is not a data version`,
      'unknown-key': (i: { key: string }) => `unknown key "${i.key}"`,
      'unknown-name': (i: { id: string }) => `nothing is called "${i.id}"`,
      'no-tour-step': (i: { step: number }) => `the tour has no step ${i.step}`,
      'outside-tour': (i: { step: number }) =>
        `tour ${i.step}: the link selects something other than that step's point of the statement, so it opens outside the tour`,
    } satisfies { [C in IgnoredCode]: (i: Extract<Ignored, { code: C }>) => string },
  },
  holders: {
    armenian: 'Nagorno-Karabakh authorities / Armenian forces',
    azerbaijani: 'Azerbaijan',
    peacekeepers: 'Russian peacekeepers (Lachin corridor)',
  } satisfies Record<Holder, string>,
  /** Short names of the holders, for "from → to" keys. */
  holdersShort: {
    armenian: 'Armenian side',
    azerbaijani: 'Azerbaijan',
    peacekeepers: 'peacekeepers',
  } satisfies Record<Holder, string>,
  parties: {
    azerbaijan: 'the Azerbaijani authorities',
    armenia: 'the Armenian authorities',
    'nagorno-karabakh': 'the de facto Nagorno-Karabakh authorities',
  } satisfies Record<Party, string>,
  layers: {
    zones: 'Control zones',
    districts: '1988 districts and NKAO',
    lines: 'Lines of contact',
    corridor: 'Corridor roads',
    peacekeeping: 'Peacekeeping zone',
    places: 'Places',
  } satisfies Record<LayerKey, string>,
  names: {
    label: 'Names',
    conventions: {
      en: 'English (both usages)',
      hy: 'Armenian usage',
      az: 'Azerbaijani usage',
      ru: 'Russian',
    } satisfies Record<NameKey, string>,
  },
  panels: {
    events: 'Events',
    clauses: 'Statement of 10 Nov 2020',
    compare: 'Compare & area',
    table: 'Table',
  } satisfies Record<PanelId, string>,
  periods: {
    all: 'Whole timeline (1988–today)',
    '1988-1994': 'First war (1988–1994)',
    'war-2020': 'The 2020 war (Sep–Nov 2020)',
    handovers: 'Handovers (Nov–Dec 2020)',
    '2022-2024': 'Corridor closure and September 2023 (2022–2024)',
  },
  legend: {
    summary: 'Legend',
    unsure: "Its last change rests on one side's announcement, or is disputed",
    dots: "Settlement: a dot in a dark shade of its holder's colour",
    outside: 'Place outside the eight units',
    noChange: 'Did not change hands',
    changesTitle: (from: string, to: string) => `What changed hands from ${from} to ${to}`,
    line1994: 'Line of contact 1994–2020',
    line2020: 'Front line at the ceasefire, 10 Nov 2020 (approximate)',
    road: 'Lachin corridor road',
    peacekeeping: 'Russian peacekeeping zone (approximate)',
    district: '1988 district / NKAO boundary',
    river: 'River',
    show: 'Show',
  },
  share: {
    copy: 'Copy link',
    field: 'Link to this view',
    copied: 'Link copied',
    copyByHand: 'Copy this link:',
  },
  notice: {
    dismiss: 'Dismiss',
  },
  offline: {
    title: 'You are offline: the atlas is working from the copy saved on this device.',
    detail: (version: string) =>
      `That copy holds data version ${version}, saved on a visit with a connection; newer data comes with the next visit online.`,
  },
  slider: {
    previous: 'Previous event',
    next: 'Next event',
    play: 'Play',
    pause: 'Pause',
    date: 'Date',
    period: 'Period',
    timeline: 'Timeline',
  },
  announce: {
    /** After an event's title: "…, point 2". */
    point: (n: number | string) => `point ${n}`,
    more: (n: number) => `and ${n} more ${plural('en', n, { one: 'event', other: 'events' })}`,
  },
  tabs: {
    label: 'Panels',
  },
  units: {
    km2: 'km²',
  },
  compare: {
    label: 'Compare and statistics',
    heading: 'Compare two days',
    /** The date field's label (its accessible name too). */
    with: 'Compare with',
    stop: 'Stop comparing',
    onMap: 'On the map',
    views: {
      changes: 'Colour by what changed',
      swipe: 'Swipe between the two days',
    } satisfies Record<CompareView, string>,
    areaHeading: 'Area over time',
    exportHeading: 'Export',
    geojson: 'Download GeoJSON',
    png: 'Download PNG',
    choose: 'Choose a second day: the map then colours every area by what changed hands between the two days.',
    fromTo: (from: string, to: string) => `From ${from} to ${to}:`,
    nothing: 'Nothing changed hands.',
    change: 'Change',
    cells: 'Cells',
    total: 'Total',
    areasNote:
      'Areas come from the territory cells (turf; cells are drawn around the settlements of record, edges about ±4 km); grey areas did not change hands.',
  },
  chart: {
    label: 'Area held by each side over time, km²',
    caption: 'Area held, km² (computed from the territory cells)',
    /** Areas arrive formatted. */
    readout: (day: string, armenian: string, azerbaijani: string, peacekeepers: string) =>
      `${day}: Armenian side ${armenian} km², Azerbaijan ${azerbaijani} km², peacekeepers ${peacekeepers} km²`,
  },
  confidence: {
    /** After a holder, in brackets. */
    short: {
      announced: 'announced',
      confirmed: 'confirmed',
      disputed: 'disputed',
    } satisfies Record<Confidence, string>,
    long: {
      confirmed: 'confirmed by both sides or by independent sources',
      announced: "one side's announcement, not confirmed by the other side or by independent sources",
      disputed: 'announced by one side and denied by the other, or dated differently by other sources',
    } satisfies Record<Confidence, string>,
  },
  table: {
    label: 'Who held what',
    filter: 'Filter by name',
    anyHolder: 'Any holder',
    columns: {
      place: 'Place',
      unit: '1988 unit',
      km2: 'km²',
      holder: 'Held by',
      /** Its cells hold a day, or `table.start`. */
      since: 'Since',
    },
    note: 'Each row is a territory cell: the land drawn around one settlement of record (edges about ±4 km). Choose a place to show it on the map.',
    /** The table's caption: `title — shown`. */
    title: (day: string) => `Who held each place at the end of ${day}`,
    start: 'start of the timeline',
    shown: (shown: number, of: number) => `${shown} of ${of} shown`,
  },
  popup: {
    noData: 'No data for this place on this day.',
    noSettlement: 'No settlement of record here yet: this land takes the holder recorded for the wider area it lies in.',
    sinceStart: (day: string) => `Since the start of the timeline (${day}).`,
    since: (day: string) => `Since ${day}`,
    point: (n: number | string) => `point ${n} of the statement`,
    until: (day: string) => `Until ${day}.`,
    record: 'Record:',
    confirmedFrom: (day: string) => `Confirmed from ${day}.`,
    confirmedLater: (day: string) => `Confirmed later, from ${day}.`,
    eventSources: 'Event sources:',
    loadingSources: 'Loading the source of each change…',
    history: 'History of this cell',
    accuracy: 'Cells are drawn around the settlements of record; their edges are approximate (about ±4 km).',
    /** Who announced a change and who denied it (lists arrive joined). */
    claim: (claimed: string | null, denied: string | null) =>
      claimed && denied ? `Announced by ${claimed}; denied by ${denied}.` : claimed ? `Announced by ${claimed}.` : `Denied by ${denied}.`,
    close: 'Close this popup',
  },
  cite: {
    button: 'Cite',
    heading: 'Cite this view',
    formats: { text: 'Plain text', bibtex: 'BibTeX', csl: 'CSL-JSON' },
    copy: (format: string) => `Copy ${format}`,
    copied: (format: string) => `${format} copied.`,
    selected: (format: string) => `The ${format} text is selected: copy it with your keyboard or menu.`,
    close: 'Close',
    /** After the view's title. */
    summary: (version: string, accessed: string) => `Data version ${version}, accessed ${accessed}.`,
    dataHeading: (version: string) => `The data, version ${version}`,
    licence: 'Licence:',
    dataNote: (author: string, version: string, site: string, accessed: string) =>
      `To cite the data: ${author}, data version ${version}, ${site} (accessed ${accessed}); the files are named ceasefire-atlas-${version}-…, and each keeps the licence given above. The version is a hash of the data of record (the change log, places, areas, lines, events and points of the statement in the project's repository): the same version means the same records, from which the scripts derive the cells and lines.`,
    /** The words inside a citation (src/model/cite.ts). */
    words: {
      medium: 'Interactive map',
      dataVersion: 'data version',
      accessed: 'accessed',
      view: (days: string) => `Map view of ${days}`,
      compared: (day: string, other: string) => `${day} compared with ${other}`,
      quotes: ['“', '”'] as readonly [string, string],
    },
    /** The view's title: what the map shows (the selection follows after a colon). */
    onDay: (day: string) => `Territorial control around Nagorno-Karabakh on ${day}`,
    between: (from: string, to: string) => `Changes in territorial control around Nagorno-Karabakh between ${from} and ${to}`,
    /** A point of the statement as the title's selection (its own title follows in brackets). */
    pointTitle: (n: string) => `point ${n} of the statement of 10 November 2020`,
  },
  files: {
    changes: 'The change log: who took control of which place or area on which day, with confidence and source',
    places: 'The places: position, kind, 1988 unit and names in four usages, with sources',
    cells: 'The territory cells with their derived histories',
    units: 'The eight 1988 units (the NKAO and the seven districts)',
    lines:
      'The dated lines: the 1994 line of contact, the front of 10 November 2020, the corridor roads, the peacekeeping zone, the dated borders',
  },
  licences: {
    cc0: 'CC0 1.0 (the project’s own work)',
    cc0GeoNames: 'CC0 1.0; positions taken from GeoNames are CC BY 4.0 (credit GeoNames)',
    odbl: 'ODbL 1.0, derived in part from OpenStreetMap (© OpenStreetMap contributors)',
    cc0Borders: 'CC0 1.0; the dated borders ODbL 1.0 (© OpenStreetMap contributors)',
  },
  /** The time-lapse film (src/ui/timelapse_dialog.ts). Figures and days arrive written; counts also come as numbers. */
  film: {
    button: 'Record a time-lapse…',
    unsupported: 'Recording a time-lapse needs a browser that records video (MediaRecorder, WebM); this one does not.',
    heading: 'Record a time-lapse',
    intro:
      'A film of the map as it is framed now, playing day by day, with the date, the legend and the area each side held drawn on every frame. It is recorded in this browser in real time: keep this tab in front until it is done.',
    from: 'From',
    to: 'To',
    pace: 'Pace',
    paceOption: (n: number, figure: string) => `${figure} ${plural('en', n, { one: 'day', other: 'days' })} a second`,
    summary: (days: number, figure: string, seconds: string) =>
      // "a 1-second film", "a 0.6-second film": the compound takes the singular whatever the figure.
      `${figure} ${plural('en', days, { one: 'day', other: 'days' })}: a ${seconds}-second film.`,
    record: 'Record',
    cancel: 'Cancel',
    close: 'Close',
    progressLabel: 'Recording progress',
    progress: (n: string, of: string, day: string) => `Day ${n} of ${of} — ${day}`,
    recording: (days: number, figure: string) => `Recording ${figure} ${plural('en', days, { one: 'day', other: 'days' })}…`,
    done: (days: number, figure: string, seconds: string, size: string) =>
      `The film is ready: ${figure} ${plural('en', days, { one: 'day', other: 'days' })}, a ${seconds}-second film of ${size}. Your browser is saving it; the link below saves it again.`,
    save: (size: string) => `Save the film (${size})`,
    megabytes: (figure: string) => `${figure} MB`,
    cancelled: (day: string) => `Recording cancelled; nothing was saved. The map is back on ${day}.`,
    failed: (why: string, day: string) => `The film could not be recorded (${why}). The map is back on ${day}.`,
    /** The reason when the browser gives none. */
    unexplained: 'the browser gave no reason',
    /** A side's area on a frame. */
    area: (figure: string) => `${figure} km²`,
    /** What is wrong with the fields (`field` is the From or To label). */
    missing: (field: string, first: boolean) => `${field}: enter a day (the ${first ? 'first' : 'last'} day of the film).`,
    outside: (field: string, start: string, end: string) => `${field} must be within the timeline, ${start} to ${end}.`,
    order: 'From must be before To.',
    tooLong: (max: string, days: string) => `A film can hold at most ${max} days; this range has ${days}. Choose a shorter range.`,
    choosePace: 'Choose a pace.',
  },
  tour: {
    title: 'The statement in nine steps',
    stepOf: (n: number, total: number) => `${n} of ${total}`,
    previous: 'Previous step',
    next: 'Next step',
    finish: 'Finish the tour',
    close: 'Close the tour',
  },
  events: {
    point: (n: number | string) => `Statement of 10 November 2020, point ${n}`,
    datesDiffer: 'Dates differ:',
    sources: 'Sources:',
  },
  clauses: {
    label: 'Clauses of the statement',
    intro: 'Summaries in our own words. Official text:',
    tour: 'Take the tour: the statement in nine steps',
    point: (n: number | string) => `Point ${n}`,
    obligation: 'Obligation',
    deadlineActual: 'Deadline → actual',
    due: (day: string) => `due ${day}`,
    noDeadline: 'no deadline',
    notDone: 'not done',
    onTime: 'on time',
    later: (n: number) => `${n} ${plural('en', n, { one: 'day', other: 'days' })} later`,
    early: (n: number) => `${n} ${plural('en', n, { one: 'day', other: 'days' })} early`,
  },
};

/** The shape every language's table has. */
export type Messages = typeof en;
