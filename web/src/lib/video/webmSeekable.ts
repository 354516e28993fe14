// Makes a MediaRecorder WebM seekable. MediaRecorder streams its output, so it
// writes no Duration, no Cues and "unknown" Segment/Cluster sizes; Chrome then
// cannot seek in the saved file. We rewrite the Segment with known sizes, a
// Duration, a Cues index (one CuePoint per Cluster) and a SeekHead to find them.
// Block bytes are copied unchanged.

import {
  type Bytes,
  type Element,
  type SizedElement,
  EbmlError,
  children,
  concat,
  element,
  encodeFloat64,
  encodeId,
  encodeSize,
  encodeUint,
  readElement,
  readId,
  readSize,
  readSized,
  readString,
  readUint,
} from './ebml';

export class WebmError extends Error {
  override name = 'WebmError';
}

const ID = {
  EBML: 0x1a45dfa3,
  DocType: 0x4282,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Seek: 0x4dbb,
  SeekID: 0x53ab,
  SeekPosition: 0x53ac,
  Info: 0x1549a966,
  TimecodeScale: 0x2ad7b1,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  DefaultDuration: 0x23e383,
  Cluster: 0x1f43b675,
  Timecode: 0xe7,
  Position: 0xa7,
  PrevSize: 0xab,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  BlockDuration: 0x9b,
  Cues: 0x1c53bb6b,
  CuePoint: 0xbb,
  CueTime: 0xb3,
  CueTrackPositions: 0xb7,
  CueTrack: 0xf7,
  CueClusterPosition: 0xf1,
  Chapters: 0x1043a770,
  Tags: 0x1254c367,
  Attachments: 0x1941a469,
  Void: 0xec,
  Crc32: 0xbf,
} as const;

/** IDs that cannot occur inside a Cluster: one of them ends a Cluster of unknown size. */
const NOT_IN_CLUSTER = new Set<number>([
  ID.EBML, ID.Segment, ID.SeekHead, ID.Info, ID.Tracks, ID.Cluster, ID.Cues, ID.Chapters, ID.Tags, ID.Attachments,
]);

const VIDEO_TRACK = 1;

interface Cluster {
  timecode: number;
  /** The children to keep, as they are. */
  parts: Uint8Array[];
  dataLength: number;
  blocks: SizedElement[];
}

/** Last block time per track, and what a frame of that track lasts, for Duration. */
interface TrackTiming {
  last: number;
  gap: number | null;
  lastBlockDuration: number | null;
}

interface Track {
  number: number;
  type: number;
  /** Nanoseconds, when the muxer gave one. */
  defaultDuration: number | null;
}

export function seekableWebm(input: Uint8Array): Bytes {
  try {
    return rewrite(input);
  } catch (e) {
    if (e instanceof EbmlError) throw new WebmError(e.message, { cause: e });
    throw e;
  }
}

/** The fixed recording, or the given one if it cannot be fixed: a recording is never lost to this step. */
export async function seekableWebmBlob(blob: Blob): Promise<Blob> {
  try {
    const fixed = seekableWebm(new Uint8Array(await blob.arrayBuffer()));
    return new Blob([fixed], { type: 'video/webm' });
  } catch {
    return blob;
  }
}

function rewrite(buf: Uint8Array): Bytes {
  if (buf.length === 0) throw new WebmError('empty input');
  const header = readSized(buf, 0, buf.length);
  if (header.id !== ID.EBML) throw new WebmError('not an EBML file');
  const docType = children(buf, header.dataStart, header.end).find((c) => c.id === ID.DocType);
  const doc = docType ? readString(buf, docType) : '';
  if (doc !== 'webm' && doc !== 'matroska') throw new WebmError(`unsupported DocType "${doc}"`);

  let segment = readElement(buf, header.end);
  while (segment.id === ID.Void && segment.size !== null) segment = readElement(buf, segment.dataStart + segment.size);
  if (segment.id !== ID.Segment) throw new WebmError('no Segment after the EBML header');
  const segEnd = segment.size === null ? buf.length : segment.dataStart + segment.size;
  if (segEnd > buf.length) throw new WebmError('the Segment is truncated');

  const { info, tracks, others, clusters } = readSegment(buf, segment, segEnd);
  const scale = readUint1(buf, info, ID.TimecodeScale) ?? 1_000_000;
  const trackList = readTracks(buf, tracks);
  const cueTrack = (trackList.find((t) => t.type === VIDEO_TRACK) ?? trackList[0]).number;
  const duration = computeDuration(buf, clusters, trackList, scale);

  const infoBytes = element(
    ID.Info,
    // Our rewrite changes Info, so an old CRC-32 would be wrong; Duration is replaced.
    ...children(buf, info.dataStart, info.end)
      .filter((c) => c.id !== ID.Duration && c.id !== ID.Crc32 && c.id !== ID.Void)
      .map((c) => buf.subarray(c.start, c.end)),
    element(ID.Duration, encodeFloat64(duration)),
  );
  const tracksBytes = buf.subarray(tracks.start, tracks.end);
  const otherBytes = others.map((o) => buf.subarray(o.start, o.end));
  const clusterHeaders = clusters.map((c) => concat([encodeId(ID.Cluster), encodeSize(c.dataLength)]));

  // Positions (relative to the Segment data) are written 8 bytes wide, so SeekHead and
  // Cues have the same length whatever they point at: Cues can go before the Clusters.
  const infoPos = seekHead(0, 0, 0).length;
  const tracksPos = infoPos + infoBytes.length;
  const cuesPos = tracksPos + tracksBytes.length + otherBytes.reduce((n, o) => n + o.length, 0);
  let next = cuesPos + cues(clusters, cueTrack, clusters.map(() => 0)).length;
  const clusterPos = clusters.map((c, i) => {
    const p = next;
    next += clusterHeaders[i].length + c.dataLength;
    return p;
  });

  const body: Uint8Array[] = [seekHead(infoPos, tracksPos, cuesPos), infoBytes, tracksBytes, ...otherBytes];
  body.push(cues(clusters, cueTrack, clusterPos));
  clusters.forEach((c, i) => body.push(clusterHeaders[i], ...c.parts));
  const bodyLength = body.reduce((n, p) => n + p.length, 0);
  return concat([
    buf.subarray(0, header.end),
    encodeId(ID.Segment),
    encodeSize(bodyLength),
    ...body,
    buf.subarray(segEnd), // anything after a sized Segment is not ours to drop
  ]);
}

function readSegment(buf: Uint8Array, segment: Element, segEnd: number) {
  let info: SizedElement | undefined;
  let tracks: SizedElement | undefined;
  const others: SizedElement[] = [];
  const clusters: Cluster[] = [];
  for (let pos = segment.dataStart; pos < segEnd; ) {
    const el = readElement(buf, pos);
    if (el.id === ID.Cluster) {
      const { cluster, end } = readCluster(buf, el, segEnd);
      clusters.push(cluster);
      pos = end;
      continue;
    }
    const sized = readSized(buf, pos, segEnd);
    pos = sized.end;
    if (el.id === ID.Info) info ??= sized;
    else if (el.id === ID.Tracks) tracks ??= sized;
    // We write our own index; Voids only pad what the muxer meant to fill in later.
    else if (el.id !== ID.SeekHead && el.id !== ID.Cues && el.id !== ID.Void && el.id !== ID.Crc32) others.push(sized);
  }
  if (!info) throw new WebmError('no Info element');
  if (!tracks) throw new WebmError('no Tracks element');
  if (clusters.length === 0) throw new WebmError('no Clusters');
  return { info, tracks, others, clusters };
}

function readCluster(buf: Uint8Array, el: Element, segEnd: number): { cluster: Cluster; end: number } {
  const limit = el.size === null ? segEnd : el.dataStart + el.size;
  if (limit > segEnd) throw new WebmError(`the Cluster at byte ${el.start} is truncated`);
  const parts: Uint8Array[] = [];
  const blocks: SizedElement[] = [];
  let timecode: number | null = null;
  let dataLength = 0;
  let pos = el.dataStart;
  while (pos < limit) {
    // An unknown-size Cluster ends where the next top-level element starts.
    if (el.size === null && NOT_IN_CLUSTER.has(readId(buf, pos).value)) break;
    const child = readSized(buf, pos, limit);
    pos = child.end;
    if (child.id === ID.Timecode) timecode = readUint(buf, child);
    if (child.id === ID.SimpleBlock || child.id === ID.BlockGroup) blocks.push(child);
    // Position and PrevSize describe the old layout; CRC-32 would no longer match without them.
    if (child.id === ID.Position || child.id === ID.PrevSize || child.id === ID.Crc32) continue;
    parts.push(buf.subarray(child.start, child.end));
    dataLength += child.end - child.start;
  }
  if (timecode === null) throw new WebmError(`the Cluster at byte ${el.start} has no Timecode`);
  return { cluster: { timecode, parts, dataLength, blocks }, end: pos };
}

function readUint1(buf: Uint8Array, parent: SizedElement, id: number): number | null {
  const el = children(buf, parent.dataStart, parent.end).find((c) => c.id === id);
  return el ? readUint(buf, el) : null;
}

function readTracks(buf: Uint8Array, tracks: SizedElement): Track[] {
  const list = children(buf, tracks.dataStart, tracks.end)
    .filter((e) => e.id === ID.TrackEntry)
    .map((e) => ({
      number: readUint1(buf, e, ID.TrackNumber) ?? 0,
      type: readUint1(buf, e, ID.TrackType) ?? 0,
      defaultDuration: readUint1(buf, e, ID.DefaultDuration),
    }));
  if (list.length === 0 || list.some((t) => t.number === 0)) throw new WebmError('no usable TrackEntry');
  return list;
}

/** Track number and absolute time of a SimpleBlock or BlockGroup, plus its BlockDuration if any. */
function blockTime(buf: Uint8Array, el: SizedElement, clusterTimecode: number) {
  let block = el;
  let duration: number | null = null;
  if (el.id === ID.BlockGroup) {
    const kids = children(buf, el.dataStart, el.end);
    const b = kids.find((k) => k.id === ID.Block);
    if (!b) throw new WebmError(`BlockGroup at byte ${el.start} has no Block`);
    const d = kids.find((k) => k.id === ID.BlockDuration);
    block = b;
    duration = d ? readUint(buf, d) : null;
  }
  const track = readSize(buf, block.dataStart);
  const at = block.dataStart + track.length;
  if (track.value === null || at + 3 > block.end) throw new WebmError(`malformed block at byte ${el.start}`);
  const relative = (((buf[at] << 8) | buf[at + 1]) << 16) >> 16; // signed 16-bit
  return { track: track.value, time: clusterTimecode + relative, duration };
}

/** Last block time plus one frame, in TimecodeScale units. */
function computeDuration(buf: Uint8Array, clusters: Cluster[], tracks: Track[], scale: number): number {
  const timing = new Map<number, TrackTiming>();
  for (const c of clusters) {
    for (const el of c.blocks) {
      const b = blockTime(buf, el, c.timecode);
      const t = timing.get(b.track);
      if (!t) timing.set(b.track, { last: b.time, gap: null, lastBlockDuration: b.duration });
      else if (b.time >= t.last) {
        if (b.time > t.last) t.gap = b.time - t.last;
        t.last = b.time;
        t.lastBlockDuration = b.duration;
      }
    }
  }
  if (timing.size === 0) throw new WebmError('no blocks');
  let duration = 0;
  for (const [number, t] of timing) {
    const nanos = tracks.find((tr) => tr.number === number)?.defaultDuration ?? null;
    const frame = nanos !== null ? nanos / scale : (t.lastBlockDuration ?? t.gap ?? 0);
    duration = Math.max(duration, t.last + frame);
  }
  return duration;
}

function seekHead(infoPos: number, tracksPos: number, cuesPos: number): Bytes {
  const seek = (id: number, pos: number) =>
    element(ID.Seek, element(ID.SeekID, encodeId(id)), element(ID.SeekPosition, encodeUint(pos, 8)));
  return element(ID.SeekHead, seek(ID.Info, infoPos), seek(ID.Tracks, tracksPos), seek(ID.Cues, cuesPos));
}

/** One CuePoint per Cluster, at the Cluster's timecode; `positions` are the Clusters' offsets in the Segment data. */
function cues(clusters: Cluster[], track: number, positions: number[]): Bytes {
  const point = (c: Cluster, i: number) =>
    element(
      ID.CuePoint,
      element(ID.CueTime, encodeUint(c.timecode)),
      element(ID.CueTrackPositions, element(ID.CueTrack, encodeUint(track)), element(ID.CueClusterPosition, encodeUint(positions[i], 8))),
    );
  return element(ID.Cues, ...clusters.map(point));
}
