/**
 * dist/data.bin: the compiled data's big columns (typed arrays and long texts) as raw bytes,
 * so a server reads each straight into the array it keeps: no base64, no JSON, no copy to
 * throw away. dist/data.jsonl's header says where each column is and which build wrote the
 * file; a file from another build is refused rather than misread.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { BinaryValue } from '../data/stored-columns';

export type { BinaryValue } from '../data/stored-columns';
export type BinaryType = 'int32' | 'uint8' | 'latin1' | 'utf16le';

export interface BinaryColumn {
  name: string;
  type: BinaryType;
  offset: number;
  bytes: number;
}

/** The first bytes of the file: the build's id, which the header repeats. */
const ID_BYTES = 32;

export interface BinaryLayout {
  id: string;
  bytes: number;
  columns: BinaryColumn[];
}

export function packBinary(values: readonly (readonly [string, BinaryValue])[]): { layout: BinaryLayout; data: Buffer } {
  const parts: Buffer[] = [];
  const columns: BinaryColumn[] = [];
  let offset = ID_BYTES;
  for (const [name, value] of values) {
    const { type, data } = encode(value);
    // Each column starts on an 8-byte boundary, so the file could be mapped as it is.
    const pad = (8 - (offset % 8)) % 8;
    if (pad) parts.push(Buffer.alloc(pad));
    offset += pad;
    columns.push({ name, type, offset, bytes: data.length });
    parts.push(data);
    offset += data.length;
  }
  const body = Buffer.concat(parts);
  const id = createHash('sha256').update(body).digest('hex').slice(0, ID_BYTES);
  return { layout: { id, bytes: offset, columns }, data: Buffer.concat([Buffer.from(id, 'latin1'), body]) };
}

function encode(value: BinaryValue): { type: BinaryType; data: Buffer } {
  if (typeof value === 'string') {
    // One byte a character when it can be: V8 keeps such strings one byte a character too.
    const latin1 = !/[^\u0000-\u00ff]/.test(value);
    return { type: latin1 ? 'latin1' : 'utf16le', data: Buffer.from(value, latin1 ? 'latin1' : 'utf16le') };
  }
  // Little-endian, as on every platform Node runs on.
  return { type: value instanceof Int32Array ? 'int32' : 'uint8', data: Buffer.from(value.buffer, value.byteOffset, value.byteLength) };
}

/** Decoded a piece at a time and joined: pieces short enough that Node makes V8 strings of them. */
function decodeInPieces(bytes: Buffer, type: 'latin1' | 'utf16le'): string {
  const PIECE = 1 << 19;
  if (bytes.length <= PIECE) return bytes.toString(type);
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += PIECE) pieces.push(bytes.toString(type, at, Math.min(bytes.length, at + PIECE)));
  return pieces.join('');
}

export class BinaryFile {
  private readonly fd: number;

  constructor(
    readonly file: string,
    private readonly layout: BinaryLayout,
  ) {
    this.fd = openSync(file, 'r');
    try {
      const size = fstatSync(this.fd).size;
      const id = Buffer.alloc(ID_BYTES);
      readSync(this.fd, id, 0, ID_BYTES, 0);
      if (size !== layout.bytes || id.toString('latin1') !== layout.id) throw new Error(`${file}:1:1: written by another build than its data.jsonl (rebuild with npm run build)`);
    } catch (e) {
      closeSync(this.fd);
      throw e;
    }
  }

  has(name: string): boolean {
    return this.layout.columns.some((c) => c.name === name);
  }

  int32(name: string): Int32Array {
    return new Int32Array(this.read(name, 'int32'));
  }

  uint8(name: string): Uint8Array {
    return new Uint8Array(this.read(name, 'uint8'));
  }

  /**
   * A text column. `hot`: as V8's own string, which it reads faster than the external string Node
   * makes of a long decoded text, at the cost of decoding it in pieces and joining them.
   */
  text(name: string, hot = false): string {
    const column = this.column(name);
    if (column.type !== 'latin1' && column.type !== 'utf16le') throw new Error(`${this.file}: column "${name}" is ${column.type}, not text`);
    const bytes = Buffer.from(this.read(name, column.type));
    return hot ? decodeInPieces(bytes, column.type) : bytes.toString(column.type);
  }

  /** A text column's bytes when it is Latin-1 (one byte a character), else undefined. */
  latin1(name: string): Uint8Array | undefined {
    return this.column(name).type === 'latin1' ? new Uint8Array(this.read(name, 'latin1')) : undefined;
  }

  private column(name: string): BinaryColumn {
    const column = this.layout.columns.find((c) => c.name === name);
    if (!column) throw new Error(`${this.file}: no column "${name}" (rebuild with npm run build)`);
    return column;
  }

  /** The column's bytes in a buffer of their own: a typed array needs its alignment. */
  private read(name: string, type: BinaryType): ArrayBuffer {
    const column = this.column(name);
    if (column.type !== type) throw new Error(`${this.file}: column "${name}" is ${column.type}, not ${type}`);
    const out = new ArrayBuffer(column.bytes);
    const view = new Uint8Array(out);
    for (let read = 0; read < column.bytes; ) {
      const n = readSync(this.fd, view, read, column.bytes - read, column.offset + read);
      if (n === 0) throw new Error(`${this.file}: the file is shorter than when it was opened`);
      read += n;
    }
    return out;
  }
}
