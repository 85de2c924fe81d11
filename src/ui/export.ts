/**
 * Take the state away: a file download, and the map as a PNG with the date, a legend and the attribution drawn under
 * it. The time-lapse film draws the same footer under each of its frames (`drawFooter`). (The cells' state as GeoJSON
 * is the model's: `Domain.stateGeoJSON`.)
 */
import type { IsoDay } from '../model/calendar.ts';
import { HOLDERS, type Holder } from '../model/vocabulary.ts';
import { dayText, tr } from '../i18n/index.ts';
import { HOLDER_COLOURS, HOLDER_MARKS } from '../map/palette.ts';

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a footer says: a title (the day), one legend entry per holder with an optional figure, and the credits. */
export interface Footer {
  title: string;
  items: { holder: Holder; label: string; value?: string }[];
  /**
   * The widest figure an item may show (e.g. "99,999 km²"): every item keeps room for it, so a film's legend stays in
   * place from frame to frame while its figures change.
   */
  widestValue?: string;
  /** The widest title of a film's days: the legend keeps its place after it (an Armenian day runs 139–200 px). */
  widestTitle?: string;
  attribution: string;
}

/** The footer of the map on a day: the holders' legend, each with its figure when `value` gives one. */
export function holderFooter(day: IsoDay, value?: (h: Holder) => string, widestValue?: string, widestTitle?: string): Footer {
  return {
    title: dayText(day),
    items: HOLDERS.map((holder) => ({ holder, label: tr.holders[holder], ...(value ? { value: value(holder) } : {}) })),
    ...(widestValue ? { widestValue } : {}),
    ...(widestTitle ? { widestTitle } : {}),
    attribution: tr.attribution.export,
  };
}

const INK = '#1f2328';
const MUTED = '#5d636b';
// Armenian letters are in a family of their own (the footer speaks the interface's language).
const FONT = '"Noto Sans", "Noto Sans Armenian", sans-serif';
const PAD = 10;
const SWATCH = { w: 14, h: 12 };

/**
 * Lays out a footer `width` CSS px wide with its top at `top`, and draws it unless `measure` is set; returns its height.
 * The title is on the first line; the legend entries follow it, wrapping as the width needs; the credits wrap below
 * them in small grey type. The swatches carry the map's own marks (hatched, dotted), and every entry is named in words.
 */
export function drawFooter(g: CanvasRenderingContext2D, f: Footer, top: number, width: number, measure = false): number {
  const right = width - PAD;
  g.textBaseline = 'alphabetic';
  g.font = `bold 16px ${FONT}`;
  if (!measure) {
    g.fillStyle = INK;
    g.fillText(f.title, PAD, top + 22);
  }
  // The legend: on the title's line when it fits after it, each entry moving to a new line when it does not.
  let x = Math.max(190, PAD + Math.max(g.measureText(f.title).width, f.widestTitle ? g.measureText(f.widestTitle).width : 0) + 24);
  let y = top + 22;
  g.font = `12px ${FONT}`;
  const valueRoom = f.widestValue ? g.measureText(f.widestValue).width : 0;
  for (const item of f.items) {
    const labelWidth = g.measureText(item.label).width;
    const w = SWATCH.w + 4 + labelWidth + (item.value !== undefined ? 8 + valueRoom : 0);
    if (x + w > right && x > PAD) {
      x = PAD;
      y += 20;
    }
    if (!measure) {
      swatch(g, item.holder, x, y - 10);
      g.fillStyle = INK;
      g.fillText(item.label, x + SWATCH.w + 4, y, right - x - SWATCH.w - 4);
      // The figure follows its label; the room kept after it holds the entries that follow in place.
      if (item.value !== undefined) {
        g.font = `bold 12px ${FONT}`;
        g.fillText(item.value, x + SWATCH.w + 4 + labelWidth + 8, y);
        g.font = `12px ${FONT}`;
      }
    }
    x += w + 20;
  }
  // The credits, wrapped at word boundaries.
  g.font = `11px ${FONT}`;
  g.fillStyle = MUTED;
  y += 20;
  let line = '';
  for (const word of f.attribution.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && g.measureText(next).width > right - PAD) {
      if (!measure) g.fillText(line, PAD, y);
      y += 15;
      line = word;
    } else line = next;
  }
  if (!measure) g.fillText(line, PAD, y);
  return Math.ceil(y - top + 10);
}

/** A holder's legend swatch: its fill, its mark on the map (hatch, dots) and an outline. */
function swatch(g: CanvasRenderingContext2D, holder: Holder, x: number, y: number): void {
  g.fillStyle = HOLDER_COLOURS[holder];
  g.fillRect(x, y, SWATCH.w, SWATCH.h);
  const mark = HOLDER_MARKS[holder];
  if (mark) {
    g.save();
    g.beginPath();
    g.rect(x, y, SWATCH.w, SWATCH.h);
    g.clip();
    g.strokeStyle = g.fillStyle = mark.colour;
    g.lineWidth = 1.5;
    g.beginPath();
    if (mark.kind === 'hatch') {
      for (let d = -SWATCH.h; d < SWATCH.w; d += 5) {
        g.moveTo(x + d, y + SWATCH.h);
        g.lineTo(x + d + SWATCH.h, y);
      }
      g.stroke();
    } else {
      for (let dy = 3; dy < SWATCH.h; dy += 5) for (let dx = 3; dx < SWATCH.w; dx += 5) g.rect(x + dx - 1, y + dy - 1, 2, 2);
      g.fill();
    }
    g.restore();
  }
  g.strokeStyle = '#666';
  g.lineWidth = 1;
  g.strokeRect(x, y, SWATCH.w, SWATCH.h);
}

let measure: CanvasRenderingContext2D | undefined;
/** A 2D context that only measures text (one for the page). */
const measuring = () => (measure ??= document.createElement('canvas').getContext('2d')!);

/** The widest of some footer titles, as the footer draws them. */
export function widestTitle(titles: readonly string[]): string {
  const g = measuring();
  g.font = `bold 16px ${FONT}`;
  let widest = '';
  let w = -1;
  for (const t of titles) {
    const tw = g.measureText(t).width;
    if (tw > w) [widest, w] = [t, tw];
  }
  return widest;
}

/** The height (CSS px) of a footer drawn `width` CSS px wide. */
export function footerHeight(f: Footer, width: number): number {
  const g = measuring();
  return drawFooter(g, f, 0, width, true);
}

/** Draws the map canvas with a footer: the date, the holder legend and the attribution. */
export async function mapPng(mapCanvas: HTMLCanvasElement, day: IsoDay): Promise<Blob> {
  const ratio = mapCanvas.width / mapCanvas.clientWidth || 1;
  const footer = holderFooter(day);
  const cssWidth = mapCanvas.width / ratio;
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height + Math.round(footerHeight(footer, cssWidth) * ratio);
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(mapCanvas, 0, 0);
  g.scale(ratio, ratio);
  drawFooter(g, footer, mapCanvas.height / ratio, cssWidth);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
