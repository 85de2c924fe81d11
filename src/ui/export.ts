/**
 * Take the state away: the zones on the day shown as GeoJSON (holder, since,
 * event, clause, sources), and the map as a PNG with the date, a legend and the
 * attribution drawn on it.
 */
import type { FeatureCollection, Feature } from 'geojson';
import { formatDay, type IsoDay } from '../model/calendar.ts';
import type { Timeline } from '../model/timeline.ts';
import { HOLDER_COLOURS, HOLDER_LABELS } from '../map/palette.ts';
import type { Holder } from '../model/types.ts';

export const EXPORT_ATTRIBUTION =
  'Ceasefire Atlas. Borders and lakes © OpenStreetMap contributors (ODbL); districts: Natural Earth (public domain), corrected to 1988; places: GeoNames (CC BY 4.0) and cited articles; territory cells derived from the settlements and the change log, lines hand-digitised, ±2–5 km.';

/** The zones with their state at the end of `day`. Pure. */
export function stateGeoJSON(
  zones: FeatureCollection,
  timeline: Timeline,
  day: IsoDay,
): FeatureCollection & { properties: Record<string, unknown> } {
  const features: Feature[] = zones.features.map((f) => {
    const id = f.properties!.id as string;
    const period = timeline.periodOf(id, day);
    const event = period ? timeline.event(period.event) : undefined;
    return {
      type: 'Feature',
      properties: {
        id,
        name: f.properties!.name,
        place: f.properties!.place ?? null,
        district: f.properties!.district,
        area_km2: f.properties!.area_km2,
        holder: period?.holder ?? null,
        since: period?.from ?? null,
        until: period?.to ?? null,
        event: period?.event ?? null,
        confidence: period?.confidence ?? null,
        source: period?.source ?? null,
        event_title: event?.title ?? null,
        clause: event?.clause ?? null,
        sources: event?.sources ?? [],
        accuracy_m: f.properties!.accuracy_m,
      },
      geometry: f.geometry,
    };
  });
  return {
    type: 'FeatureCollection',
    properties: { date: day, note: 'State at the end of this day.', attribution: EXPORT_ATTRIBUTION },
    features,
  };
}

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
  g.fillText(formatDay(day), 10, top + 22);
  let x = 190;
  g.font = '12px "Noto Sans", sans-serif';
  for (const h of ['armenian', 'azerbaijani', 'peacekeepers'] as Holder[]) {
    g.fillStyle = HOLDER_COLOURS[h];
    g.fillRect(x, top + 11, 14, 12);
    g.strokeStyle = '#666';
    g.strokeRect(x, top + 11, 14, 12);
    g.fillStyle = '#1f2328';
    g.fillText(HOLDER_LABELS[h], x + 18, top + 21);
    x += 24 + g.measureText(HOLDER_LABELS[h]).width;
  }
  g.fillStyle = '#5d636b';
  g.font = '11px "Noto Sans", sans-serif';
  g.fillText(EXPORT_ATTRIBUTION, 10, top + 48, out.width / ratio - 20);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
