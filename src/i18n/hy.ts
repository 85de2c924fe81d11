/**
 * The interface's words in Armenian (Eastern Armenian, reformed orthography): a first draft translated from en.ts for
 * the project, not yet reviewed by a native speaker; corrections are welcome.
 */
import type { Messages } from './en.ts';

export const hy: Messages = {
  punctuation: {
    stop: '։',
    colon: '․ ',
  },
  format: {
    months: [
      'հունվարի',
      'փետրվարի',
      'մարտի',
      'ապրիլի',
      'մայիսի',
      'հունիսի',
      'հուլիսի',
      'օգոստոսի',
      'սեպտեմբերի',
      'հոկտեմբերի',
      'նոյեմբերի',
      'դեկտեմբերի',
    ],
    date: (day: number, month: string, year: number) => `${day} ${month}, ${year} թ.`,
    group: '\u00a0',
    groupFrom: 5,
    decimal: ',',
    and: ' և ',
  },
  app: {
    title: 'Ceasefire Atlas — Լեռնային Ղարաբաղ, 1988-ից մինչ օրս',
    tagline: 'Տարածքային վերահսկողությունը Լեռնային Ղարաբաղում և շրջակայքում՝ 1988 թվականից մինչ օրս',
    description:
      'Լեռնային Ղարաբաղում և շրջակայքում տարածքային փոփոխությունների և 2020 թ. նոյեմբերի 9–10-ի եռակողմ հայտարարության ինտերակտիվ քարտեզ՝ յուրաքանչյուր փոփոխության աղբյուրներով։',
    mapLabel: 'Լեռնային Ղարաբաղի և յոթ հարակից շրջանների քարտեզ',
    sideLabel: 'Իրադարձություններ, հայտարարություն, համեմատում և աղյուսակ',
    skipToSlider: 'Անցնել ամսաթվի սահիչին',
    openFull: 'Բացել ամբողջական ատլասը',
    language: 'Լեզու',
  },
  map: {
    reset: 'Վերականգնել տեսքը՝ ցույց տալ ամբողջ տարածաշրջանը',
    enterHint: 'Սեղմեք Enter՝ իմանալու, թե ով էր վերահսկում քարտեզի կենտրոնում գտնվող վայրը։',
    swipe: 'Բաժանարար գծի դիրքը',
    error: 'Քարտեզում սխալ է տեղի ունեցել։',
    sourceError: (source: string) => `«${source}» տվյալները չհաջողվեց պատկերել։`,
  },
  maplibre: {
    'AttributionControl.ToggleAttribution': 'Ցույց տալ/թաքցնել աղբյուրները',
    'Map.Title': 'Քարտեզ',
    'NavigationControl.ResetBearing': 'Քաշեք՝ քարտեզը պտտելու համար, սեղմեք՝ հյուսիսը վերև դարձնելու համար',
    'NavigationControl.ZoomIn': 'Մեծացնել',
    'NavigationControl.ZoomOut': 'Փոքրացնել',
    'Popup.Close': 'Փակել պատուհանը',
    'ScaleControl.Meters': 'մ',
    'ScaleControl.Kilometers': 'կմ',
  },
  attribution: {
    basemap: (osm: string, naturalEarth: string, relief: string) =>
      `Սահմաններ և լճեր՝ © ${osm} նախագծի մասնակիցներ (ODbL); գետեր՝ ${naturalEarth}; ${relief}`,
    relief: (name: string, arcmin: number, km: number) => `ռելիեֆ՝ ${name} (հանրային տիրույթ; ցանցի քայլը՝ ${arcmin}′, մոտ ${km} կմ)`,
    atlas: (naturalEarth: string, version: string) =>
      `Շրջաններ՝ ${naturalEarth}, ճշգրտված 1988 թ. դրությամբ; բջիջներ և գծեր՝ Ceasefire Atlas, տվյալների տարբերակ ${version}`,
    places: (geonames: string) => `Վայրեր՝ ${geonames} (CC BY 4.0) և հղված աղբյուրներ`,
    export:
      'Ceasefire Atlas։ Սահմաններ և լճեր՝ © OpenStreetMap նախագծի մասնակիցներ (ODbL); շրջաններ և գետեր՝ Natural Earth (հանրային տիրույթ), շրջանները ճշգրտված են 1988 թ. դրությամբ; ռելիեֆ՝ ETOPO5, NOAA NGDC (հանրային տիրույթ); վայրեր՝ GeoNames (CC BY 4.0) և հղված հոդվածներ; տարածքային բջիջները ստացված են բնակավայրերից և փոփոխությունների մատյանից, գծերը թվայնացված են ձեռքով, ±2–5 կմ։',
  },
  errors: {
    langLoad: (language: string) => `«${language}» միջերեսը չհաջողվեց բեռնել, այն ցուցադրվում է անգլերենով։`,
    dataLoad: (file: string) => `Քարտեզի տվյալները չհաջողվեց բեռնել (${file})։`,
    aDataFile: 'տվյալների ֆայլ',
    logLoad: 'Քարտեզի հիմքում ընկած աղբյուրները չհաջողվեց բեռնել, սակայն դա չի ազդում քարտեզի և ամսաթվերի վրա։',
    noMapHeading: 'Այս դիտարկիչում քարտեզը հնարավոր չէ ցուցադրել',
    noMapStart: 'Քարտեզը չհաջողվեց գործարկել այստեղ։',
    noWebGL: 'Դրա համար անհրաժեշտ է WebGL 2, որն այստեղ անջատված է կամ չի աջակցվում։',
    noMapRest:
      'Ժամանակագիծը, իրադարձությունները և հայտարարության կետերը շարունակում են աշխատել․ օգտագործեք ներքևի սահիչը և կողքի ցանկերը։ Աղյուսակը ցույց է տալիս, թե ով էր վերահսկում յուրաքանչյուր տարածք ընտրված օրը։',
    noMapTitle: 'Այս դիտարկիչում քարտեզը հնարավոր չէ ցուցադրել։',
    noMapWhy: (failure: string | null) =>
      failure ? `Քարտեզը չհաջողվեց գործարկել (${failure})։` : 'WebGL 2-ն անջատված է կամ չի աջակցվում։',
    noMapDetail: 'Ժամանակագիծը, իրադարձությունները և հայտարարության կետերը հասանելի են տեքստային տեսքով։',
  },
  link: {
    ignoredTitle: 'Հղման որոշ մասեր անտեսվել են',
    otherVersion: (linked: string, shown: string) =>
      `Այս հղումը ստեղծվել է տվյալների ${linked} տարբերակով, իսկ քարտեզը ցույց է տալիս տվյալների ${shown} տարբերակը։`,
    otherVersionDetail:
      'Հղումը ստեղծելուց հետո տվյալները խմբագրվել են, ուստի ցուցադրվողը կարող է տարբերվել նրանից, ինչ տեսել է հղման հեղինակը։ «Մեջբերել» կոճակը տալիս է այս տարբերակի տվյալները։',
    ignored: {
      'too-long': (i: { max: number }) => `հղումը ${i.max} նիշից երկար էր և կրճատվեց`,
      unreadable: () => 'հղումը հնարավոր չեղավ կարդալ',
      repeated: (i: { key: string }) => `«${i.key}» բանալին կրկնվում է`,
      'not-a-date': (i: { key: string; value: string }) => `${i.key} «${i.value}» արժեքն ամսաթիվ չէ (YYYY-MM-DD)`,
      'outside-timeline': (i: { key: string; value: string; shown: string }) =>
        `${i.key} ${i.value} ամսաթիվը ժամանակագծից դուրս է, ցուցադրվում է ${i.shown}`,
      'bad-map': (i: { value: string }) => `map «${i.value}» արժեքը zoom/lat/lon[/bearing/pitch] ձևաչափով չէ`,
      'map-outside': () => 'քարտեզի տեսքը տարածաշրջանից դուրս էր և վերադարձվեց',
      'bad-selection': (i: { value: string }) => `«${i.value}» ընտրությունը հայտնի ձևաչափով չէ`,
      'not-one-of': (i: { key: string; value: string; allowed: readonly string[] }) =>
        `${i.key} «${i.value}» արժեքը թույլատրելիներից չէ (${i.allowed.join(', ')})`,
      'unknown-layers': (i: { value: string }) => `«${i.value}» արժեքում կան անհայտ շերտեր`,
      'bad-tour': (i: { value: string }) => `tour «${i.value}» արժեքը քայլի հերթական համար չէ`,
      'bad-version': (i: { value: string }) => `v «${i.value}» արժեքը տվյալների տարբերակ չէ`,
      'unknown-key': (i: { key: string }) => `անհայտ բանալի՝ «${i.key}»`,
      'unknown-name': (i: { id: string }) => `«${i.id}» անունով ոչինչ չկա`,
      'no-tour-step': (i: { step: number }) => `շրջայցում ${i.step} համարով քայլ չկա`,
      'outside-tour': (i: { step: number }) =>
        `tour ${i.step}՝ հղումն ընտրում է այլ բան, քան հայտարարության այն կետը, որին նվիրված է այդ քայլը, ուստի այն բացվում է շրջայցից դուրս`,
    },
  },
  holders: {
    armenian: 'Լեռնային Ղարաբաղի իշխանություններ / հայկական ուժեր',
    azerbaijani: 'Ադրբեջան',
    peacekeepers: 'Ռուս խաղաղապահներ (Լաչինի միջանցք)',
  },
  holdersShort: {
    armenian: 'հայկական կողմ',
    azerbaijani: 'Ադրբեջան',
    peacekeepers: 'խաղաղապահներ',
  },
  parties: {
    azerbaijan: 'Ադրբեջանի իշխանությունները',
    armenia: 'Հայաստանի իշխանությունները',
    'nagorno-karabakh': 'Լեռնային Ղարաբաղի դե ֆակտո իշխանությունները',
  },
  layers: {
    zones: 'Վերահսկողության գոտիներ',
    districts: '1988 թ. շրջաններ և ԼՂԻՄ',
    lines: 'Շփման գծեր',
    corridor: 'Միջանցքի ճանապարհներ',
    peacekeeping: 'Խաղաղապահ գոտի',
    places: 'Վայրեր',
  },
  names: {
    label: 'Անվանումներ',
    conventions: {
      en: 'Անգլերեն (երկու տարբերակով)',
      hy: 'Հայկական տարբերակ',
      az: 'Ադրբեջանական տարբերակ',
      ru: 'Ռուսերեն',
    },
  },
  panels: {
    events: 'Իրադարձություններ',
    clauses: 'Հայտարարություն (10.11.2020)',
    compare: 'Համեմատում և մակերես',
    table: 'Աղյուսակ',
  },
  periods: {
    all: 'Ամբողջ ժամանակահատվածը (1988–այսօր)',
    '1988-1994': 'Առաջին պատերազմ (1988–1994)',
    'war-2020': '2020 թ. պատերազմ (սեպտ.–նոյ. 2020)',
    handovers: 'Տարածքների հանձնում (նոյ.–դեկտ. 2020)',
    '2022-2024': 'Միջանցքի փակումը և 2023 թ. սեպտեմբեր (2022–2024)',
  },
  legend: {
    summary: 'Պայմանական նշաններ',
    unsure: 'Վերջին փոփոխությունը հիմնված է մի կողմի հայտարարության վրա կամ վիճարկվում է',
    dots: 'Բնակավայր՝ կետ վերահսկող կողմի գույնի մուգ երանգով',
    outside: 'Վայր ութ միավորներից դուրս',
    noChange: 'Վերահսկողությունը չի փոխվել',
    changesTitle: (from: string, to: string) => `Վերահսկողության փոփոխությունները ${from} – ${to} ժամանակահատվածում`,
    line1994: 'Շփման գիծ, 1994–2020',
    line2020: 'Առաջնագիծը հրադադարի պահին, 10.11.2020 (մոտավոր)',
    road: 'Լաչինի միջանցքի ճանապարհ',
    peacekeeping: 'Ռուս խաղաղապահների գոտի (մոտավոր)',
    district: '1988 թ. շրջանի / ԼՂԻՄ-ի սահման',
    river: 'Գետ',
    show: 'Ցույց տալ',
  },
  share: {
    copy: 'Պատճենել հղումը',
    field: 'Այս տեսքի հղումը',
    copied: 'Հղումը պատճենվեց',
    copyByHand: 'Պատճենեք այս հղումը՝',
  },
  notice: {
    dismiss: 'Փակել',
  },
  offline: {
    title: 'Դուք անցանց եք․ ատլասն աշխատում է այս սարքում պահված պատճենով։',
    detail: (version: string) =>
      `Այդ պատճենը պարունակում է տվյալների ${version} տարբերակը, որը պահվել է առցանց այցելության ժամանակ․ ավելի նոր տվյալները կբեռնվեն հաջորդ առցանց այցելության ժամանակ։`,
  },
  slider: {
    previous: 'Նախորդ իրադարձությունը',
    next: 'Հաջորդ իրադարձությունը',
    play: 'Նվագարկել',
    pause: 'Դադար',
    date: 'Ամսաթիվ',
    period: 'Ժամանակահատված',
    timeline: 'Ժամանակագիծ',
  },
  announce: {
    point: (n: number | string) => `կետ ${n}`,
    // An Armenian noun after a numeral stays singular: no plural forms needed.
    more: (n: number) => `և ևս ${n} իրադարձություն`,
  },
  tabs: {
    label: 'Վահանակներ',
  },
  units: {
    km2: 'կմ²',
  },
  compare: {
    label: 'Համեմատում և վիճակագրություն',
    heading: 'Համեմատել երկու օր',
    with: 'Համեմատել օրվա հետ՝',
    stop: 'Դադարեցնել համեմատումը',
    onMap: 'Քարտեզում',
    views: {
      changes: 'Գունավորել ըստ փոփոխության',
      swipe: 'Սահեցնել երկու օրերի միջև',
    },
    areaHeading: 'Մակերեսը ժամանակի ընթացքում',
    exportHeading: 'Արտահանում',
    geojson: 'Ներբեռնել GeoJSON',
    png: 'Ներբեռնել PNG',
    choose: 'Ընտրեք երկրորդ օրը․ քարտեզը յուրաքանչյուր տարածք կգունավորի ըստ երկու օրերի միջև վերահսկողության փոփոխության։',
    fromTo: (from: string, to: string) => `${from} – ${to} ժամանակահատվածում՝`,
    nothing: 'Վերահսկողության փոփոխություն չի եղել։',
    change: 'Փոփոխություն',
    cells: 'Բջիջներ',
    total: 'Ընդամենը',
    areasNote:
      'Մակերեսները հաշվարկված են տարածքային բջիջներից (turf․ բջիջները գծված են գրանցված բնակավայրերի շուրջ, եզրերի ճշտությունը՝ մոտ ±4 կմ)։ Մոխրագույն տարածքներում վերահսկողությունը չի փոխվել։',
  },
  chart: {
    label: 'Յուրաքանչյուր կողմի վերահսկած մակերեսը ժամանակի ընթացքում, կմ²',
    caption: 'Վերահսկվող մակերեսը, կմ² (հաշվարկված տարածքային բջիջներից)',
    readout: (day: string, armenian: string, azerbaijani: string, peacekeepers: string) =>
      `${day} — հայկական կողմ՝ ${armenian} կմ², Ադրբեջան՝ ${azerbaijani} կմ², խաղաղապահներ՝ ${peacekeepers} կմ²`,
  },
  confidence: {
    short: {
      announced: 'հայտարարված',
      confirmed: 'հաստատված',
      disputed: 'վիճարկվող',
    },
    long: {
      confirmed: 'հաստատել են երկու կողմերը կամ անկախ աղբյուրները',
      announced: 'մի կողմի հայտարարություն, որը չեն հաստատել մյուս կողմը կամ անկախ աղբյուրները',
      disputed: 'մի կողմը հայտարարել է, մյուսը՝ հերքել, կամ այլ աղբյուրներ նշում են այլ ամսաթիվ',
    },
  },
  table: {
    label: 'Ով ինչ էր վերահսկում',
    filter: 'Զտել ըստ անվան',
    anyHolder: 'Ցանկացած կողմ',
    columns: {
      place: 'Վայր',
      unit: 'Միավոր (1988 թ.)',
      km2: 'կմ²',
      holder: 'Վերահսկող',
      since: 'Երբվանից',
    },
    note: 'Յուրաքանչյուր տող տարածքային բջիջ է՝ մեկ գրանցված բնակավայրի շուրջ գծված տարածք (եզրերի ճշտությունը՝ մոտ ±4 կմ)։ Ընտրեք վայրը՝ այն քարտեզում ցույց տալու համար։',
    title: (day: string) => `Ով էր վերահսկում յուրաքանչյուր վայր օրվա վերջում՝ ${day}`,
    start: 'ժամանակագծի սկզբից',
    shown: (shown: number, of: number) => `ցուցադրված է ${shown}-ը ${of}-ից`,
  },
  popup: {
    noData: 'Այս վայրի վերաբերյալ այս օրվա համար տվյալներ չկան։',
    noSettlement: 'Այստեղ դեռ գրանցված բնակավայր չկա․ այս տարածքի վերահսկողը որոշվում է այն ընդգրկող տարածքների գրառումներով։',
    sinceStart: (day: string) => `Ժամանակագծի սկզբից (${day})։`,
    since: (day: string) => `Սկսած՝ ${day}`,
    point: (n: number | string) => `հայտարարության կետ ${n}`,
    until: (day: string) => `Մինչև ${day}։`,
    record: 'Գրառում՝',
    confirmedFrom: (day: string) => `Հաստատվել է՝ ${day}։`,
    confirmedLater: (day: string) => `Հաստատվել է ավելի ուշ՝ ${day}։`,
    eventSources: 'Իրադարձության աղբյուրները՝',
    loadingSources: 'Բեռնվում են յուրաքանչյուր փոփոխության աղբյուրները…',
    history: 'Այս բջջի պատմությունը',
    accuracy: 'Բջիջները գծված են գրանցված բնակավայրերի շուրջ, և դրանց եզրերը մոտավոր են (մոտ ±4 կմ)։',
    claim: (claimed: string | null, denied: string | null) =>
      claimed && denied
        ? `Հայտարարել են՝ ${claimed}։ Հերքել են՝ ${denied}։`
        : claimed
          ? `Հայտարարել են՝ ${claimed}։`
          : `Հերքել են՝ ${denied}։`,
    close: 'Փակել այս պատուհանը',
  },
  cite: {
    button: 'Մեջբերել',
    heading: 'Մեջբերել այս տեսքը',
    formats: { text: 'Պարզ տեքստ', bibtex: 'BibTeX', csl: 'CSL-JSON' },
    copy: (format: string) => `Պատճենել՝ ${format}`,
    copied: (format: string) => `Պատճենվեց՝ ${format}։`,
    selected: (format: string) => `Ընտրված է՝ ${format}։ Պատճենեք այն ստեղնաշարով կամ ընտրացանկով։`,
    close: 'Փակել',
    summary: (version: string, accessed: string) => `Տվյալների տարբերակ ${version}, դիտվել է ${accessed}։`,
    dataHeading: (version: string) => `Տվյալները, տարբերակ ${version}`,
    licence: 'Լիցենզիա՝',
    dataNote: (author: string, version: string, site: string, accessed: string) =>
      `Տվյալները մեջբերելու համար՝ ${author}, տվյալների տարբերակ ${version}, ${site} (դիտվել է ${accessed})։ Ֆայլերն անվանված են ceasefire-atlas-${version}-…, և յուրաքանչյուրը պահպանում է վերևում նշված լիցենզիան։ Տարբերակը գրանցված տվյալների հեշն է (նախագծի պահոցում պահվող փոփոխությունների մատյանը, վայրերը, տարածքները, գծերը, իրադարձությունները և հայտարարության կետերը)․ նույն տարբերակը նշանակում է նույն գրառումները, որոնցից սկրիպտները ստանում են բջիջներն ու գծերը։`,
    words: {
      medium: 'Ինտերակտիվ քարտեզ',
      dataVersion: 'տվյալների տարբերակ',
      accessed: 'դիտվել է',
      view: (days: string) => `Քարտեզի տեսքը՝ ${days}`,
      compared: (day: string, other: string) => `${day}, համեմատած ${other} դրության հետ`,
      quotes: ['«', '»'],
    },
    onDay: (day: string) => `Տարածքային վերահսկողությունը Լեռնային Ղարաբաղում և շրջակայքում ${day} դրությամբ`,
    between: (from: string, to: string) =>
      `Տարածքային վերահսկողության փոփոխությունները Լեռնային Ղարաբաղում և շրջակայքում ${from} – ${to} ժամանակահատվածում`,
    pointTitle: (n: string) => `2020 թ. նոյեմբերի 10-ի հայտարարության կետ ${n}`,
  },
  files: {
    changes: 'Փոփոխությունների մատյանը՝ որ օրը ով է վերահսկողության տակ վերցրել որ վայրը կամ տարածքը, հավաստիության աստիճանով և աղբյուրով',
    places: 'Վայրերը՝ դիրքը, տեսակը, 1988 թ. միավորը և անվանումները չորս տարբերակով, աղբյուրներով',
    cells: 'Տարածքային բջիջները և դրանց հաշվարկված պատմությունը',
    units: '1988 թ. ութ միավորները (ԼՂԻՄ-ը և յոթ շրջանները)',
    lines:
      'Ամսաթվավորված գծերը՝ 1994 թ. շփման գիծը, 2020 թ. նոյեմբերի 10-ի առաջնագիծը, միջանցքի ճանապարհները, խաղաղապահ գոտին, ամսաթվավորված սահմանները',
  },
  licences: {
    cc0: 'CC0 1.0 (նախագծի սեփական աշխատանք)',
    cc0GeoNames: 'CC0 1.0; GeoNames-ից վերցված դիրքերը՝ CC BY 4.0 (նշել GeoNames-ը որպես աղբյուր)',
    odbl: 'ODbL 1.0, մասամբ ստացված OpenStreetMap-ից (© OpenStreetMap նախագծի մասնակիցներ)',
    cc0Borders: 'CC0 1.0; ամսաթվավորված սահմանները՝ ODbL 1.0 (© OpenStreetMap նախագծի մասնակիցներ)',
  },
  film: {
    button: 'Ստեղծել արագացված տեսանյութ…',
    unsupported:
      'Արագացված տեսանյութ ստեղծելու համար անհրաժեշտ է դիտարկիչ, որը կարող է տեսագրել (MediaRecorder, WebM)․ այս դիտարկիչը դա չի աջակցում։',
    heading: 'Ստեղծել արագացված տեսանյութ',
    intro:
      'Տեսանյութ քարտեզի ներկայիս տեսքով՝ օր առ օր, և յուրաքանչյուր կադրում պատկերված են ամսաթիվը, պայմանական նշանները և յուրաքանչյուր կողմի վերահսկած մակերեսը։ Այն տեսագրվում է այս դիտարկիչում իրական ժամանակում․ մինչև ավարտը մնացեք այս ներդիրում։',
    from: 'Սկիզբ',
    to: 'Ավարտ',
    pace: 'Արագություն',
    // An Armenian noun after a numeral stays singular: no plural forms needed.
    paceOption: (n: number, figure: string) => `${figure} օր վայրկյանում`,
    summary: (days: number, figure: string, seconds: string) => `${figure} օր․ ${seconds} վայրկյան տևողությամբ տեսանյութ։`,
    record: 'Տեսագրել',
    cancel: 'Չեղարկել',
    close: 'Փակել',
    progressLabel: 'Տեսագրման ընթացքը',
    progress: (n: string, of: string, day: string) => `Օր ${n}՝ ${of}-ից — ${day}`,
    recording: (days: number, figure: string) => `Տեսագրվում է ${figure} օր…`,
    done: (days: number, figure: string, seconds: string, size: string) =>
      `Տեսանյութը պատրաստ է՝ ${figure} օր ${seconds} վայրկյանում, ${size}։ Դիտարկիչը պահպանում է այն․ ներքևի հղումով կարող եք այն կրկին պահպանել։`,
    save: (size: string) => `Պահպանել տեսանյութը (${size})`,
    megabytes: (figure: string) => `${figure} ՄԲ`,
    cancelled: (day: string) => `Տեսագրումը չեղարկվեց, ոչինչ չի պահպանվել։ Քարտեզը կրկին ցույց է տալիս ${day} դրությունը։`,
    failed: (why: string, day: string) => `Տեսանյութը չհաջողվեց տեսագրել (${why})։ Քարտեզը կրկին ցույց է տալիս ${day} դրությունը։`,
    unexplained: 'դիտարկիչը պատճառը չի նշել',
    area: (figure: string) => `${figure} կմ²`,
    missing: (field: string, first: boolean) => `«${field}» դաշտում նշեք օրը (տեսանյութի ${first ? 'առաջին' : 'վերջին'} օրը)։`,
    outside: (field: string, start: string, end: string) =>
      `«${field}» դաշտի օրը պետք է լինի ժամանակագծի սահմաններում (${start} – ${end})։`,
    order: 'Սկզբի օրը պետք է լինի ավարտի օրից առաջ։',
    tooLong: (max: string, days: string) =>
      `Տեսանյութը կարող է ընդգրկել առավելագույնը ${max} օր, իսկ այս ժամանակահատվածն ընդգրկում է ${days} օր։ Ընտրեք ավելի կարճ ժամանակահատված։`,
    choosePace: 'Ընտրեք արագությունը։',
  },
  tour: {
    title: 'Հայտարարությունն ինը քայլով',
    stepOf: (n: number, total: number) => `Քայլ ${n}՝ ${total}-ից`,
    previous: 'Նախորդ քայլը',
    next: 'Հաջորդ քայլը',
    finish: 'Ավարտել շրջայցը',
    close: 'Փակել շրջայցը',
  },
  events: {
    point: (n: number | string) => `2020 թ. նոյեմբերի 10-ի հայտարարություն, կետ ${n}`,
    datesDiffer: 'Ամսաթվերը տարբերվում են՝',
    sources: 'Աղբյուրներ՝',
  },
  clauses: {
    label: 'Հայտարարության կետերը',
    intro: 'Ամփոփումները շարադրված են մեր բառերով։ Պաշտոնական տեքստը՝',
    tour: 'Անցնել շրջայցը՝ հայտարարությունն ինը քայլով',
    point: (n: number | string) => `Կետ ${n}`,
    obligation: 'Պարտավորություն',
    deadlineActual: 'Ժամկետ → փաստացի',
    due: (day: string) => `ժամկետ՝ ${day}`,
    noDeadline: 'առանց ժամկետի',
    notDone: 'չի կատարվել',
    onTime: 'ժամանակին',
    later: (n: number) => `${n} օր ուշ`,
    early: (n: number) => `${n} օր շուտ`,
  },
};
