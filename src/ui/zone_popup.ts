/**
 * The content of the popup for a territory cell on a day: the settlement it is
 * drawn around, who held it, since when and why, how sure the record is, and
 * the cell's whole history with the source of each change. Text only.
 */
import type { IsoDay } from '../model/calendar.ts';
import { dayText, list, sentence, tr } from '../i18n/index.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Period } from '../model/types.ts';
import type { Party } from '../model/vocabulary.ts';
import type { NameKey } from '../model/vocabulary.ts';
import { el, RECORD_LANG, sourceLink } from './dom.ts';
import { nameIn, langOf } from './names.ts';

function sourceOf(p: Period): HTMLElement | null {
  if (!p.source) return null;
  let host = p.source;
  try {
    host = new URL(p.source).hostname.replace(/^www\./, '');
  } catch {
    /* shown as given */
  }
  return sourceLink(host, p.source);
}

export function zonePopupContent(
  timeline: Timeline,
  zoneId: string,
  day: IsoDay,
  district: Record<string, unknown> | undefined,
  names: NameKey,
  place?: Record<string, unknown>,
  /** True until geo/log.json (the sources and notes of each change) has arrived. */
  sourcesPending = false,
): HTMLElement {
  const zone = timeline.zones.find((z) => z.id === zoneId);
  const period = timeline.periodOf(zoneId, day);
  if (!zone || !period) return el('div', { class: 'popup' }, tr.popup.noData);
  const event = timeline.event(period.event);
  const isStart = period.from === timeline.start;
  const title = place ? nameIn(place, names) : zone.name;
  const history = el(
    'ol',
    { class: 'popup-history' },
    ...zone.history.map((h) =>
      el(
        'li',
        h === period ? { 'aria-current': 'true' } : {},
        `${dayText(h.from)}${tr.punctuation.colon}${tr.holders[h.holder]}`,
        h.confidence && h.confidence !== 'confirmed' ? el('em', {}, ` (${tr.confidence.short[h.confidence]})`) : null,
        h.source ? ' — ' : null,
        sourceOf(h),
      ),
    ),
  );
  return el(
    'div',
    { class: 'popup' },
    // The heading names the place (it takes the focus when the popup is opened from the keyboard); then who held it.
    el(
      'h2',
      { class: 'popup-title popup-zone', tabindex: '-1' },
      withLang(el('span', {}, title), place ? langOf(names, place) : RECORD_LANG),
      district
        ? el('span', { class: 'popup-district' }, ' — ', withLang(el('span', {}, nameIn(district, names)), langOf(names, district)))
        : null,
    ),
    el('p', { class: 'popup-date' }, dayText(day)),
    el('p', { class: 'popup-holder' }, tr.holders[period.holder]),
    place ? null : el('p', { class: 'popup-note' }, tr.popup.noSettlement),
    isStart
      ? el('p', {}, tr.popup.sinceStart(dayText(timeline.start)))
      : el(
          'p',
          { class: 'popup-since' },
          ...(event
            ? [
                `${tr.popup.since(dayText(period.from))}${tr.punctuation.colon}`,
                el('span', { lang: RECORD_LANG }, event.title),
                event.clause ? el('span', { class: 'popup-clause' }, ` (${tr.popup.point(event.clause)})`) : '',
                tr.punctuation.stop,
              ]
            : [sentence(tr.popup.since(dayText(period.from)))]),
        ),
    period.to ? el('p', { class: 'popup-until' }, tr.popup.until(dayText(period.to))) : null,
    period.confidence && !isStart
      ? el('p', { class: 'popup-confidence' }, el('strong', {}, tr.popup.record), ' ', sentence(tr.confidence.long[period.confidence]))
      : null,
    !isStart ? claimText(period) : null,
    period.confirmed && !isStart
      ? el(
          'p',
          { class: 'popup-confirmed' },
          period.confirmed <= day ? tr.popup.confirmedFrom(dayText(period.confirmed)) : tr.popup.confirmedLater(dayText(period.confirmed)),
        )
      : null,
    period.note && !isStart ? el('p', { class: 'popup-row-note', lang: RECORD_LANG }, period.note) : null,
    event?.date_note
      ? el('p', { class: 'popup-note' }, el('strong', {}, tr.events.datesDiffer), ' ', el('span', { lang: RECORD_LANG }, event.date_note))
      : null,
    event?.sources.length
      ? el(
          'p',
          { class: 'popup-sources' },
          tr.popup.eventSources,
          ' ',
          ...event.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
        )
      : null,
    sourcesPending ? el('p', { class: 'popup-pending muted' }, tr.popup.loadingSources) : null,
    el('details', { class: 'popup-details' }, el('summary', {}, tr.popup.history), history),
    el('p', { class: 'popup-accuracy' }, tr.popup.accuracy),
  );
}

function withLang(e: HTMLElement, lang: string | undefined): HTMLElement {
  if (lang) e.lang = lang;
  return e;
}

const parties = (ids: Party[]) => list(ids.map((p) => tr.parties[p]));

/** "Announced by …; denied by …", where the change row records who announced and who denied it. */
export function claimText(p: Period): HTMLElement | null {
  if (!p.claimedBy?.length && !p.deniedBy?.length) return null;
  const claimed = p.claimedBy?.length ? parties(p.claimedBy) : null;
  const denied = p.deniedBy?.length ? parties(p.deniedBy) : null;
  return el('p', { class: 'popup-claim' }, tr.popup.claim(claimed, denied));
}
