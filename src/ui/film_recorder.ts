/**
 * Records a time-lapse film in the browser: each day is shown on the map, drawn with its footer into a canvas, and
 * given to a MediaRecorder as one video frame held for 1/pace s. No server, no library: `canvas.captureStream(0)`
 * sends a frame only when asked (`requestFrame`), and the recorder is paused while the next day settles, so the film's
 * clock runs only while a frame is shown.
 *
 * What Chromium does, measured (README, "Time-lapse film"): paused time is left out of the timestamps; a frame is
 * captured at the end of the rendering update after `requestFrame` and dated then, less the pauses counted by the
 * time its encoding is done, so a frame still encoding when the recorder resumes is dated early by that pause (the
 * first one, while the encoder starts, took 250 ms); a frame captured while paused, or just before stop(), is lost;
 * `requestFrame` on a canvas unchanged since the last frame sends nothing; pausing before the first frame leaves an
 * empty file; the file's duration is its last frame's start; and asked for its bytes while it records, Chromium
 * writes live WebM, without a duration. Hence: each frame is drawn and asked for in an animation frame and held past
 * the next one, the next resume waits for the frame's bytes, a closing frame ends the film, and `withDuration`
 * writes its length.
 */
import type { IsoDay } from '../model/calendar.ts';
import { filmDurationMs, filmFrame, filmType, frameEnd } from '../model/timelapse.ts';
import { withDuration } from '../model/webm.ts';
import { drawFooter, footerHeight, type Footer } from './export.ts';

export interface FilmOptions {
  days: readonly IsoDay[];
  /** Days per second. */
  pace: number;
  /** The recorder's format (`canRecord()`). */
  mimeType: string;
  /** Shows a day on the map and resolves with the map's canvas once it is drawn. */
  show: (day: IsoDay) => Promise<HTMLCanvasElement>;
  /** The footer of a day's frame; its layout must not change from day to day (`Footer.widestValue`). */
  footer: (day: IsoDay) => Footer;
  /** Told when the frame of `days[index]` is in the film. */
  progress?: (index: number) => void;
  /** Aborting stops the recording and discards it: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The format this browser can record a film in, or null when it cannot (no MediaRecorder, no canvas capture, no WebM). */
export function canRecord(): string | null {
  if (typeof MediaRecorder !== 'function' || typeof HTMLCanvasElement.prototype.captureStream !== 'function') return null;
  return filmType((t) => MediaRecorder.isTypeSupported(t));
}

/** The longest wait for a frame's encoding (ms), after which the recording goes on regardless. */
const ENCODE_WAIT = 3000;

/** Records the film; resolves with the WebM file. */
export async function recordFilm(o: FilmOptions): Promise<Blob> {
  const { days, pace, signal } = o;
  if (days.length === 0) throw new RangeError('recordFilm: no days');
  const first = await o.show(days[0]!);
  signal?.throwIfAborted();

  // The frame: the map at the top (scaled down only if wider than MAX_FILM_WIDTH), the footer under it, sides even.
  const ratio = first.width / first.clientWidth || 1;
  const cssWidth = first.width / ratio;
  const footerPx = Math.round(footerHeight(o.footer(days[0]!), cssWidth) * ratio);
  const size = filmFrame(first.width, first.height, footerPx);
  const mapBox = { w: first.width * size.scale, h: first.height * size.scale };
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const g = canvas.getContext('2d')!;
  /** The frame: the map as it was last drawn (its drawing buffer is kept), and the footer of the day. */
  const compose = (map: HTMLCanvasElement, day: IsoDay) => {
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(map, 0, 0, mapBox.w, mapBox.h);
    const k = ratio * size.scale;
    g.setTransform(k, 0, 0, k, 0, 0);
    drawFooter(g, o.footer(day), mapBox.h / k, cssWidth);
  };

  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: o.mimeType });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  });
  const stopped = new Promise<void>((resolve, reject) => {
    recorder.addEventListener('stop', () => resolve());
    recorder.addEventListener('error', (e) => {
      const error: unknown = e.error;
      // No message of our own: the dialog words a failure the browser did not explain.
      reject(error instanceof Error ? error : new Error());
    });
  });
  // Lets a failure after stop() surface without an unhandled rejection before it is awaited.
  stopped.catch(() => undefined);
  /**
   * Waits, paused, until the recorder hands out bytes beyond its first `seen` chunks: the frame shot since is encoded
   * and dated, so the next resume cannot be counted against it. (It is written as soon as it is encoded: each frame
   * measured came out in the first chunk asked for after it.)
   */
  const encoded = async (seen: number) => {
    for (let waited = 0; chunks.length <= seen && waited < ENCODE_WAIT && !signal?.aborted; waited += 25) {
      recorder.requestData();
      // Never rejects: the loop ends on abort, and the recording's own checks throw (an abort while the next day
      // settles would otherwise leave this promise rejected with nothing awaiting it yet).
      await wait(25, signal).catch(() => undefined);
    }
  };

  /** How long the recorder has run (paused time excluded): the film's clock. */
  let filmTime = 0;
  /**
   * Draws the frame of `day` and shows it until the end of frame `index` on the film's clock, then pauses (the
   * closing frame is left running, for stop()). Resolves with a promise for the frame's encoding.
   */
  const shoot = async (index: number, map: HTMLCanvasElement, day: IsoDay, closing = false): Promise<{ encoded: Promise<void> }> => {
    const seen = chunks.length;
    // In an animation frame: the capture is taken at the end of this rendering update, so the frame is dated right
    // after the resume. (Asked for between updates, a frame waited for the next one, up to 70 ms on a busy machine,
    // and started that much late.)
    const t = await new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        compose(map, day);
        if (recorder.state === 'inactive') recorder.start();
        else recorder.resume();
        track.requestFrame();
        resolve(performance.now());
      }),
    );
    // Not paused before the capture whatever happens: held at least until the next update has begun.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await wait(Math.max(0, frameEnd(index, pace) - filmTime - (performance.now() - t)), signal);
    if (!closing) recorder.pause();
    filmTime += performance.now() - t;
    return { encoded: encoded(seen) };
  };

  try {
    let map = first;
    let done: Promise<void> | undefined;
    for (let i = 0; i < days.length; i++) {
      // The next day settles while the last frame is encoded.
      if (i > 0) map = await o.show(days[i]!);
      await done;
      signal?.throwIfAborted();
      done = (await shoot(i, map, days[i]!)).encoded;
      o.progress?.(i);
    }
    await done;
    // The closing frame, a copy of the last day (drawn again: an unchanged canvas sends no frame), so that the last
    // day is held its full time: the file ends where this frame starts. Stopped at once, the recorder can lose the
    // frame just captured (measured): it is held like the others.
    await shoot(days.length, map, days.at(-1)!, true);
    recorder.stop();
    await stopped;
    // Handed out while it recorded, the file is live WebM: it is given its length here.
    const file = new Uint8Array(await new Blob(chunks).arrayBuffer());
    return new Blob([withDuration(file, filmDurationMs(days.length, pace))], { type: recorder.mimeType || o.mimeType });
  } finally {
    if (recorder.state !== 'inactive') recorder.stop();
    track.stop();
  }
}

/** Waits `ms`, or rejects with the signal's reason as soon as it is aborted. */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
