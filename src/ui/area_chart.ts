/**
 * Area held by each holder over the whole timeline, as a stacked step chart in
 * SVG, with a cursor on the day shown. Clicking the chart sets the day.
 */
import { dayNumber, fromDayNumber, type IsoDay } from '../model/calendar.ts';
import { dayText, num, tr } from '../i18n/index.ts';
import type { AreaStats } from '../model/stats.ts';
import { HOLDER_COLOURS } from '../map/palette.ts';
import type { Holder } from '../model/types.ts';
import { el } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 360;
const H = 150;
const PAD = { left: 44, right: 8, top: 8, bottom: 22 };
const ORDER: Holder[] = ['azerbaijani', 'peacekeepers', 'armenian'];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export class AreaChart {
  readonly element: HTMLElement;
  private readonly _cursor: SVGLineElement;
  private readonly _readout: HTMLElement;
  private readonly _x0: number;
  private readonly _x1: number;

  constructor(
    private readonly _stats: AreaStats,
    start: IsoDay,
    end: IsoDay,
    onPick: (day: IsoDay) => void,
  ) {
    this._x0 = dayNumber(start);
    this._x1 = dayNumber(end);
    const series = _stats.series();
    const total = Math.max(...series.map((s) => s.areas.armenian + s.areas.azerbaijani + s.areas.peacekeepers));
    const x = (day: IsoDay) => PAD.left + ((dayNumber(day) - this._x0) / (this._x1 - this._x0)) * (W - PAD.left - PAD.right);
    const y = (km2: number) => H - PAD.bottom - (km2 / total) * (H - PAD.top - PAD.bottom);

    const root = svg('svg', {
      viewBox: `0 0 ${W} ${H}`,
      class: 'area-chart',
      role: 'img',
      'aria-label': tr.chart.label,
    });
    // Stacked step areas: each holder's band sits on the ones below it.
    ORDER.forEach((holder, k) => {
      const below = (a: Record<Holder, number>) => ORDER.slice(0, k).reduce((s, h) => s + a[h], 0);
      const top: string[] = [];
      const bottom: string[] = [];
      series.forEach((s, i) => {
        const nextDay = series[i + 1]?.day ?? end;
        const lo = below(s.areas);
        const hi = lo + s.areas[holder];
        top.push(`${x(s.day)},${y(hi)}`, `${x(nextDay)},${y(hi)}`);
        bottom.unshift(`${x(nextDay)},${y(lo)}`, `${x(s.day)},${y(lo)}`);
      });
      root.append(svg('polygon', { points: [...top, ...bottom].join(' '), fill: HOLDER_COLOURS[holder], stroke: 'none' }));
    });
    // Axes: years and km².
    for (const year of [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025]) {
      const d = `${year}-01-01`;
      if (dayNumber(d) < this._x0 || dayNumber(d) > this._x1) continue;
      root.append(svg('line', { x1: x(d), x2: x(d), y1: H - PAD.bottom, y2: H - PAD.bottom + 4, stroke: '#555' }));
      const t = svg('text', { x: x(d), y: H - 6, 'text-anchor': 'middle', 'font-size': 10, fill: '#444' });
      t.textContent = String(year);
      root.append(t);
    }
    for (const km2 of [0, 5000, 10000]) {
      if (km2 > total) continue;
      const t = svg('text', { x: PAD.left - 4, y: y(km2) + 3, 'text-anchor': 'end', 'font-size': 10, fill: '#444' });
      t.textContent = num(km2);
      root.append(t, svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(km2), y2: y(km2), stroke: '#0002' }));
    }
    this._cursor = svg('line', { class: 'chart-cursor', y1: PAD.top, y2: H - PAD.bottom, stroke: '#111', 'stroke-width': 1.5 });
    root.append(this._cursor);
    root.addEventListener('click', (e) => {
      const r = root.getBoundingClientRect();
      const px = ((e.clientX - r.left) / r.width) * W;
      const frac = (px - PAD.left) / (W - PAD.left - PAD.right);
      const n = Math.round(this._x0 + Math.min(1, Math.max(0, frac)) * (this._x1 - this._x0));
      onPick(fromDayNumber(n));
    });
    this._x = x;
    this._readout = el('p', { class: 'chart-readout' });
    const legend = el(
      'p',
      { class: 'chart-legend' },
      ...ORDER.slice()
        .reverse()
        .flatMap((h) => {
          const sw = el('span', { class: 'swatch' });
          sw.style.background = HOLDER_COLOURS[h];
          return [sw, ` ${tr.holders[h]} `];
        }),
    );
    this.element = el(
      'figure',
      { class: 'chart' },
      el('figcaption', {}, tr.chart.caption),
      root as unknown as HTMLElement,
      legend,
      this._readout,
    );
  }

  private readonly _x: (day: IsoDay) => number;

  update(day: IsoDay): void {
    const cx = this._x(day);
    this._cursor.setAttribute('x1', String(cx));
    this._cursor.setAttribute('x2', String(cx));
    const a = this._stats.areasOn(day);
    this._readout.textContent = tr.chart.readout(dayText(day), num(a.armenian), num(a.azerbaijani), num(a.peacekeepers));
  }
}
