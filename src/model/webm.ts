/**
 * Gives a WebM file its duration. A browser that hands out a recording while it records ("live" WebM: a Segment of
 * unknown size, no SeekHead, no Cues) cannot go back to write how long it lasts: Chromium then writes no Duration, or
 * the placeholder it means to overwrite at the end (1.0, measured), so players show no length or a wrong one and seek
 * badly. The film asks for its bytes while it records (see ui/film_recorder.ts), so Chromium writes it live: this
 * writes the Segment Info's Duration, over the placeholder or as a new element (Info is the only size that changes,
 * and nothing points past it: a live Segment has no SeekHead).
 */

const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const SEEK_HEAD = 0x114d9b74;
const CLUSTER = 0x1f43b675;

interface Header {
  id: number;
  /** Where the element starts, where its size field starts, where its data starts. */
  at: number;
  sizeAt: number;
  dataAt: number;
  /** Data length, or null for the unknown size (all ones). */
  size: number | null;
}

function readHeader(b: Uint8Array, at: number): Header | null {
  const id = vint(b, at);
  if (!id) return null;
  const size = vint(b, at + id.length);
  if (!size) return null;
  const mask = 2 ** (7 * size.length) - 1;
  return {
    id: id.raw,
    at,
    sizeAt: at + id.length,
    dataAt: at + id.length + size.length,
    size: size.value === mask ? null : size.value,
  };
}

/** A variable-length integer: its bytes as one number (`raw`, as IDs are written), its value without the length mark. */
function vint(b: Uint8Array, at: number): { raw: number; value: number; length: number } | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > b.length) return null;
  let raw = first;
  let value = first & (0xff >> length);
  for (let i = 1; i < length; i++) {
    raw = raw * 256 + b[at + i]!;
    value = value * 256 + b[at + i]!;
  }
  return { raw, value, length };
}

/** A size field of `length` bytes holding `value`, or null when it does not fit. */
function sizeField(value: number, length: number): Uint8Array | null {
  if (value >= 2 ** (7 * length) - 1) return null;
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  out[0]! |= 0x80 >> (length - 1);
  return out;
}

/**
 * The file with a Segment Info Duration of `ms` milliseconds when it is live WebM; otherwise the file as it is (a
 * Segment of known size was finished by its writer, duration included; a SeekHead's offsets would move).
 */
export function withDuration(file: Uint8Array<ArrayBuffer>, ms: number): Uint8Array<ArrayBuffer> {
  const ebml = readHeader(file, 0);
  if (!ebml || ebml.size === null) return file;
  const segment = readHeader(file, ebml.dataAt + ebml.size);
  if (!segment || segment.id !== SEGMENT || segment.size !== null) return file;
  // The Segment's children up to the first cluster: Info must be there, and no SeekHead.
  let info: Header | null = null;
  for (let at = segment.dataAt; at < file.length;) {
    const h = readHeader(file, at);
    if (!h || h.size === null || h.id === CLUSTER) break;
    if (h.id === SEEK_HEAD) return file;
    if (h.id === INFO) info = h;
    at = h.dataAt + h.size;
  }
  if (!info || info.size === null) return file;
  let scale = 1_000_000;
  let placeholder: Header | null = null;
  for (let at = info.dataAt; at < info.dataAt + info.size;) {
    const h = readHeader(file, at);
    if (!h || h.size === null) return file;
    if (h.id === DURATION) placeholder = h;
    if (h.id === TIMECODE_SCALE) {
      scale = 0;
      for (let i = h.dataAt; i < h.dataAt + h.size; i++) scale = scale * 256 + file[i]!;
    }
    at = h.dataAt + h.size;
  }
  const ticks = (ms * 1e6) / scale;
  if (placeholder) {
    // Overwritten in place, as the float it is (4 or 8 bytes).
    if (placeholder.size !== 4 && placeholder.size !== 8) return file;
    const out = file.slice();
    const view = new DataView(out.buffer, placeholder.dataAt, placeholder.size);
    if (placeholder.size === 4) view.setFloat32(0, ticks);
    else view.setFloat64(0, ticks);
    return out;
  }
  // Duration: ID 0x4489, size 8, a 64-bit float in timecode ticks.
  const duration = new Uint8Array(11);
  duration.set([0x44, 0x89, 0x88]);
  new DataView(duration.buffer).setFloat64(3, ticks);
  const infoEnd = info.dataAt + info.size;
  const oldSizeLength = info.dataAt - info.sizeAt;
  const size = sizeField(info.size + duration.length, oldSizeLength) ?? sizeField(info.size + duration.length, 8)!;
  const out = new Uint8Array(file.length + duration.length + size.length - oldSizeLength);
  out.set(file.subarray(0, info.sizeAt), 0);
  out.set(size, info.sizeAt);
  let at = info.sizeAt + size.length;
  out.set(file.subarray(info.dataAt, infoEnd), at);
  at += info.size;
  out.set(duration, at);
  out.set(file.subarray(infoEnd), at + duration.length);
  return out;
}
