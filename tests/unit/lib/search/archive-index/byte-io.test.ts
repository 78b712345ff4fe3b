import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteReader,
  ByteWriter,
  uintSize,
} from '../../../../../src/lib/search/archive-index/byte-io.ts';

describe('ByteWriter and ByteReader', () => {
  it('read back varints from 0 to 2^53 - 1, in the bytes uintSize counts', () => {
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER];
    const writer = new ByteWriter();
    for (const value of values) writer.uint(value);
    expect(writer.length).toBe(values.reduce((sum, value) => sum + uintSize(value), 0));
    const reader = new ByteReader(writer.finish());
    expect(values.map(() => reader.uint())).toEqual(values);
    expect(reader.done).toBe(true);
  });

  it('write one byte for a value below 128 and two up to 16,383', () => {
    expect(new ByteWriter().uint(127).finish()).toEqual(Uint8Array.of(127));
    expect(new ByteWriter().uint(300).finish()).toEqual(Uint8Array.of(0xac, 0x02));
  });

  it('refuse negative, fractional and unsafe integers', () => {
    expect(() => new ByteWriter().uint(-1)).toThrow(RangeError);
    expect(() => new ByteWriter().uint(1.5)).toThrow(RangeError);
    expect(() => new ByteWriter().uint(2 ** 53)).toThrow(RangeError);
  });

  it('read back strings in any script, empty ones and astral characters included', () => {
    const texts = ['', 'cocoa', 'Zürich', 'حلب', '東京', '𝒳 and 🚢'];
    const writer = new ByteWriter();
    for (const text of texts) writer.string(text);
    const reader = new ByteReader(writer.finish());
    expect(texts.map(() => reader.string())).toEqual(texts);
  });

  it('read back float32 values as float32 rounds them', () => {
    const writer = new ByteWriter().float32(1.4378251664452593).float32(0).uint(5);
    const reader = new ByteReader(writer.finish());
    expect(reader.float32()).toBe(Math.fround(1.4378251664452593));
    expect(reader.float32()).toBe(0);
    expect(reader.uint()).toBe(5);
  });

  it('read bytes as they were written, past a buffer growth', () => {
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    const reader = new ByteReader(new ByteWriter().uint(7).bytes(bytes).finish());
    expect(reader.uint()).toBe(7);
    expect(reader.bytes(1000)).toEqual(bytes);
  });

  it('throw when reading past the end, or a varint that never ends', () => {
    expect(() => new ByteReader(new Uint8Array(0)).uint()).toThrow(RangeError);
    expect(() => new ByteReader(Uint8Array.of(0x80, 0x80)).uint()).toThrow(RangeError);
    expect(() => new ByteReader(Uint8Array.of(3, 0x61)).string()).toThrow(RangeError);
    expect(() => new ByteReader(new Uint8Array(9).fill(0xff)).uint()).toThrow(RangeError);
  });

  it('read back any mix of values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.maxSafeNat(), fc.string())), (values) => {
        const writer = new ByteWriter();
        for (const value of values) {
          if (typeof value === 'number') writer.uint(value);
          else writer.string(value);
        }
        const reader = new ByteReader(writer.finish());
        const read = values.map((value) =>
          typeof value === 'number' ? reader.uint() : reader.string(),
        );
        expect(read).toEqual(
          values.map((value) => (typeof value === 'string' ? value.toWellFormed() : value)),
        );
      }),
    );
  });
});
