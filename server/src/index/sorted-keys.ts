/**
 * Offsets into a PackedStrings, sorted by the text from each offset to the end
 * of its string. With the offsets of whole keys this answers "which keys start
 * with …"; with the offsets of every word after the first it answers "which
 * keys have a word starting with …", both by binary search: O(log n) per
 * lookup, 4 bytes per entry.
 */
import type { PackedStrings } from './packed-strings';
import { sortOffsets } from './string-sort';

/** A half-open run [lo, hi) of a SortedKeys. */
export interface Run {
  keys: SortedKeys;
  lo: number;
  hi: number;
}

const SPACE = 0x20;

export class SortedKeys {
  readonly offsets: Int32Array;

  /** `sorted`: the offsets are already in order (stored so by the compiled data). */
  constructor(
    readonly strings: PackedStrings,
    offsets: Int32Array,
    sorted = false,
  ) {
    this.offsets = sorted ? offsets : sortOffsets(strings.packed, offsets);
  }

  get size(): number {
    return this.offsets.length;
  }

  /** Entries that start with `prefix`. */
  prefix(prefix: string): Run {
    const lo = this.firstWhere((off) => comparePrefix(this.strings, off, prefix) >= 0, 0, this.size);
    const hi = this.firstWhere((off) => comparePrefix(this.strings, off, prefix) > 0, lo, this.size);
    return { keys: this, lo, hi };
  }

  /**
   * Entries whose first word is exactly `word`. They open the prefix run: the
   * terminator and the space sort below every letter and digit.
   */
  word(word: string): Run {
    const run = this.prefix(word);
    const p = this.strings;
    const n = word.length;
    run.hi = this.firstWhere((off) => p.code(off + n) > SPACE, run.lo, run.hi);
    return run;
  }

  private firstWhere(test: (offset: number) => boolean, lo: number, hi: number): number {
    const o = this.offsets;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(o[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** <0 if the text at off sorts before every text starting with prefix, 0 if it starts with it, >0 after. */
function comparePrefix(p: PackedStrings, off: number, prefix: string): number {
  for (let i = 0; i < prefix.length; i++) {
    const c = p.code(off + i);
    const k = prefix.charCodeAt(i);
    if (c !== k) return c - k; // also covers the terminator: END sorts below every key character
  }
  return 0;
}
