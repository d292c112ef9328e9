/**
 * A JSON Lines file read by line number: one pass finds where each line starts, and a line
 * is read from disk when asked for. The file stays open, so a rebuild that replaces it
 * (written beside and renamed) does not change what this reader sees.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 22;

export class LinesFile {
  /** Byte offset of line i; starts[count] is one past the last line's newline. */
  private readonly starts: Float64Array;
  private readonly fd: number;
  readonly count: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'r');
    try {
      this.starts = lineStarts(this.fd, fstatSync(this.fd).size, file);
    } catch (e) {
      closeSync(this.fd);
      throw e;
    }
    this.count = this.starts.length - 1;
  }

  /** Line i as text, without its newline. */
  line(i: number): string {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`${this.file}: no line ${i + 1}`);
    const start = this.starts[i];
    const length = this.starts[i + 1] - start;
    const buffer = Buffer.allocUnsafe(length);
    readFully(this.fd, buffer, length, start, this.file);
    return buffer.toString('utf8', 0, buffer[length - 1] === 0x0a ? length - 1 : length);
  }

  /** Lines from..to-1 in order, read a chunk at a time. */
  each(from: number, to: number, visit: (text: string, i: number) => void): void {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let i = from;
    to = Math.min(to, this.count);
    while (i < to) {
      const start = this.starts[i];
      // As many whole lines as fit in a chunk; a longer line gets a buffer of its own.
      let end = i + 1;
      while (end < to && this.starts[end + 1] - start <= CHUNK) end++;
      if (this.starts[end] - start > CHUNK) {
        visit(this.line(i), i);
        i++;
        continue;
      }
      const length = this.starts[end] - start;
      readFully(this.fd, buffer, length, start, this.file);
      for (; i < end; i++) {
        const a = this.starts[i] - start;
        const b = this.starts[i + 1] - start;
        visit(buffer.toString('utf8', a, buffer[b - 1] === 0x0a ? b - 1 : b), i);
      }
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readFully(fd: number, buffer: Buffer, length: number, position: number, file: string): void {
  for (let read = 0; read < length; ) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new Error(`${file}: the file is shorter than when it was opened`);
    read += n;
  }
}

function lineStarts(fd: number, size: number, file: string): Float64Array {
  const starts: number[] = [0];
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (let position = 0; position < size; position += CHUNK) {
    const length = Math.min(CHUNK, size - position);
    readFully(fd, buffer, length, position, file);
    for (let nl = buffer.indexOf(0x0a, 0); nl >= 0 && nl < length; nl = buffer.indexOf(0x0a, nl + 1)) starts.push(position + nl + 1);
  }
  // A last line without a newline still counts.
  if (starts[starts.length - 1] !== size) starts.push(size);
  return Float64Array.from(starts);
}
