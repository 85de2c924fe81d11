/** Adding the duration to a live WebM file (src/model/webm.ts), checked with the e2e tests' own EBML reader. */
import { describe, it, expect } from 'vitest';
import { withDuration } from '../../src/model/webm.ts';
import { readWebm } from '../e2e/ebml.ts';

/** An EBML element: ID bytes, then the size (1 byte, or `unknown`: 8 bytes of all ones), then the data. */
function element(id: number[], data: Uint8Array | number[], unknown = false): Uint8Array<ArrayBuffer> {
  const bytes = data instanceof Uint8Array ? data : Uint8Array.from(data);
  const size = unknown ? [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff] : [0x80 | bytes.length];
  if (!unknown && bytes.length > 126) throw new RangeError('fixture: element too long for a 1-byte size');
  return concat([Uint8Array.from(id), Uint8Array.from(size), bytes]);
}
const concat = (parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const text = (s: string): Uint8Array<ArrayBuffer> => Uint8Array.from(new TextEncoder().encode(s));
const float32 = (v: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, v);
  return b;
};
const float64 = (v: number) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, v);
  return b;
};

const HEADER = element([0x1a, 0x45, 0xdf, 0xa3], element([0x42, 0x82], text('webm')));
const TRACKS = element(
  [0x16, 0x54, 0xae, 0x6b],
  element(
    [0xae],
    concat([
      element([0xd7], [1]),
      element([0x83], [1]),
      element([0x86], text('V_VP9')),
      element([0xe0], concat([element([0xb0], [0x03, 0x80]), element([0xba], [0x03, 0x08])])),
    ]),
  ),
);
/** Two clusters of unknown size, frames at 0, 111 and 222 ticks (the second cluster starting at 200). */
const CLUSTERS = concat([
  element(
    [0x1f, 0x43, 0xb6, 0x75],
    concat([element([0xe7], [0]), element([0xa3], [0x81, 0, 0, 0x80, 1, 2, 3]), element([0xa3], [0x81, 0, 111, 0, 4, 5])]),
    true,
  ),
  element([0x1f, 0x43, 0xb6, 0x75], concat([element([0xe7], [200]), element([0xa3], [0x81, 0, 22, 0, 6])]), true),
]);

/** A live WebM file with the given Info children. */
const live = (info: Uint8Array[], before: Uint8Array[] = []) =>
  concat([
    HEADER,
    element([0x18, 0x53, 0x80, 0x67], concat([...before, element([0x15, 0x49, 0xa9, 0x66], concat(info)), TRACKS, CLUSTERS]), true),
  ]);
const scale = (ns: number[]) => element([0x2a, 0xd7, 0xb1], ns);
const app = (name: string) => element([0x4d, 0x80], text(name));

describe('withDuration', () => {
  const cases: { name: string; file: Uint8Array<ArrayBuffer>; ms: number; duration: number | null; same?: boolean }[] = [
    {
      name: 'adds the duration to a live file (timecodes in ms)',
      file: live([scale([0x0f, 0x42, 0x40]), app('Chrome')]),
      ms: 5000,
      duration: 5000,
    },
    { name: 'in the ticks of its timecode scale (µs)', file: live([scale([0x03, 0xe8]), app('Chrome')]), ms: 5000, duration: 5000 },
    { name: 'with the default scale when Info names none', file: live([app('Chrome')]), ms: 333.3, duration: 333.3 },
    {
      name: 'widening the size of an Info that would outgrow one byte',
      file: live([scale([0x0f, 0x42, 0x40]), app('x'.repeat(110))]),
      ms: 1234,
      duration: 1234,
    },
    {
      name: 'overwrites the placeholder Chromium writes in a live file (a 32-bit 1.0), after the Void it leaves',
      file: live([scale([0x0f, 0x42, 0x40]), element([0x44, 0x89], float32(1)), app('Chrome')], [element([0xec], new Uint8Array(20))]),
      ms: 5000,
      duration: 5000,
    },
    {
      name: 'overwrites a 64-bit duration too',
      file: live([scale([0x0f, 0x42, 0x40]), element([0x44, 0x89], float64(4889))]),
      ms: 5000,
      duration: 5000,
    },
    {
      name: 'leaves a file with a SeekHead as it is (its offsets would move)',
      file: live([scale([0x0f, 0x42, 0x40])], [element([0x11, 0x4d, 0x9b, 0x74], [])]),
      ms: 5000,
      duration: null,
      same: true,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = withDuration(c.file, c.ms);
      if (c.same) expect(out).toBe(c.file);
      else expect(out).not.toBe(c.file);
      const before = readWebm(c.file);
      const after = readWebm(out);
      if (c.duration === null) expect(after.durationMs).toBeNull();
      else expect(after.durationMs).toBeCloseTo(c.duration, 6);
      // The frames are untouched.
      expect(after.frames.map((f) => [f.ms, [...f.data]])).toEqual(before.frames.map((f) => [f.ms, [...f.data]]));
      expect(after.frames.map((f) => f.ms)).toEqual(
        before.timecodeScale === 1000 ? [0, 0.111, 0.222] : [0, 111, 222].map((t) => (t * before.timecodeScale) / 1e6),
      );
      expect(after.codec).toBe('V_VP9');
    });

  it('leaves a Segment of known size (its writer finished it), and what is not EBML, as they are', () => {
    const known = concat([
      HEADER,
      element(
        [0x18, 0x53, 0x80, 0x67],
        element([0x15, 0x49, 0xa9, 0x66], concat([scale([0x0f, 0x42, 0x40]), element([0x44, 0x89], float32(4889))])),
      ),
    ]);
    expect(withDuration(known, 5000)).toBe(known);
    const junk = text('not a film');
    expect(withDuration(junk, 5000)).toBe(junk);
    expect(withDuration(new Uint8Array(), 5000)).toHaveLength(0);
    expect(withDuration(HEADER.subarray(0, 3), 5000)).toHaveLength(3);
  });
});
