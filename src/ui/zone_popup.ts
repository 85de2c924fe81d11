/** The content of the popup for a zone on a day: holder, since when, why, where, sources. Text only. */
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import { HOLDER_LABELS } from '../map/palette.ts';
import type { NameConvention } from '../app/store.ts';
import { el, sourceLink } from './dom.ts';
import { nameIn } from './names.ts';

export function zonePopupContent(
  timeline: Timeline,
  zoneId: string,
  day: IsoDay,
  district: Record<string, unknown> | undefined,
  names: NameConvention,
): HTMLElement {
  const zone = timeline.zones.find((z) => z.id === zoneId);
  const period = timeline.periodOf(zoneId, day);
  if (!zone || !period) return el('div', { class: 'popup' }, 'No data for this place on this day.');
  const event = timeline.event(period.event);
  const isStart = period.from === timeline.start;
  return el(
    'div',
    { class: 'popup' },
    el('p', { class: 'popup-date' }, formatDay(day)),
    el('h3', {}, HOLDER_LABELS[period.holder]),
    el('p', { class: 'popup-zone' }, zone.name, district ? el('span', { class: 'popup-district' }, ` — ${nameIn(district, names)}`) : null),
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
    event?.date_note ? el('p', { class: 'popup-note' }, el('strong', {}, 'Dates differ: '), event.date_note) : null,
    event?.sources.length ? el('p', { class: 'popup-sources' }, 'Sources: ', ...event.sources.flatMap((s, i) => [i ? ', ' : '', sourceLink(s.title, s.url)])) : null,
    el('p', { class: 'popup-accuracy' }, 'Zone edges are approximate (about ±4 km).'),
  );
}
