/**
 * Many short strings stored as one string plus an offset array. At 100,000
 * entities the completion index holds ~500,000 keys and millions of word
 * suffixes; as separate JS strings each would cost a header and a pointer,
 * here a suffix is just an Int32 offset into one flat (usually one-byte) string.
 */

/** Ends every string; sorts below the space that separates words, so "ab" < "ab c" < "abc". */
export const END = '\n';
export const END_CODE = 0x0a;

export class PackedStrings {
  /** start[i] is where string i begins; start[count] is the packed length. */
  private constructor(
    private text: string | undefined,
    readonly start: Int32Array,
    /** Or the text as Latin-1 bytes, as the compiled data stores it: no decoded copy is made. */
    private readonly bytes?: Uint8Array,
  ) {
    this.view = bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** The bytes as a Buffer, whose latin1 slices decode in native code. */
  private readonly view?: Buffer;

  /** The strings must not contain END (completion keys never do: whitespace folds to a space). */
  static from(strings: readonly string[]): PackedStrings {
    const start = new Int32Array(strings.length + 1);
    let at = 0;
    for (let i = 0; i < strings.length; i++) {
      start[i] = at;
      at += strings[i].length + 1;
    }
    start[strings.length] = at;
    return new PackedStrings(strings.length ? strings.join(END) + END : '', start);
  }

  /** Strings packed before (the compiled data stores them so). */
  static of(packed: string, start: Int32Array): PackedStrings {
    return new PackedStrings(packed, start);
  }

  /** The same, over Latin-1 bytes. */
  static ofLatin1(bytes: Uint8Array, start: Int32Array): PackedStrings {
    return new PackedStrings(undefined, start, bytes);
  }

  /** All the strings in one, each ended by END (decoded once, if held as bytes). */
  get packed(): string {
    return (this.text ??= this.view!.toString('latin1'));
  }

  /** The character code at an offset into the packed text. */
  code(offset: number): number {
    return this.bytes ? (offset < this.bytes.length ? this.bytes[offset] : NaN) : this.text!.charCodeAt(offset);
  }

  get count(): number {
    return this.start.length - 1;
  }

  get(i: number): string {
    if (!this.view) return this.text!.slice(this.start[i], this.start[i + 1] - 1);
    return this.view.toString('latin1', this.start[i], this.start[i + 1] - 1);
  }

  /** Length of string i without its terminator. */
  length(i: number): number {
    return this.start[i + 1] - this.start[i] - 1;
  }

  /** Which string an offset falls in (binary search over start). */
  indexAt(offset: number): number {
    const s = this.start;
    let lo = 0;
    let hi = s.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
