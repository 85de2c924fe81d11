/**
 * Take the state away: a file download, and the map as a PNG with the date, a legend and the attribution drawn on
 * it. (The cells' state as GeoJSON is the model's: `Domain.stateGeoJSON`.)
 */
import type { IsoDay } from '../model/calendar.ts';
import { HOLDERS } from '../model/vocabulary.ts';
import { dayText, tr } from '../i18n/index.ts';
import { HOLDER_COLOURS } from '../map/palette.ts';

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

/** Footer height (CSS px) added under the map in the PNG. */
export const PNG_FOOTER = 64;

/** Draws the map canvas with a footer: the date, the holder legend and the attribution. */
export async function mapPng(mapCanvas: HTMLCanvasElement, day: IsoDay): Promise<Blob> {
  const ratio = mapCanvas.width / mapCanvas.clientWidth || 1;
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height + Math.round(PNG_FOOTER * ratio);
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(mapCanvas, 0, 0);
  g.scale(ratio, ratio);
  const top = mapCanvas.height / ratio;
  g.fillStyle = '#1f2328';
  g.font = 'bold 16px "Noto Sans", sans-serif';
  g.fillText(dayText(day), 10, top + 22);
  let x = 190;
  g.font = '12px "Noto Sans", sans-serif';
  for (const h of HOLDERS) {
    g.fillStyle = HOLDER_COLOURS[h];
    g.fillRect(x, top + 11, 14, 12);
    g.strokeStyle = '#666';
    g.strokeRect(x, top + 11, 14, 12);
    g.fillStyle = '#1f2328';
    g.fillText(tr.holders[h], x + 18, top + 21);
    x += 24 + g.measureText(tr.holders[h]).width;
  }
  g.fillStyle = '#5d636b';
  g.font = '11px "Noto Sans", sans-serif';
  g.fillText(tr.attribution.export, 10, top + 48, out.width / ratio - 20);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
