/**
 * The interface's words in Azerbaijani (North Azerbaijani, Latin script; locale az-Latn-AZ). A first draft made with
 * machine assistance from the English table, not yet reviewed by a native speaker: corrections are welcome.
 *
 * Nouns after a number stay singular in Azerbaijani ("3 hadisə", "5 gün"), so no plural forms are needed. Days arrive
 * as "10 noyabr 2020" and are never inflected: the sentences put "tarixində / tarixindən / tarixinədək" after them, or a
 * colon before them.
 */
import type { Messages } from './en.ts';

/** A point's number as an ordinal ("3-cü", "9-cu", "10-cu"): the suffix follows the vowel of the number's last word. */
function ordinal(n: number | string): string {
  const s = String(n);
  if (!/^\d+$/.test(s)) return s;
  const digits = s.replace(/^0+(?=\d)/, '');
  const ones: Record<string, string> = { 1: 'ci', 2: 'ci', 3: 'cü', 4: 'cü', 5: 'ci', 6: 'cı', 7: 'ci', 8: 'ci', 9: 'cu' };
  const tens: Record<string, string> = { 1: 'cu', 2: 'ci', 3: 'cu', 4: 'cı', 5: 'ci', 6: 'cı', 7: 'ci', 8: 'ci', 9: 'cı' };
  const last = digits.at(-1)!;
  const ten = digits.at(-2) ?? '0';
  const suffix =
    last !== '0'
      ? ones[last]
      : ten !== '0'
        ? tens[ten]
        : digits === '0'
          ? 'cı' // sıfır
          : /[1-9]00$/.test(digits)
            ? 'cü' // yüz
            : /000000$/.test(digits)
              ? 'cu' // milyon
              : 'ci'; // min
  return `${digits}-${suffix}`;
}

export const az: Messages = {
  punctuation: {
    stop: '.',
    colon: ': ',
  },
  format: {
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    date: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
    group: '.',
    groupFrom: 4,
    decimal: ',',
    and: ' və ',
  },
  app: {
    title: 'Ceasefire Atlas — Dağlıq Qarabağ, 1988-ci ildən bu günə',
    tagline: 'Dağlıq Qarabağda və ətrafında ərazilərə nəzarət, 1988-ci ildən bu günə',
    description:
      'Dağlıq Qarabağda və ətrafında baş vermiş ərazi dəyişikliklərinin və 9–10 noyabr 2020-ci il üçtərəfli bəyanatının interaktiv xəritəsi; hər dəyişiklik üçün mənbələr göstərilir.',
    mapLabel: 'Dağlıq Qarabağın və ona bitişik yeddi rayonun xəritəsi',
    sideLabel: 'Hadisələr, bəyanat, müqayisə və cədvəl',
    skipToSlider: 'Tarix sürgüsünə keç',
    openFull: 'Tam atlası aç',
    language: 'Dil',
  },
  map: {
    reset: 'Görünüşü sıfırla: bütün regionu göstər',
    enterHint: 'Xəritənin mərkəzindəki yerə kimin nəzarət etdiyini öyrənmək üçün Enter düyməsini basın.',
    swipe: 'Sürüşdürmə mövqeyi',
    error: 'Xəritə xəta bildirdi.',
    sourceError: (source: string) => `“${source}” üçün məlumatları xəritədə göstərmək mümkün olmadı.`,
  },
  maplibre: {
    'AttributionControl.ToggleAttribution': 'Mənbələri göstər/gizlət',
    'Map.Title': 'Xəritə',
    'NavigationControl.ResetBearing': 'Xəritəni fırlatmaq üçün sürüşdürün, şimala qaytarmaq üçün klikləyin',
    'NavigationControl.ZoomIn': 'Yaxınlaşdır',
    'NavigationControl.ZoomOut': 'Uzaqlaşdır',
    'Popup.Close': 'Pəncərəni bağla',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
  attribution: {
    basemap: (osm: string, naturalEarth: string, relief: string) =>
      `Sərhədlər və göllər © ${osm} iştirakçıları (ODbL); çaylar: ${naturalEarth}; ${relief}`,
    relief: (name: string, arcmin: number, km: number) => `relyef: ${name} (ictimai sərvət; ${arcmin}′ addımlı şəbəkə, təxminən ${km} km)`,
    atlas: (naturalEarth: string, version: string) =>
      `Rayonlar: ${naturalEarth}, 1988-ci ilin vəziyyətinə uyğun düzəldilib; xanalar və xətlər: Ceasefire Atlas, məlumat versiyası ${version}`,
    places: (geonames: string) => `Yerlər: ${geonames} (CC BY 4.0) və istinad edilən mənbələr`,
    export:
      'Ceasefire Atlas. Sərhədlər və göllər © OpenStreetMap iştirakçıları (ODbL); rayonlar və çaylar: Natural Earth (ictimai sərvət), rayonlar 1988-ci ilin vəziyyətinə uyğun düzəldilib; relyef: ETOPO5, NOAA NGDC (ictimai sərvət); yerlər: GeoNames (CC BY 4.0) və istinad edilən məqalələr; ərazi xanaları yaşayış məntəqələri və dəyişikliklər jurnalı əsasında hesablanıb, xətlər əl ilə rəqəmsallaşdırılıb, ±2–5 km.',
  },
  errors: {
    langLoad: (language: string) => `“${language}” interfeysini yükləmək mümkün olmadı; o, ingilis dilində göstərilir.`,
    dataLoad: (file: string) => `Xəritənin məlumatlarını yükləmək mümkün olmadı (${file}).`,
    aDataFile: 'məlumat faylı',
    logLoad: 'Xəritənin əsaslandığı mənbələri yükləmək mümkün olmadı; bu, xəritəyə və tarixlərə təsir etmir.',
    noMapHeading: 'Bu brauzerdə xəritəni göstərmək mümkün deyil',
    noMapStart: 'Xəritəni burada işə salmaq mümkün olmadı.',
    noWebGL: 'Xəritə üçün WebGL 2 lazımdır, o isə burada söndürülüb və ya dəstəklənmir.',
    noMapRest:
      'Zaman şkalası, hadisələr və bəyanatın bəndləri yenə də işləyir: aşağıdakı sürgüdən və onun yanındakı siyahılardan istifadə edin. Cədvəl seçilmiş gündə hər sahəyə kimin nəzarət etdiyini göstərir.',
    noMapTitle: 'Bu brauzerdə xəritəni göstərmək mümkün deyil.',
    noMapWhy: (failure: string | null) =>
      failure ? `Xəritəni işə salmaq mümkün olmadı (${failure}).` : 'WebGL 2 söndürülüb və ya dəstəklənmir.',
    noMapDetail: 'Zaman şkalası, hadisələr və bəyanatın bəndləri mətn şəklində yenə də əlçatandır.',
  },
  link: {
    ignoredTitle: 'Bu keçidin bəzi hissələri nəzərə alınmadı',
    otherVersion: (linked: string, shown: string) =>
      `Bu keçid ${linked} məlumat versiyası ilə yaradılıb; xəritə ${shown} məlumat versiyasını göstərir.`,
    otherVersionDetail:
      'Keçid yaradılandan sonra qeydlərə düzəlişlər edilib, ona görə göstərilənlər keçidin müəllifinin gördüyündən fərqlənə bilər. “İstinad” düyməsi bu versiyanın məlumatlarını verir.',
    ignored: {
      'too-long': (i: { max: number }) => `keçid ${i.max} simvoldan uzun idi və qısaldıldı`,
      unreadable: () => 'keçidi oxumaq mümkün olmadı',
      repeated: (i: { key: string }) => `“${i.key}” təkrarlanıb`,
      'not-a-date': (i: { key: string; value: string }) => `${i.key} “${i.value}” tarix deyil (YYYY-MM-DD)`,
      'outside-timeline': (i: { key: string; value: string; shown: string }) =>
        `${i.key} ${i.value} zaman şkalasından kənardadır; ${i.shown} göstərilir`,
      'bad-map': (i: { value: string }) => `map “${i.value}” zoom/lat/lon[/bearing/pitch] şəklində deyil`,
      'map-outside': () => 'xəritə görünüşü regiondan kənarda idi və geri qaytarıldı',
      'bad-selection': (i: { value: string }) => `seçim “${i.value}” məlum formada deyil`,
      'not-one-of': (i: { key: string; value: string; allowed: readonly string[] }) =>
        `${i.key} “${i.value}” bunlardan biri deyil: ${i.allowed.join(', ')}`,
      'unknown-layers': (i: { value: string }) => `“${i.value}” daxilində naməlum qatlar var`,
      'bad-tour': (i: { value: string }) => `tour “${i.value}” addım nömrəsi deyil`,
      'bad-version': (i: { value: string }) => `v “${i.value}” məlumat versiyası deyil`,
      'unknown-key': (i: { key: string }) => `naməlum açar “${i.key}”`,
      'unknown-name': (i: { id: string }) => `“${i.id}” adlı heç nə yoxdur`,
      'no-tour-step': (i: { step: number }) => `turda ${i.step} nömrəli addım yoxdur`,
      'outside-tour': (i: { step: number }) =>
        `tour ${i.step}: keçid həmin addıma uyğun gələn bəyanat bəndindən başqa bir şey seçir, ona görə turdan kənarda açılır`,
    },
  },
  holders: {
    armenian: 'Dağlıq Qarabağ hakimiyyəti / erməni qüvvələri',
    azerbaijani: 'Azərbaycan',
    peacekeepers: 'Rusiya sülhməramlıları (Laçın dəhlizi)',
  },
  holdersShort: {
    armenian: 'erməni tərəfi',
    azerbaijani: 'Azərbaycan',
    peacekeepers: 'sülhməramlılar',
  },
  parties: {
    azerbaijan: 'Azərbaycan hakimiyyəti',
    armenia: 'Ermənistan hakimiyyəti',
    'nagorno-karabakh': 'Dağlıq Qarabağın de-fakto hakimiyyəti',
  },
  layers: {
    zones: 'Nəzarət zonaları',
    districts: '1988-ci il rayonları və DQMV',
    lines: 'Təmas xətləri',
    corridor: 'Dəhliz yolları',
    peacekeeping: 'Sülhməramlılar zonası',
    places: 'Yerlər',
  },
  names: {
    label: 'Adlar',
    conventions: {
      en: 'İngiliscə (hər iki adlandırma)',
      hy: 'Erməni adlandırması',
      az: 'Azərbaycan adlandırması',
      ru: 'Rusca',
    },
  },
  panels: {
    events: 'Hadisələr',
    clauses: 'Bəyanat (10.11.2020)',
    compare: 'Müqayisə və sahə',
    table: 'Cədvəl',
  },
  periods: {
    all: 'Bütün dövr (1988 – bu gün)',
    '1988-1994': 'Birinci müharibə (1988–1994)',
    'war-2020': '2020-ci il müharibəsi (sentyabr–noyabr 2020)',
    handovers: 'Rayonların təhvili (noyabr–dekabr 2020)',
    '2022-2024': 'Dəhlizin bağlanması və sentyabr 2023 (2022–2024)',
  },
  legend: {
    summary: 'Şərti işarələr',
    unsure: 'Son dəyişiklik yalnız bir tərəfin açıqlamasına əsaslanır və ya mübahisəlidir',
    dots: 'Yaşayış məntəqəsi: nəzarət edən tərəfin rənginin tünd çalarında nöqtə',
    outside: 'Səkkiz vahiddən kənarda olan yer',
    noChange: 'Nəzarət dəyişməyib',
    changesTitle: (from: string, to: string) => `${from} tarixindən ${to} tarixinədək nəzarətin dəyişdiyi ərazilər`,
    line1994: 'Təmas xətti (1994–2020)',
    line2020: 'Atəşkəs anında cəbhə xətti, 10 noyabr 2020 (təxmini)',
    road: 'Laçın dəhlizinin yolu',
    peacekeeping: 'Rusiya sülhməramlılarının zonası (təxmini)',
    district: '1988-ci il rayonu / DQMV sərhədi',
    river: 'Çay',
    show: 'Göstər',
  },
  share: {
    copy: 'Keçidi kopyala',
    field: 'Bu görünüşə keçid',
    copied: 'Keçid kopyalandı',
    copyByHand: 'Bu keçidi kopyalayın:',
  },
  notice: {
    dismiss: 'Bağla',
  },
  offline: {
    title: 'İnternet bağlantısı yoxdur: atlas bu cihazda saxlanmış nüsxə ilə işləyir.',
    detail: (version: string) =>
      `Bu nüsxədə ${version} məlumat versiyası var və o, bağlantı olan bir ziyarət zamanı saxlanıb; daha yeni məlumatlar növbəti onlayn ziyarətdə gələcək.`,
  },
  slider: {
    previous: 'Əvvəlki hadisə',
    next: 'Növbəti hadisə',
    play: 'Oynat',
    pause: 'Fasilə',
    date: 'Tarix',
    period: 'Dövr',
    timeline: 'Zaman şkalası',
  },
  announce: {
    point: (n: number | string) => `${ordinal(n)} bənd`,
    more: (n: number) => `və daha ${n} hadisə`,
  },
  tabs: {
    label: 'Panellər',
  },
  units: {
    km2: 'km²',
  },
  compare: {
    label: 'Müqayisə və statistika',
    heading: 'İki günü müqayisə et',
    with: 'Müqayisə üçün gün',
    stop: 'Müqayisəni dayandır',
    onMap: 'Xəritədə',
    views: {
      changes: 'Dəyişikliyə görə rənglə',
      swipe: 'İki gün arasında sürüşdür',
    },
    areaHeading: 'Sahənin zamanla dəyişməsi',
    exportHeading: 'İxrac',
    geojson: 'GeoJSON yüklə',
    png: 'PNG yüklə',
    choose: 'İkinci günü seçin: xəritə hər sahəni iki gün arasında nəzarətin necə dəyişdiyinə görə rəngləyəcək.',
    fromTo: (from: string, to: string) => `${from} tarixindən ${to} tarixinədək:`,
    nothing: 'Heç bir yerdə nəzarət dəyişməyib.',
    change: 'Dəyişiklik',
    cells: 'Xanalar',
    total: 'Cəmi',
    areasNote:
      'Sahələr ərazi xanalarından hesablanır (turf; xanalar qeydə alınmış yaşayış məntəqələri ətrafında çəkilib, kənarları təxminən ±4 km dəqiqliklədir); boz sahələrdə nəzarət dəyişməyib.',
  },
  chart: {
    label: 'Hər tərəfin nəzarətindəki sahənin zamanla dəyişməsi, km²',
    caption: 'Nəzarətdəki sahə, km² (ərazi xanalarından hesablanıb)',
    readout: (day: string, armenian: string, azerbaijani: string, peacekeepers: string) =>
      `${day}: erməni tərəfi ${armenian} km², Azərbaycan ${azerbaijani} km², sülhməramlılar ${peacekeepers} km²`,
  },
  confidence: {
    short: {
      announced: 'elan edilib',
      confirmed: 'təsdiqlənib',
      disputed: 'mübahisəli',
    },
    long: {
      confirmed: 'hər iki tərəf və ya müstəqil mənbələr tərəfindən təsdiqlənib',
      announced: 'bir tərəfin açıqlaması; digər tərəf və ya müstəqil mənbələr tərəfindən təsdiqlənməyib',
      disputed: 'bir tərəf elan edib, digər tərəf təkzib edib və ya başqa mənbələr fərqli tarix göstərir',
    },
  },
  table: {
    label: 'Kim nəyə nəzarət edirdi',
    filter: 'Ada görə filtrlə',
    anyHolder: 'İstənilən tərəf',
    columns: {
      place: 'Yer',
      unit: '1988-ci il vahidi',
      km2: 'km²',
      holder: 'Nəzarət edən',
      since: 'Nə vaxtdan',
    },
    note: 'Hər sətir bir ərazi xanasıdır: qeydə alınmış bir yaşayış məntəqəsi ətrafında çəkilmiş ərazi (kənarları təxminən ±4 km dəqiqliklə). Yeri xəritədə göstərmək üçün onu seçin.',
    title: (day: string) => `${day} tarixinin sonunda hər yerə kim nəzarət edirdi`,
    start: 'zaman şkalasının başlanğıcı',
    shown: (shown: number, of: number) => `göstərilir: ${shown} / ${of}`,
  },
  popup: {
    noData: 'Bu yer üçün bu tarixdə məlumat yoxdur.',
    noSettlement:
      'Burada hələ qeydə alınmış yaşayış məntəqəsi yoxdur: bu ərazinin kimin nəzarətində olduğu onu əhatə edən sahələrin qeydlərinə əsasən göstərilir.',
    sinceStart: (day: string) => `Zaman şkalasının başlanğıcından bəri (${day}).`,
    since: (day: string) => `${day} tarixindən bəri`,
    point: (n: number | string) => `bəyanatın ${ordinal(n)} bəndi`,
    until: (day: string) => `${day} tarixinədək.`,
    record: 'Etibarlılıq:',
    confirmedFrom: (day: string) => `${day} tarixindən etibarən təsdiqlənib.`,
    confirmedLater: (day: string) => `Sonradan, ${day} tarixindən etibarən təsdiqlənib.`,
    eventSources: 'Hadisənin mənbələri:',
    loadingSources: 'Hər dəyişikliyin mənbəyi yüklənir…',
    history: 'Bu xananın tarixçəsi',
    accuracy: 'Xanalar qeydə alınmış yaşayış məntəqələri ətrafında çəkilib; onların kənarları təxminidir (təxminən ±4 km).',
    claim: (claimed: string | null, denied: string | null) =>
      claimed && denied
        ? `${claimed} tərəfindən elan edilib; ${denied} tərəfindən təkzib edilib.`
        : claimed
          ? `${claimed} tərəfindən elan edilib.`
          : `${denied} tərəfindən təkzib edilib.`,
    close: 'Bu pəncərəni bağla',
  },
  cite: {
    button: 'İstinad',
    heading: 'Bu görünüşə istinad',
    formats: { text: 'Sadə mətn', bibtex: 'BibTeX', csl: 'CSL-JSON' },
    copy: (format: string) => `Kopyala: ${format}`,
    copied: (format: string) => `${format} kopyalandı.`,
    selected: (format: string) => `${format} seçilib: onu klaviatura və ya menyu ilə kopyalayın.`,
    close: 'Bağla',
    summary: (version: string, accessed: string) => `Məlumat versiyası ${version}, müraciət tarixi: ${accessed}.`,
    dataHeading: (version: string) => `Məlumatlar, versiya ${version}`,
    licence: 'Lisenziya:',
    dataNote: (author: string, version: string, site: string, accessed: string) =>
      `Məlumatlara istinad etmək üçün: ${author}, məlumat versiyası ${version}, ${site} (müraciət tarixi: ${accessed}); fayllar ceasefire-atlas-${version}-… adlanır və hər biri yuxarıda göstərilən lisenziyanı saxlayır. Versiya əsas qeydlərin heşidir (layihənin repozitoriyasındakı dəyişikliklər jurnalı, yerlər, sahələr, xətlər, hadisələr və bəyanatın bəndləri): eyni versiya eyni qeydlər deməkdir, skriptlər isə xanaları və xətləri həmin qeydlərdən hasil edir.`,
    words: {
      medium: 'İnteraktiv xəritə',
      dataVersion: 'məlumat versiyası',
      accessed: 'müraciət tarixi:',
      view: (days: string) => `Xəritə görünüşü: ${days}`,
      compared: (day: string, other: string) => `${day}, ${other} tarixi ilə müqayisədə`,
      quotes: ['“', '”'],
    },
    onDay: (day: string) => `${day} tarixinə Dağlıq Qarabağda və ətrafında ərazilərə nəzarət`,
    between: (from: string, to: string) =>
      `${from} və ${to} tarixləri arasında Dağlıq Qarabağda və ətrafında ərazilərə nəzarətdə dəyişikliklər`,
    pointTitle: (n: string) => `10 noyabr 2020-ci il bəyanatının ${ordinal(n)} bəndi`,
  },
  files: {
    changes: 'Dəyişikliklər jurnalı: hansı gün hansı yerə və ya sahəyə kimin nəzarəti keçdiyi, etibarlılıq dərəcəsi və mənbəyi ilə',
    places: 'Yerlər: mövqe, növ, 1988-ci il vahidi və dörd adlandırmada adlar, mənbələri ilə',
    cells: 'Ərazi xanaları və onlardan hasil edilmiş tarixçələr',
    units: 'Səkkiz 1988-ci il vahidi (DQMV və yeddi rayon)',
    lines:
      'Tarixli xətlər: 1994-cü il təmas xətti, 10 noyabr 2020-ci il cəbhə xətti, dəhliz yolları, sülhməramlılar zonası, tarixli sərhədlər',
  },
  licences: {
    cc0: 'CC0 1.0 (layihənin öz işi)',
    cc0GeoNames: 'CC0 1.0; GeoNames-dən götürülmüş mövqelər CC BY 4.0 lisenziyasındadır (GeoNames göstərilməlidir)',
    odbl: 'ODbL 1.0, qismən OpenStreetMap əsasında (© OpenStreetMap iştirakçıları)',
    cc0Borders: 'CC0 1.0; tarixli sərhədlər ODbL 1.0 (© OpenStreetMap iştirakçıları)',
  },
  film: {
    button: 'Sürətləndirilmiş video yaz…',
    unsupported: 'Sürətləndirilmiş video yazmaq üçün video yaza bilən brauzer lazımdır (MediaRecorder, WebM); bu brauzer bunu dəstəkləmir.',
    heading: 'Sürətləndirilmiş video yaz',
    intro:
      'Xəritənin hazırkı görünüşündən video: günlər bir-birinin ardınca göstərilir, hər kadrda isə tarix, şərti işarələr və hər tərəfin nəzarətindəki sahə əks olunur. Video bu brauzerdə real vaxtda yazılır: bitənə qədər bu səhifəni ön planda saxlayın.',
    from: 'Başlanğıc',
    to: 'Son',
    pace: 'Sürət',
    paceOption: (n: number, figure: string) => `saniyədə ${figure} gün`,
    summary: (days: number, figure: string, seconds: string) => `${figure} gün: ${seconds} saniyəlik video.`,
    record: 'Yazmağa başla',
    cancel: 'Ləğv et',
    close: 'Bağla',
    progressLabel: 'Yazma prosesi',
    progress: (n: string, of: string, day: string) => `Gün ${n} / ${of} — ${day}`,
    recording: (days: number, figure: string) => `${figure} gün yazılır…`,
    done: (days: number, figure: string, seconds: string, size: string) =>
      `Video hazırdır: ${figure} gün ${seconds} saniyədə, ${size}. Brauzer onu saxlayır; aşağıdakı keçidlə onu yenidən saxlaya bilərsiniz.`,
    save: (size: string) => `Videonu saxla (${size})`,
    megabytes: (figure: string) => `${figure} MB`,
    cancelled: (day: string) => `Yazma ləğv edildi; heç nə saxlanmadı. Xəritə yenidən ${day} tarixini göstərir.`,
    failed: (why: string, day: string) => `Videonu yazmaq mümkün olmadı (${why}). Xəritə yenidən ${day} tarixini göstərir.`,
    unexplained: 'brauzer səbəb göstərmədi',
    area: (figure: string) => `${figure} km²`,
    missing: (field: string, first: boolean) => `${field}: gün daxil edin (videonun ${first ? 'ilk' : 'son'} günü).`,
    outside: (field: string, start: string, end: string) =>
      `${field}: gün zaman şkalası daxilində, ${start} tarixindən ${end} tarixinədək olmalıdır.`,
    order: 'Başlanğıc günü son gündən əvvəl olmalıdır.',
    tooLong: (max: string, days: string) =>
      `Video ən çox ${max} gün əhatə edə bilər; bu aralıq isə ${days} gündür. Daha qısa aralıq seçin.`,
    choosePace: 'Sürət seçin.',
  },
  tour: {
    title: 'Bəyanat doqquz addımda',
    stepOf: (n: number, total: number) => `${n} / ${total}`,
    previous: 'Əvvəlki addım',
    next: 'Növbəti addım',
    finish: 'Turu bitir',
    close: 'Turu bağla',
  },
  events: {
    point: (n: number | string) => `10 noyabr 2020-ci il bəyanatı, ${ordinal(n)} bənd`,
    datesDiffer: 'Tarixlər fərqlənir:',
    sources: 'Mənbələr:',
  },
  clauses: {
    label: 'Bəyanatın bəndləri',
    intro: 'Xülasələr öz sözlərimizlədir. Rəsmi mətn:',
    tour: 'Tura başla: bəyanat doqquz addımda',
    point: (n: number | string) => `${ordinal(n)} bənd`,
    obligation: 'Öhdəlik',
    deadlineActual: 'Son müddət → faktiki',
    due: (day: string) => `son müddət: ${day}`,
    noDeadline: 'son müddət yoxdur',
    notDone: 'icra edilməyib',
    onTime: 'vaxtında',
    later: (n: number) => `${n} gün gec`,
    early: (n: number) => `${n} gün tez`,
  },
};
