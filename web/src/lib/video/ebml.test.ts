import { describe, expect, it } from 'vitest';
import {
  EbmlError,
  children,
  concat,
  element,
  encodeFloat64,
  encodeId,
  encodeSize,
  encodeUint,
  readElement,
  readFloat,
  readId,
  readSize,
  readSized,
  readString,
  readUint,
} from './ebml';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('element IDs', () => {
  it('reads IDs of 1 to 4 bytes, marker included', () => {
    expect(readId(bytes(0xa3), 0)).toEqual({ value: 0xa3, length: 1 });
    expect(readId(bytes(0x42, 0x86), 0)).toEqual({ value: 0x4286, length: 2 });
    expect(readId(bytes(0x2a, 0xd7, 0xb1), 0)).toEqual({ value: 0x2ad7b1, length: 3 });
    expect(readId(bytes(0, 0x1a, 0x45, 0xdf, 0xa3), 1)).toEqual({ value: 0x1a45dfa3, length: 4 });
  });

  it('rejects IDs wider than 4 bytes and reads past the end', () => {
    expect(() => readId(bytes(0x08, 1, 2, 3, 4), 0)).toThrow(EbmlError);
    expect(() => readId(bytes(0x00), 0)).toThrow(EbmlError);
    expect(() => readId(bytes(0x1a, 0x45), 0)).toThrow(EbmlError);
    expect(() => readId(bytes(), 0)).toThrow(EbmlError);
  });

  it('encodes IDs as written in the spec and round-trips them', () => {
    for (const id of [0xa3, 0xec, 0x4286, 0x2ad7b1, 0x18538067, 0x1f43b675]) {
      const enc = encodeId(id);
      expect(readId(enc, 0)).toEqual({ value: id, length: enc.length });
    }
    expect(encodeId(0x1c53bb6b)).toEqual(bytes(0x1c, 0x53, 0xbb, 0x6b));
  });

  it('refuses values that are not IDs', () => {
    for (const id of [0, 0x7f, 0x1234, 0x2fffffff, -1, 1.5]) expect(() => encodeId(id)).toThrow(EbmlError);
  });
});

describe('element sizes', () => {
  it('reads sizes of 1 to 8 bytes', () => {
    expect(readSize(bytes(0x81), 0)).toEqual({ value: 1, length: 1 });
    expect(readSize(bytes(0x40, 0x7f), 0)).toEqual({ value: 127, length: 2 });
    expect(readSize(bytes(0x10, 0x00, 0x01, 0x00), 0)).toEqual({ value: 256, length: 4 });
    expect(readSize(bytes(0x01, 0, 0, 0, 1, 0, 0, 0), 0)).toEqual({ value: 2 ** 24, length: 8 });
  });

  it('reads all ones, of any width, as unknown', () => {
    expect(readSize(bytes(0xff), 0)).toEqual({ value: null, length: 1 });
    expect(readSize(bytes(0x7f, 0xff), 0)).toEqual({ value: null, length: 2 });
    expect(readSize(bytes(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 0)).toEqual({ value: null, length: 8 });
    // One zero bit anywhere makes it a real size.
    expect(readSize(bytes(0x01, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe), 0).value).toBe(2 ** 48 - 2);
    expect(readSize(bytes(0x7f, 0xfe), 0).value).toBe(2 ** 14 - 2);
  });

  it('rejects sizes too large to hold exactly', () => {
    expect(() => readSize(bytes(0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe), 0)).toThrow(EbmlError);
  });

  it('rejects a zero first byte and truncated sizes', () => {
    expect(() => readSize(bytes(0x00, 0x81), 0)).toThrow(EbmlError);
    expect(() => readSize(bytes(0x20, 0x00), 0)).toThrow(EbmlError);
  });

  it('round-trips sizes at the width boundaries, never writing the unknown pattern', () => {
    for (const n of [0, 1, 126, 127, 128, 16382, 16383, 2 ** 21 - 2, 2 ** 21 - 1, 2 ** 35, Number.MAX_SAFE_INTEGER]) {
      const enc = encodeSize(n);
      expect(readSize(enc, 0)).toEqual({ value: n, length: enc.length });
    }
    expect(encodeSize(126)).toEqual(bytes(0xfe));
    expect(encodeSize(127)).toEqual(bytes(0x40, 0x7f));
  });

  it('writes a fixed width when asked', () => {
    expect(encodeSize(5, 8)).toEqual(bytes(0x01, 0, 0, 0, 0, 0, 0, 5));
    expect(() => encodeSize(300, 1)).toThrow(EbmlError);
    expect(() => encodeSize(-1)).toThrow(EbmlError);
  });
});

describe('values', () => {
  it('reads and writes unsigned integers', () => {
    for (const n of [0, 1, 255, 256, 1_000_000, 2 ** 40 + 7]) {
      const buf = element(0xd7, encodeUint(n));
      expect(readUint(buf, readSized(buf, 0, Infinity))).toBe(n);
    }
    expect(encodeUint(0)).toEqual(bytes(0));
    expect(encodeUint(1_000_000)).toEqual(bytes(0x0f, 0x42, 0x40));
    expect(encodeUint(7, 8)).toEqual(bytes(0, 0, 0, 0, 0, 0, 0, 7));
    expect(() => encodeUint(256, 1)).toThrow(EbmlError);
  });

  it('reads floats of 4 and 8 bytes, and an empty float as 0', () => {
    const f32 = new Uint8Array(4);
    new DataView(f32.buffer).setFloat32(0, 1.5);
    const four = element(0x4489, f32);
    expect(readFloat(four, readSized(four, 0, four.length))).toBe(1.5);
    const eight = element(0x4489, encodeFloat64(1234.5678));
    expect(readFloat(eight, readSized(eight, 0, eight.length))).toBe(1234.5678);
    const empty = element(0x4489);
    expect(readFloat(empty, readSized(empty, 0, empty.length))).toBe(0);
    const three = element(0x4489, bytes(1, 2, 3));
    expect(() => readFloat(three, readSized(three, 0, three.length))).toThrow(EbmlError);
  });

  it('reads strings without their zero padding', () => {
    const s = element(0x4282, new TextEncoder().encode('webm'), bytes(0, 0));
    expect(readString(s, readSized(s, 0, s.length))).toBe('webm');
  });
});

describe('element tree', () => {
  const tree = element(0x1549a966, element(0x2ad7b1, encodeUint(1_000_000)), element(0x4d80, bytes(0x61)));

  it('walks the children of an element', () => {
    const info = readSized(tree, 0, tree.length);
    expect(info).toMatchObject({ id: 0x1549a966, start: 0, dataStart: 5, end: tree.length });
    const kids = children(tree, info.dataStart, info.end);
    expect(kids.map((k) => k.id)).toEqual([0x2ad7b1, 0x4d80]);
    expect(readUint(tree, kids[0])).toBe(1_000_000);
  });

  it('reports an unknown size, and refuses it where a size is needed', () => {
    const unknown = concat([encodeId(0x1f43b675), bytes(0xff), element(0xe7, encodeUint(0))]);
    expect(readElement(unknown, 0)).toEqual({ id: 0x1f43b675, start: 0, dataStart: 5, size: null });
    expect(() => readSized(unknown, 0, unknown.length)).toThrow(EbmlError);
  });

  it('refuses a child running past its parent or the data', () => {
    expect(() => children(tree, 5, tree.length - 1)).toThrow(EbmlError);
    expect(() => readSized(tree.subarray(0, tree.length - 1), 0, Infinity)).toThrow(EbmlError);
  });
});
