/**
 * A small WebM (EBML) reader for the tests: the video track, the segment's timecode scale and duration, and every
 * video frame (SimpleBlock, or Block inside a BlockGroup) with its timestamp. Enough to check a film the browser
 * recorded; not a general Matroska parser (no lacing, no Cues, no tracks other than the first video one).
 *
 * MediaRecorder writes "live" WebM: the Segment and each Cluster may have the unknown size (all ones), so a master
 * element of unknown size ends where an element that cannot be its child begins, or at its parent's end.
 */

export interface WebmFrame {
  /** Milliseconds from the start (cluster timecode + block offset, times the timecode scale). */
  ms: number;
  /** A SimpleBlock's keyframe flag; a Block in a BlockGroup is a keyframe when the group has no ReferenceBlock. */
  keyframe: boolean;
  /** The codec payload of the frame. */
  data: Uint8Array;
}

export interface WebmFile {
  codec: string;
  width: number;
  height: number;
  /** Nanoseconds per timecode tick (Segment Info, default 1,000,000). */
  timecodeScale: number;
  /** The Segment Info Duration in milliseconds, or null when the file has none. */
  durationMs: number | null;
  frames: WebmFrame[];
}

const ID = {
  EBML: 0x1a45dfa3,
  Segment: 0x18538067,
  Info: 0x1549a966,
  TimecodeScale: 0x2ad7b1,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  CodecID: 0x86,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  Cluster: 0x1f43b675,
  Timecode: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  ReferenceBlock: 0xfb,
} as const;

/** The masters read into. */
const MASTERS = new Set<number>([ID.Segment, ID.Info, ID.Tracks, ID.TrackEntry, ID.Video, ID.Cluster, ID.BlockGroup]);
/** The Segment's children (level 1). */
const TOP_LEVEL = new Set<number>([
  ID.Cluster,
  ID.Info,
  ID.Tracks,
  0x1c53bb6b /* Cues */,
  0x114d9b74 /* SeekHead */,
  0x1254c367 /* Tags */,
]);

interface Element {
  id: number;
  /** Start of the data. */
  start: number;
  /** End of the data (the parent's end when the size is unknown and not yet resolved). */
  end: number;
  unknownSize: boolean;
}

/** A variable-length integer at `pos`: its value (marker bit removed unless `keepMarker`) and length in bytes. */
function vint(buf: Uint8Array, pos: number, keepMarker: boolean): { value: number; length: number; allOnes: boolean } {
  const first = buf[pos];
  if (first === undefined) throw new RangeError(`EBML: read past the end at ${pos}`);
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new RangeError(`EBML: bad variable-length integer at ${pos}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = buf[pos + i]!;
    value = value * 256 + b;
    if (b !== 0xff) allOnes = false;
  }
  return { value, length, allOnes };
}

function header(buf: Uint8Array, pos: number, parentEnd: number): Element {
  const id = vint(buf, pos, true);
  const size = vint(buf, pos + id.length, false);
  const start = pos + id.length + size.length;
  return size.allOnes
    ? { id: id.value, start, end: parentEnd, unknownSize: true }
    : { id: id.value, start, end: Math.min(start + size.value, parentEnd), unknownSize: false };
}

function uint(buf: Uint8Array, e: Element): number {
  let v = 0;
  for (let i = e.start; i < e.end; i++) v = v * 256 + buf[i]!;
  return v;
}

function float(buf: Uint8Array, e: Element): number {
  const view = new DataView(buf.buffer, buf.byteOffset + e.start, e.end - e.start);
  return e.end - e.start === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

/** Reads a WebM file recorded by a browser. Throws on a file that is not EBML. */
export function readWebm(bytes: Uint8Array): WebmFile {
  const out: WebmFile = { codec: '', width: 0, height: 0, timecodeScale: 1_000_000, durationMs: null, frames: [] };
  let rawDuration: number | null = null;
  let videoTrack = -1;
  let clusterTime = 0;
  const tracks: { number: number; type: number; codec: string; width: number; height: number }[] = [];
  const blocks: { track: number; time: number; keyframe: boolean; data: Uint8Array }[] = [];

  const block = (e: Element, simple: boolean) => {
    const track = vint(bytes, e.start, false);
    const p = e.start + track.length;
    const offset = new DataView(bytes.buffer, bytes.byteOffset + p, 2).getInt16(0);
    const flags = bytes[p + 2]!;
    if (flags & 0x06) throw new Error('EBML: laced blocks are not read by this reader');
    // A Block's flags hold no keyframe bit: it is one until a ReferenceBlock follows it in its group.
    blocks.push({
      track: track.value,
      time: clusterTime + offset,
      keyframe: !simple || !!(flags & 0x80),
      data: bytes.subarray(p + 3, e.end),
    });
  };

  /** Walks the children of a master between `pos` and `end`; returns where the master actually ended. */
  const walk = (pos: number, end: number, parent: number): number => {
    while (pos < end) {
      const e = header(bytes, pos, end);
      // A level-1 element cannot be inside a cluster (or any other child of the Segment): it ends a master of unknown size.
      if (parent !== 0 && parent !== ID.Segment && TOP_LEVEL.has(e.id)) return pos;
      if (e.id === ID.EBML && parent === 0) {
        pos = e.end;
        continue;
      }
      switch (e.id) {
        case ID.TimecodeScale:
          out.timecodeScale = uint(bytes, e);
          break;
        case ID.Duration:
          rawDuration = float(bytes, e);
          break;
        case ID.TrackEntry:
          tracks.push({ number: 0, type: 0, codec: '', width: 0, height: 0 });
          break;
        case ID.TrackNumber:
          tracks.at(-1)!.number = uint(bytes, e);
          break;
        case ID.TrackType:
          tracks.at(-1)!.type = uint(bytes, e);
          break;
        case ID.CodecID:
          tracks.at(-1)!.codec = new TextDecoder().decode(bytes.subarray(e.start, e.end)).replace(/\0+$/, '');
          break;
        case ID.PixelWidth:
          tracks.at(-1)!.width = uint(bytes, e);
          break;
        case ID.PixelHeight:
          tracks.at(-1)!.height = uint(bytes, e);
          break;
        case ID.Timecode:
          clusterTime = uint(bytes, e);
          break;
        case ID.SimpleBlock:
          block(e, true);
          break;
        case ID.Block:
          block(e, false);
          break;
        case ID.ReferenceBlock:
          blocks.at(-1)!.keyframe = false;
          break;
      }
      if (MASTERS.has(e.id)) {
        const ended = walk(e.start, e.end, e.id);
        pos = e.unknownSize ? ended : e.end;
      } else pos = e.end;
    }
    return end;
  };

  if (vint(bytes, 0, true).value !== ID.EBML) throw new Error('Not an EBML file');
  walk(0, bytes.length, 0);
  const video = tracks.find((t) => t.type === 1);
  if (!video) throw new Error('WebM: no video track');
  videoTrack = video.number;
  Object.assign(out, { codec: video.codec, width: video.width, height: video.height });
  const tick = out.timecodeScale / 1e6;
  if (rawDuration !== null) out.durationMs = rawDuration * tick;
  out.frames = blocks.filter((b) => b.track === videoTrack).map((b) => ({ ms: b.time * tick, keyframe: b.keyframe, data: b.data }));
  return out;
}
