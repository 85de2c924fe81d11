/**
 * Who held what on the day shown, as a table: the text twin of the map, used
 * where the map cannot be drawn (no WebGL) and readable by screen readers.
 */
import type { IsoDay } from '../model/calendar.ts';
import { formatDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import { HOLDER_LABELS } from '../map/palette.ts';
import { el } from './dom.ts';

export class ControlTable {
  readonly element: HTMLElement;
  private readonly _caption: HTMLElement;
  private readonly _cells = new Map<string, { holder: HTMLElement; since: HTMLElement }>();

  constructor(
    private readonly _timeline: Timeline,
    districtNames: Map<string, string>,
    zoneAreas: Map<string, number>,
  ) {
    this._caption = el('caption', {});
    const body = el('tbody', {});
    for (const z of _timeline.zones) {
      const holder = el('td', {});
      const since = el('td', {});
      this._cells.set(z.id, { holder, since });
      body.append(
        el(
          'tr',
          {},
          el('td', {}, districtNames.get(z.district) ?? z.district),
          el('th', { scope: 'row' }, z.name),
          el('td', { class: 'num' }, `${Math.round(zoneAreas.get(z.id) ?? 0).toLocaleString('en-GB')}`),
          holder,
          since,
        ),
      );
    }
    this.element = el(
      'table',
      { class: 'control-table' },
      this._caption,
      el('thead', {}, el('tr', {}, ...['District', 'Place', 'km²', 'Held by', 'Since'].map((h) => el('th', { scope: 'col' }, h)))),
      body,
    );
  }

  update(day: IsoDay): void {
    this._caption.textContent = `Control on ${formatDay(day)}`;
    const periods = this._timeline.periodsAt(day);
    this._timeline.zones.forEach((z, i) => {
      const p = periods[i];
      const cells = this._cells.get(z.id)!;
      cells.holder.textContent = p ? HOLDER_LABELS[p.holder] : '—';
      const e = p ? this._timeline.event(p.event) : undefined;
      cells.since.textContent =
        p && p.from !== this._timeline.start ? `${formatDay(p.from)}${e ? ` (${e.title})` : ''}` : 'start of the timeline';
    });
  }
}
