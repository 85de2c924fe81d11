/**
 * The content of the popup for a territory cell on a day: the settlement it is
 * drawn around, who held it, since when and why, how sure the record is, and
 * the cell's whole history with the source of each change. Text only.
 */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import type { Confidence, Period } from '../model/types.ts';
import { HOLDER_LABELS, PARTY_LABELS, type Party } from '../model/vocabulary.ts';
import type { NameKey } from '../model/vocabulary.ts';
import { el, sourceLink } from './dom.ts';
import { nameIn, langOf } from './names.ts';

/** How each confidence is said to a reader. */
export const CONFIDENCE_TEXT: Record<Confidence, string> = {
  confirmed: 'confirmed by both sides or by independent sources',
  announced: "one side's announcement, not confirmed by the other side or by independent sources",
  disputed: 'announced by one side and denied by the other, or dated differently by other sources',
};

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
  if (!zone || !period) return el('div', { class: 'popup' }, 'No data for this place on this day.');
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
        `${formatDay(h.from)}: ${HOLDER_LABELS[h.holder]}`,
        h.confidence && h.confidence !== 'confirmed' ? el('em', {}, ` (${h.confidence})`) : null,
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
      withLang(el('span', {}, title), place ? langOf(names, place) : undefined),
      district
        ? el('span', { class: 'popup-district' }, ' — ', withLang(el('span', {}, nameIn(district, names)), langOf(names, district)))
        : null,
    ),
    el('p', { class: 'popup-date' }, formatDay(day)),
    el('p', { class: 'popup-holder' }, HOLDER_LABELS[period.holder]),
    place
      ? null
      : el('p', { class: 'popup-note' }, 'No settlement of record here yet: this land follows the rows of the areas holding it.'),
    isStart
      ? el('p', {}, 'Since the start of the timeline (20 February 1988).')
      : el(
          'p',
          { class: 'popup-since' },
          `Since ${formatDay(period.from)}`,
          event ? `: ${event.title}` : '',
          event?.clause ? el('span', { class: 'popup-clause' }, ` (point ${event.clause} of the statement)`) : null,
          '.',
        ),
    period.to ? el('p', { class: 'popup-until' }, `Until ${formatDay(period.to)}.`) : null,
    period.confidence && !isStart
      ? el('p', { class: 'popup-confidence' }, el('strong', {}, 'Record: '), CONFIDENCE_TEXT[period.confidence], '.')
      : null,
    !isStart ? claimText(period) : null,
    period.confirmed && !isStart
      ? el(
          'p',
          { class: 'popup-confirmed' },
          period.confirmed <= day
            ? `Confirmed from ${formatDay(period.confirmed)}.`
            : `Confirmed later, from ${formatDay(period.confirmed)}.`,
        )
      : null,
    period.note && !isStart ? el('p', { class: 'popup-row-note' }, period.note) : null,
    event?.date_note ? el('p', { class: 'popup-note' }, el('strong', {}, 'Dates differ: '), event.date_note) : null,
    event?.sources.length
      ? el(
          'p',
          { class: 'popup-sources' },
          'Event sources: ',
          ...event.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)]),
        )
      : null,
    sourcesPending ? el('p', { class: 'popup-pending muted' }, 'Loading the source of each change…') : null,
    el('details', { class: 'popup-details' }, el('summary', {}, 'History of this cell'), history),
    el('p', { class: 'popup-accuracy' }, 'Cells are drawn around the settlements of record; their edges are approximate (about ±4 km).'),
  );
}

function withLang(e: HTMLElement, lang: string | undefined): HTMLElement {
  if (lang) e.lang = lang;
  return e;
}

const parties = (ids: Party[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(ids.map((p) => PARTY_LABELS[p]));

/** "Announced by …; denied by …", where the change row records who announced and who denied it. */
export function claimText(p: Period): HTMLElement | null {
  if (!p.claimedBy?.length && !p.deniedBy?.length) return null;
  const parts: string[] = [];
  if (p.claimedBy?.length) parts.push(`Announced by ${parties(p.claimedBy)}`);
  if (p.deniedBy?.length) parts.push(`${parts.length ? 'denied' : 'Denied'} by ${parties(p.deniedBy)}`);
  return el('p', { class: 'popup-claim' }, `${parts.join('; ')}.`);
}
