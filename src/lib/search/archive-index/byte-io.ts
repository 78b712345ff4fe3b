/**
 * The byte layer of the archive index's files: unsigned varints (LEB128, up
 * to 2^53), raw bytes, strings (varint byte length, then UTF-8) and float32.
 * Hand-written because the engine is bundled for the browser, where a
 * serialisation library would cost more than these few lines.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
/** The longest string decoded byte by byte when it is ASCII. */
const SHORT_STRING = 32;

/** Appends values to a buffer that grows as needed; `finish()` gives the bytes written. */
export class ByteWriter {
  #buffer = new Uint8Array(256);
  #length = 0;

  /** Bytes written so far. */
  get length(): number {
    return this.#length;
  }

  /** An unsigned integer below 2^53 as a varint: 7 bits a byte, low first. */
  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a uint: ${value}`);
    this.#reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.#buffer[this.#length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.#buffer[this.#length++] = rest;
    return this;
  }

  /** Bytes as they are, without their length. */
  bytes(bytes: Uint8Array): this {
    this.#reserve(bytes.length);
    this.#buffer.set(bytes, this.#length);
    this.#length += bytes.length;
    return this;
  }

  /** A string: its UTF-8 byte length as a varint, then the bytes. */
  string(text: string): this {
    const bytes = encoder.encode(text);
    return this.uint(bytes.length).bytes(bytes);
  }

  /** A number as a little-endian float32. */
  float32(value: number): this {
    this.#reserve(4);
    new DataView(this.#buffer.buffer).setFloat32(this.#length, value, true);
    this.#length += 4;
    return this;
  }

  /** The bytes written, in a buffer of their own size. */
  finish(): Uint8Array {
    return this.#buffer.slice(0, this.#length);
  }

  #reserve(extra: number): void {
    if (this.#length + extra <= this.#buffer.length) return;
    const grown = new Uint8Array(Math.max(this.#buffer.length * 2, this.#length + extra));
    grown.set(this.#buffer.subarray(0, this.#length));
    this.#buffer = grown;
  }
}

/** The bytes `ByteWriter.uint` takes for a value. */
export function uintSize(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) bytes++;
  return bytes;
}

/** Reads what a ByteWriter wrote, in the same order; throws past the end. */
export class ByteReader {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  #offset = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Whether every byte has been read. */
  get done(): boolean {
    return this.#offset >= this.#bytes.length;
  }

  /** An unsigned varint. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.#byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > Number.MAX_SAFE_INTEGER) throw new RangeError('varint too long');
    }
  }

  /** The next `count` bytes, as a view of the input. */
  bytes(count: number): Uint8Array {
    if (this.#offset + count > this.#bytes.length) throw new RangeError('read past the end');
    const bytes = this.#bytes.subarray(this.#offset, this.#offset + count);
    this.#offset += count;
    return bytes;
  }

  /** A length-prefixed UTF-8 string. */
  string(): string {
    const bytes = this.bytes(this.uint());
    // A term chunk holds a thousand short words, mostly ASCII: a call of TextDecoder each cost more than the rest.
    if (bytes.length > SHORT_STRING) return decoder.decode(bytes);
    let text = '';
    for (const byte of bytes) {
      if (byte > 0x7f) return decoder.decode(bytes);
      text += String.fromCharCode(byte);
    }
    return text;
  }

  /** A little-endian float32. */
  float32(): number {
    const at = this.#offset;
    this.bytes(4);
    return this.#view.getFloat32(at, true);
  }

  #byte(): number {
    const byte = this.#bytes[this.#offset++];
    if (byte === undefined) throw new RangeError('read past the end');
    return byte;
  }
}
