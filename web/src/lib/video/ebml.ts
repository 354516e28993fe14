// EBML (the binary format under Matroska/WebM, RFC 8794): reading and writing
// element IDs, sizes and the few value types the WebM fixer needs.

export class EbmlError extends Error {
  override name = 'EbmlError';
}

export type Bytes = Uint8Array<ArrayBuffer>;

/** One element: `start` is its first ID byte, `dataStart` its first payload byte. `size` is null when unknown. */
export interface Element {
  id: number;
  start: number;
  dataStart: number;
  size: number | null;
}

/** A child element whose size is known, so its end is too. */
export interface SizedElement extends Element {
  size: number;
  end: number;
}

function byteAt(buf: Uint8Array, pos: number): number {
  if (pos < 0 || pos >= buf.length) throw new EbmlError(`read past the end at byte ${pos}`);
  return buf[pos];
}

/** A variable-length integer's width is 1 + the number of leading zero bits of its first byte. */
function vintWidth(first: number, max: number, pos: number): number {
  const width = first === 0 ? 9 : Math.clz32(first) - 23;
  if (width > max) throw new EbmlError(`invalid variable-length integer at byte ${pos}`);
  return width;
}

/** An element ID, kept with its length marker (so 0x1A45DFA3, as the spec writes IDs). */
export function readId(buf: Uint8Array, pos: number): { value: number; length: number } {
  const length = vintWidth(byteAt(buf, pos), 4, pos);
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + byteAt(buf, pos + i);
  return { value, length };
}

/** An element size without its marker; null for the reserved all-ones "unknown size". */
export function readSize(buf: Uint8Array, pos: number): { value: number | null; length: number } {
  const first = byteAt(buf, pos);
  const length = vintWidth(first, 8, pos);
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = byteAt(buf, pos + i);
    allOnes &&= b === 0xff;
    value = value * 256 + b;
  }
  if (allOnes) return { value: null, length };
  if (!Number.isSafeInteger(value)) throw new EbmlError(`size too large at byte ${pos}`);
  return { value, length };
}

export function readElement(buf: Uint8Array, pos: number): Element {
  const id = readId(buf, pos);
  const size = readSize(buf, pos + id.length);
  return { id: id.value, start: pos, dataStart: pos + id.length + size.length, size: size.value };
}

/** The element at `pos`, which must have a known size and end by `end` (its parent's end) and the data's. */
export function readSized(buf: Uint8Array, pos: number, end: number): SizedElement {
  const el = readElement(buf, pos);
  if (el.size === null) throw new EbmlError(`unexpected unknown size at byte ${pos}`);
  const elEnd = el.dataStart + el.size;
  if (elEnd > end || elEnd > buf.length) throw new EbmlError(`element at byte ${pos} runs past its parent`);
  return { ...el, size: el.size, end: elEnd };
}

/** The elements directly inside [start, end). */
export function children(buf: Uint8Array, start: number, end: number): SizedElement[] {
  const out: SizedElement[] = [];
  for (let pos = start; pos < end; pos = out[out.length - 1].end) out.push(readSized(buf, pos, end));
  return out;
}

export function readUint(buf: Uint8Array, el: SizedElement): number {
  if (el.size > 8) throw new EbmlError(`unsigned integer of ${el.size} bytes at byte ${el.start}`);
  let value = 0;
  for (let i = 0; i < el.size; i++) value = value * 256 + byteAt(buf, el.dataStart + i);
  if (!Number.isSafeInteger(value)) throw new EbmlError(`integer too large at byte ${el.start}`);
  return value;
}

export function readFloat(buf: Uint8Array, el: SizedElement): number {
  if (el.size === 0) return 0;
  if (el.size !== 4 && el.size !== 8) throw new EbmlError(`float of ${el.size} bytes at byte ${el.start}`);
  byteAt(buf, el.end - 1);
  const view = new DataView(buf.buffer, buf.byteOffset + el.dataStart, el.size);
  return el.size === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

export function readString(buf: Uint8Array, el: SizedElement): string {
  if (el.size > 0) byteAt(buf, el.end - 1);
  let s = '';
  // ASCII per the spec; trailing zero bytes are padding.
  for (let i = el.dataStart; i < el.end && buf[i] !== 0; i++) s += String.fromCharCode(buf[i]);
  return s;
}

export function concat(parts: readonly Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** Big-endian bytes of a non-negative integer, `width` bytes wide. */
function bigEndian(value: number, width: number): Bytes {
  const out = new Uint8Array(width);
  for (let i = width - 1; i >= 0; i--) {
    out[i] = value % 256;
    value = Math.floor(value / 256);
  }
  return out;
}

export function encodeId(id: number): Bytes {
  if (!Number.isInteger(id) || id < 0x81 || id > 0x1ffffffe) throw new EbmlError(`invalid element ID ${id}`);
  const width = id < 0x100 ? 1 : id < 0x10000 ? 2 : id < 0x1000000 ? 3 : 4;
  const out = bigEndian(id, width);
  // The leading byte's marker must agree with the width, or a reader would split the ID differently.
  if (Math.clz32(out[0]) - 23 !== width) throw new EbmlError(`invalid element ID ${id}`);
  return out;
}

/** A known size; the smallest width unless `width` is given. All ones is avoided: it means "unknown". */
export function encodeSize(size: number, width?: number): Bytes {
  if (!Number.isSafeInteger(size) || size < 0) throw new EbmlError(`invalid size ${size}`);
  let w = 1;
  while (size >= 2 ** (7 * w) - 1) w++;
  if (width !== undefined) {
    if (width < w || width > 8) throw new EbmlError(`size ${size} does not fit ${width} bytes`);
    w = width;
  }
  const out = bigEndian(size, w);
  out[0] |= 0x80 >> (w - 1);
  return out;
}

/** An unsigned integer; the smallest width unless `width` is given (fixed widths keep layouts stable). */
export function encodeUint(value: number, width?: number): Bytes {
  if (!Number.isSafeInteger(value) || value < 0) throw new EbmlError(`invalid unsigned integer ${value}`);
  let w = 1;
  while (w < 8 && value >= 2 ** (8 * w)) w++;
  if (width !== undefined) {
    if (width < w || width > 8) throw new EbmlError(`integer ${value} does not fit ${width} bytes`);
    w = width;
  }
  return bigEndian(value, w);
}

export function encodeFloat64(value: number): Bytes {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
}

/** A whole element with a known size around the given payload parts. */
export function element(id: number, ...payload: Uint8Array[]): Bytes {
  const data = concat(payload);
  return concat([encodeId(id), encodeSize(data.length), data]);
}
