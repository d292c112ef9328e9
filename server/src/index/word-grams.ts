/**
 * Letter pairs (bigrams) of the distinct words of all completion keys, for
 * "which known words are one typo away from what was typed?".
 *
 * Words, not whole keys: names share words, so there are far fewer of them
 * (tens of thousands at 100,000 entities), and a multi-word query can
 * tolerate a typo in any word. Bigrams, not trigrams: swapping two letters of
 * a five-letter word ("Huorn" for "Hourn") leaves it no trigram in common with
 * the right spelling, but three bigrams. Postings are one Int32Array (CSR).
 */
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance';

/** Grams in more words than this say little; they are skipped unless every gram is that common. */
const COMMON_GRAM = 3000;
/** One typo destroys at most this many bigrams (a swap of two letters touches three). */
const GRAMS_PER_TYPO = 3;
/** Shorter words are only completed by prefix: one typo in three letters matches too much. */
export const MIN_FUZZY_LENGTH = 4;
/** Longer "words" are pasted junk, not typing; also keeps the per-word counters within a byte. */
const MAX_FUZZY_LENGTH = 64;

/** What a WordGramIndex is made of, as the compiled data stores it. */
export interface WordGramParts {
  words: readonly string[];
  /** Gram i's text. */
  grams: readonly string[];
  /** Words with gram i are postings[postStart[i], postStart[i + 1]). */
  postStart: Int32Array;
  postings: Int32Array;
}

export class WordGramIndex {
  private readonly gramId = new Map<string, number>();
  private readonly postStart: Int32Array;
  private readonly postings: Int32Array;
  readonly words: readonly string[];

  constructor(words: readonly string[] | WordGramParts) {
    if (!Array.isArray(words)) {
      const parts = words as WordGramParts;
      ({ words: this.words, postStart: this.postStart, postings: this.postings } = parts);
      parts.grams.forEach((g, i) => this.gramId.set(g, i));
      return;
    }
    this.words = words;
    const lists: number[][] = [];
    for (let w = 0; w < words.length; w++) {
      for (const g of gramsOf(words[w], false)) {
        let id = this.gramId.get(g);
        if (id === undefined) this.gramId.set(g, (id = lists.push([]) - 1));
        lists[id].push(w);
      }
    }
    this.postStart = new Int32Array(lists.length + 1);
    for (let i = 0; i < lists.length; i++) this.postStart[i + 1] = this.postStart[i] + lists[i].length;
    this.postings = new Int32Array(this.postStart[lists.length]);
    lists.forEach((list, i) => this.postings.set(list, this.postStart[i]));
  }

  /** The parts, for storing. */
  parts(): WordGramParts {
    return { words: this.words, grams: [...this.gramId.keys()], postStart: this.postStart, postings: this.postings };
  }

  /**
   * Words one typo from `typed` (or, when `partial`, words whose beginning is
   * one typo from it: the writer has not finished the word), at most `max`,
   * the ones sharing most letter pairs first.
   */
  similar(typed: string, partial: boolean, max: number): string[] {
    if (typed.length < MIN_FUZZY_LENGTH || typed.length > MAX_FUZZY_LENGTH) return [];
    const lists = this.postingsOf(typed, partial);
    const minShared = Math.max(1, lists.length - GRAMS_PER_TYPO);
    // Per-query counters: no state outlives the call.
    const counts = new Uint8Array(this.words.length);
    const found: number[] = [];
    for (const list of lists) {
      for (const w of list) {
        // Verify each word once, when it first shares enough grams.
        if (++counts[w] === minShared && this.matches(typed, this.words[w], partial)) found.push(w);
      }
    }
    return found
      .sort((a, b) => counts[b] - counts[a])
      .slice(0, max)
      .map((w) => this.words[w]);
  }

  private matches(typed: string, word: string, partial: boolean): boolean {
    if (partial) return word.length >= typed.length - 1 && prefixWithinOneEdit(typed, word);
    return Math.abs(word.length - typed.length) <= 1 && withinOneEdit(typed, word);
  }

  /** Postings of the typed word's grams that are rare enough to be worth walking. */
  private postingsOf(typed: string, partial: boolean): Int32Array[] {
    const all: Int32Array[] = [];
    for (const g of gramsOf(typed, partial)) {
      const id = this.gramId.get(g);
      if (id !== undefined) all.push(this.postings.subarray(this.postStart[id], this.postStart[id + 1]));
    }
    const rare = all.filter((p) => p.length <= COMMON_GRAM);
    if (rare.length || all.length === 0) return rare;
    return [all.reduce((a, b) => (b.length < a.length ? b : a))];
  }
}

/** Letter pairs of " word " (a partial word gets no closing space: it may go on). */
function gramsOf(word: string, partial: boolean): string[] {
  const padded = partial ? ` ${word}` : ` ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return [...out];
}
