/**
 * The time-lapse film, as rules without a browser: the range and pace a reader may choose, the days it shows, how long
 * it lasts, when each frame's time is up, the frame's size, the video format to ask for, and the file's name.
 *
 * A film shows one frame per day for 1/pace seconds, then one closing frame: a copy of the last day. A WebM block
 * carries its start time only, so a film ends where its last block starts (Chromium writes that as the duration of a
 * file it finishes itself): without the closing frame the last day would get no time (README, "Time-lapse film").
 */
import { addDays, clampDay, dayNumber, isIsoDay, type IsoDay } from './calendar.ts';

/** Days per second the reader can choose from. */
export const PACES = [1, 2, 5, 9, 15, 30] as const;
/** Fast enough that the 2020 war (75 days) lasts 15 s, slow enough that each day's date can be read. */
export const DEFAULT_PACE = 5;
/** The 2020 war and the handovers: from the first day of the war to the last handover's aftermath. */
export const DEFAULT_FILM: { from: IsoDay; to: IsoDay } = { from: '2020-09-27', to: '2020-12-10' };
/**
 * The longest film, in days. Recording runs in real time (each day is drawn, then held for 1/pace s) and the file is
 * kept in memory: 1,000 days is under a minute and a half of film at 15 days a second, a few tens of MB at most.
 */
export const MAX_FILM_DAYS = 1000;
/**
 * Widest film frame (device pixels): a larger map is scaled down to it. Browsers encode WebM in software; 1920 keeps
 * a frame within what VP9 encodes in real time on an ordinary machine.
 */
export const MAX_FILM_WIDTH = 1920;

export interface FilmRange {
  from: IsoDay;
  to: IsoDay;
}

export interface Film extends FilmRange {
  pace: number;
  days: IsoDay[];
}

/** What is wrong with a choice: the field, and why (the interface words it). */
export type FilmProblem =
  | { field: 'from' | 'to'; problem: 'missing' | 'outside' }
  | { field: 'to'; problem: 'order' }
  | { field: 'to'; problem: 'too-long'; days: number }
  | { field: 'pace'; problem: 'pace' };

/** The default range, clamped to the timeline. */
export function defaultRange(start: IsoDay, end: IsoDay): FilmRange {
  return { from: clampDay(DEFAULT_FILM.from, start, end), to: clampDay(DEFAULT_FILM.to, start, end) };
}

/** Every day from `from` to `to`, both included. */
export function filmDays(from: IsoDay, to: IsoDay): IsoDay[] {
  const n = dayNumber(to) - dayNumber(from) + 1;
  return Array.from({ length: Math.max(0, n) }, (_, i) => addDays(from, i));
}

/** True for a pace the film offers (days per second). */
export function isPace(value: unknown): value is number {
  return typeof value === 'number' && (PACES as readonly number[]).includes(value);
}

/**
 * Checks a reader's choice against a timeline from `start` to `end`: both days given and within it, From before To,
 * at most MAX_FILM_DAYS, a pace on offer. Returns the film, or every problem found (at most one per field).
 */
export function checkFilm(
  input: { from: string; to: string; pace: unknown },
  start: IsoDay,
  end: IsoDay,
): { film: Film; problems?: undefined } | { film?: undefined; problems: FilmProblem[] } {
  const problems: FilmProblem[] = [];
  const day = (field: 'from' | 'to', v: string) => {
    if (!isIsoDay(v)) problems.push({ field, problem: 'missing' });
    else if (v < start || v > end) problems.push({ field, problem: 'outside' });
    else return v;
    return null;
  };
  const from = day('from', input.from);
  const to = day('to', input.to);
  if (from && to) {
    const n = dayNumber(to) - dayNumber(from) + 1;
    if (from >= to) problems.push({ field: 'to', problem: 'order' });
    else if (n > MAX_FILM_DAYS) problems.push({ field: 'to', problem: 'too-long', days: n });
  }
  const pace = typeof input.pace === 'string' ? Number(input.pace) : input.pace;
  if (!isPace(pace)) problems.push({ field: 'pace', problem: 'pace' });
  if (problems.length || !from || !to || !isPace(pace)) return { problems };
  return { film: { from, to, pace, days: filmDays(from, to) } };
}

/** How long the film lasts, in milliseconds: each day for 1/pace s. */
export function filmDurationMs(days: number, pace: number): number {
  return (days * 1000) / pace;
}

/**
 * When the time of frame `index` is up, in milliseconds of recording: the recorder is paused between frames, so
 * its running time is the film's clock. Holding each frame until this mark (not for a fixed 1/pace s) keeps the
 * timers' lateness from adding up over the film.
 */
export function frameEnd(index: number, pace: number): number {
  return ((index + 1) * 1000) / pace;
}

/** The file name: the data version and the range, e.g. `ceasefire-atlas-0123456789-2020-09-27-2020-11-10.webm`. */
export function filmFileName(version: string, from: IsoDay, to: IsoDay): string {
  return `ceasefire-atlas-${version}-${from}-${to}.webm`;
}

/** The formats asked for, best first: VP9, then VP8, then whatever WebM the browser makes. */
export const FILM_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const;

/** The first format the browser can record (`MediaRecorder.isTypeSupported`), or null when it records none. */
export function filmType(isSupported: (type: string) => boolean): string | null {
  return FILM_TYPES.find((t) => isSupported(t)) ?? null;
}

/**
 * The frame's size in device pixels for a map canvas of `width` × `height` and a footer of `footer` px (the map's
 * device pixels): scaled down to at most MAX_FILM_WIDTH, and both sides even, as VP9's 4:2:0 colour needs (an odd
 * side is cropped or refused by encoders). The map is drawn at the top, `scale` times its size.
 */
export function filmFrame(width: number, height: number, footer: number): { width: number; height: number; scale: number } {
  const scale = Math.min(1, MAX_FILM_WIDTH / width);
  const even = (n: number) => Math.max(2, 2 * Math.floor(n / 2));
  return { width: even(width * scale), height: even((height + footer) * scale), scale };
}
