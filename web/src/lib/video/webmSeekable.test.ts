import { describe, expect, it } from 'vitest';
import {
  type SizedElement,
  children,
  concat,
  element,
  encodeFloat64,
  encodeId,
  encodeUint,
  readFloat,
  readId,
  readSized,
  readUint,
} from './ebml';
import { WebmError, seekableWebm, seekableWebmBlob } from './webmSeekable';

const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const SEEK_HEAD = 0x114d9b74;
const INFO = 0x1549a966;
const TRACKS = 0x1654ae6b;
const CLUSTER = 0x1f43b675;
const CUES = 0x1c53bb6b;
const VOID = 0xec;

const UNKNOWN_SIZE = new Uint8Array([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
const text = (s: string) => new TextEncoder().encode(s);
const uint = (id: number, v: number) => element(id, encodeUint(v));
const unsized = (id: number, ...parts: Uint8Array[]) => concat([encodeId(id), UNKNOWN_SIZE, ...parts]);

const header = element(
  EBML,
  uint(0x4286, 1),
  uint(0x42f7, 1),
  uint(0x42f2, 4),
  uint(0x42f3, 8),
  element(0x4282, text('webm')),
  uint(0x4287, 4),
  uint(0x4285, 2),
);
const info = (...extra: Uint8Array[]) =>
  element(INFO, uint(0x2ad7b1, 1_000_000), element(0x4d80, text('Chrome')), element(0x5741, text('Chrome')), ...extra);
const videoTrack = (number: number, ...extra: Uint8Array[]) =>
  element(0xae, uint(0xd7, number), uint(0x73c5, 0x1234 + number), uint(0x83, 1), element(0x86, text('V_VP8')), element(0xe0, uint(0xb0, 64), uint(0xba, 48)), ...extra);
const audioTrack = (number: number) =>
  element(0xae, uint(0xd7, number), uint(0x73c5, 0x5678), uint(0x83, 2), element(0x86, text('A_OPUS')));

/** A SimpleBlock whose payload is distinct per block and contains a Cluster ID, so a naive byte scan would cut it. */
function simpleBlock(track: number, relative: number, keyframe: boolean): Uint8Array {
  const payload = new Uint8Array([0x1f, 0x43, 0xb6, 0x75, track, relative & 0xff, 0xaa, 0x55, 0x00, 0xff]);
  return element(0xa3, new Uint8Array([0x80 | track, (relative >> 8) & 0xff, relative & 0xff, keyframe ? 0x80 : 0]), payload);
}

interface Spec {
  timecode: number;
  blocks: Uint8Array[];
}

/** Video frames every 40 ms: the last one is at 280, so Duration is 320. */
const clusterSpecs = (): Spec[] => [
  { timecode: 0, blocks: [simpleBlock(1, 0, true), simpleBlock(1, 40, false), simpleBlock(1, 80, false)] },
  { timecode: 120, blocks: [simpleBlock(1, 0, true), simpleBlock(1, 40, false), simpleBlock(1, 80, false)] },
  { timecode: 240, blocks: [simpleBlock(1, 0, true), simpleBlock(1, 40, false)] },
];

/** What MediaRecorder writes: unknown Segment and Cluster sizes, no Duration, Cues or SeekHead. */
function recorderFile(specs = clusterSpecs()): Uint8Array {
  return concat([
    header,
    unsized(
      SEGMENT,
      info(),
      element(TRACKS, videoTrack(1)),
      ...specs.map((s) => unsized(CLUSTER, uint(0xe7, s.timecode), ...s.blocks)),
    ),
  ]);
}

const allBlocks = (specs: Spec[]) => specs.flatMap((s) => s.blocks);

function find(buf: Uint8Array, parent: SizedElement, id: number): SizedElement {
  const found = children(buf, parent.dataStart, parent.end).find((c) => c.id === id);
  expect(found, `element 0x${id.toString(16)}`).toBeDefined();
  return found!;
}

/** Parses the output strictly (every size known) and checks the index against the layout. */
function inspect(out: Uint8Array) {
  const top = children(out, 0, out.length);
  expect(top.map((e) => e.id)).toEqual([EBML, SEGMENT]);
  const segment = top[1];
  // children() only accepts known sizes; this one must cover exactly the rest of the file.
  expect(segment.size).toBe(out.length - segment.dataStart);
  const level1 = children(out, segment.dataStart, segment.end);
  const clusters = level1.filter((e) => e.id === CLUSTER);

  const seekTargets = new Map<number, number>();
  for (const seek of children(out, find(out, segment, SEEK_HEAD).dataStart, find(out, segment, SEEK_HEAD).end)) {
    const id = find(out, seek, 0x53ab);
    const target = readId(out, id.dataStart).value;
    seekTargets.set(target, readUint(out, find(out, seek, 0x53ac)) + segment.dataStart);
  }

  const cuePoints = children(out, find(out, segment, CUES).dataStart, find(out, segment, CUES).end).map((point) => {
    const positions = find(out, point, 0xb7);
    return {
      time: readUint(out, find(out, point, 0xb3)),
      track: readUint(out, find(out, positions, 0xf7)),
      clusterAt: readUint(out, find(out, positions, 0xf1)) + segment.dataStart,
    };
  });

  const blocks = clusters.flatMap((c) =>
    children(out, c.dataStart, c.end)
      .filter((b) => b.id === 0xa3)
      .map((b) => out.slice(b.start, b.end)),
  );
  const infoEl = find(out, segment, INFO);
  const durationEl = find(out, infoEl, 0x4489);
  return { segment, level1, clusters, seekTargets, cuePoints, blocks, infoEl, duration: readFloat(out, durationEl), durationEl };
}

function expectSeekable(out: Uint8Array, specs: Spec[], duration: number, cueTrack = 1) {
  const r = inspect(out);
  expect(r.duration).toBe(duration);
  expect(r.durationEl.size).toBe(8);

  expect(r.clusters).toHaveLength(specs.length);
  expect(r.cuePoints).toHaveLength(specs.length);
  r.cuePoints.forEach((cue, i) => {
    expect(cue.time).toBe(specs[i].timecode);
    expect(cue.track).toBe(cueTrack);
    expect(cue.clusterAt).toBe(r.clusters[i].start);
    expect(readId(out, cue.clusterAt).value).toBe(CLUSTER);
    expect(readUint(out, find(out, r.clusters[i], 0xe7))).toBe(specs[i].timecode);
  });

  expect([...r.seekTargets.keys()].sort()).toEqual([INFO, TRACKS, CUES].sort());
  for (const [id, at] of r.seekTargets) {
    expect(readId(out, at).value).toBe(id);
    expect(r.level1.some((e) => e.id === id && e.start === at)).toBe(true);
  }

  expect(r.blocks).toEqual(allBlocks(specs));
  return r;
}

describe('seekableWebm', () => {
  it('fixes a MediaRecorder file: known sizes, Duration, Cues and SeekHead', () => {
    const specs = clusterSpecs();
    const out = seekableWebm(recorderFile(specs));
    const r = expectSeekable(out, specs, 320);
    // Nothing of the recording is lost or added beyond the index.
    expect(r.level1.map((e) => e.id)).toEqual([SEEK_HEAD, INFO, TRACKS, CUES, CLUSTER, CLUSTER, CLUSTER]);
    expect(out.subarray(0, header.length)).toEqual(header);
  });

  it('keeps the other Info fields', () => {
    const out = seekableWebm(recorderFile());
    const r = inspect(out);
    const ids = children(out, r.infoEl.dataStart, r.infoEl.end).map((c) => c.id);
    expect(ids).toEqual([0x2ad7b1, 0x4d80, 0x5741, 0x4489]);
  });

  it('fixes a file with known sizes, replacing its old SeekHead, Cues, Duration and Voids', () => {
    const specs = clusterSpecs();
    const staleSeek = element(SEEK_HEAD, element(0x4dbb, element(0x53ab, encodeId(CUES)), uint(0x53ac, 999_999)));
    const staleCues = element(CUES, element(0xbb, uint(0xb3, 5), element(0xb7, uint(0xf7, 1), uint(0xf1, 12345))));
    const input = concat([
      header,
      element(
        SEGMENT,
        staleSeek,
        element(VOID, new Uint8Array(20)),
        info(element(0x4489, encodeFloat64(7))),
        element(TRACKS, videoTrack(1)),
        ...specs.map((s) => element(CLUSTER, uint(0xe7, s.timecode), uint(0xa7, 4242), ...s.blocks)),
        staleCues,
      ),
    ]);
    const out = seekableWebm(input);
    const r = expectSeekable(out, specs, 320);
    expect(r.level1.map((e) => e.id)).toEqual([SEEK_HEAD, INFO, TRACKS, CUES, CLUSTER, CLUSTER, CLUSTER]);
    // The stale Cluster Position is dropped: it pointed into the old layout.
    for (const c of r.clusters) expect(children(out, c.dataStart, c.end).some((k) => k.id === 0xa7)).toBe(false);
  });

  it('gives the same bytes when run on its own output', () => {
    const once = seekableWebm(recorderFile());
    expect(seekableWebm(once)).toEqual(once);
  });

  it('indexes the video track when audio comes first, and takes the longest track for Duration', () => {
    const specs: Spec[] = [
      { timecode: 0, blocks: [simpleBlock(2, 0, true), simpleBlock(1, 0, true), simpleBlock(2, 20, true), simpleBlock(1, 33, false)] },
      { timecode: 66, blocks: [simpleBlock(1, 0, true), simpleBlock(2, 0, true), simpleBlock(2, 20, true)] },
    ];
    const input = concat([
      header,
      unsized(
        SEGMENT,
        info(),
        element(TRACKS, audioTrack(2), videoTrack(1)),
        ...specs.map((s) => unsized(CLUSTER, uint(0xe7, s.timecode), ...s.blocks)),
      ),
    ]);
    // Video: last frame 66 + 33 = 99. Audio: last frame 86 + 20 = 106.
    expectSeekable(seekableWebm(input), specs, 106, 1);
  });

  it("uses the track's DefaultDuration as the last frame's length", () => {
    const specs = clusterSpecs();
    const input = concat([
      header,
      unsized(
        SEGMENT,
        info(),
        element(TRACKS, videoTrack(1, uint(0x23e383, 33_333_333))),
        ...specs.map((s) => unsized(CLUSTER, uint(0xe7, s.timecode), ...s.blocks)),
      ),
    ]);
    expectSeekable(seekableWebm(input), specs, 280 + 33.333333);
  });

  it('reads a relative timecode that is negative', () => {
    const specs: Spec[] = [
      { timecode: 0, blocks: [simpleBlock(1, 0, true), simpleBlock(1, 40, false)] },
      { timecode: 100, blocks: [simpleBlock(1, -20, true), simpleBlock(1, 20, false)] },
    ];
    expectSeekable(seekableWebm(recorderFile(specs)), specs, 160);
  });
});

describe('input that cannot be fixed', () => {
  function randomBytes(length: number, seed: number): Uint8Array {
    const out = new Uint8Array(length);
    let x = seed;
    for (let i = 0; i < length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out[i] = x >>> 24;
    }
    return out;
  }

  const good = recorderFile();
  const cases: [string, Uint8Array][] = [
    ['empty', new Uint8Array(0)],
    ['random bytes', randomBytes(4096, 1)],
    ['other random bytes', randomBytes(300, 99)],
    ['an EBML header followed by random bytes', concat([header, randomBytes(500, 7)])],
    ['only the EBML header', header],
    ['cut inside the EBML header', good.subarray(0, 10)],
    ['cut inside the Tracks', good.subarray(0, header.length + 12 + info().length + 10)],
    ['cut inside the last block', good.subarray(0, good.length - 3)],
    ['a Matroska header of another DocType', concat([element(EBML, element(0x4282, text('mp4'))), good.subarray(header.length)])],
    ['no clusters', concat([header, unsized(SEGMENT, info(), element(TRACKS, videoTrack(1)))])],
    ['a cluster without a Timecode', concat([header, unsized(SEGMENT, info(), element(TRACKS, videoTrack(1)), unsized(CLUSTER, simpleBlock(1, 0, true)))])],
  ];

  it.each(cases)('throws WebmError for %s', (_name, input) => {
    expect(() => seekableWebm(input)).toThrow(WebmError);
  });

  it.each(cases)('seekableWebmBlob returns the original blob for %s', async (_name, input) => {
    const blob = new Blob([input as Uint8Array<ArrayBuffer>], { type: 'video/webm;codecs=vp8' });
    expect(await seekableWebmBlob(blob)).toBe(blob);
  });
});

describe('seekableWebmBlob', () => {
  it('returns the fixed recording as video/webm', async () => {
    const input = recorderFile();
    const out = await seekableWebmBlob(new Blob([input as Uint8Array<ArrayBuffer>], { type: 'video/webm;codecs=vp8' }));
    expect(out.type).toBe('video/webm');
    expect(new Uint8Array(await out.arrayBuffer())).toEqual(seekableWebm(input));
  });
});

// The fixture helpers themselves must build what they claim, or the tests above prove little.
describe('fixtures', () => {
  it('builds a recorder file with unknown sizes', () => {
    const file = recorderFile();
    const seg = readSized(file, 0, file.length).end;
    expect(readId(file, seg).value).toBe(SEGMENT);
    expect([...file.subarray(seg + 4, seg + 12)]).toEqual([...UNKNOWN_SIZE]);
  });
});
