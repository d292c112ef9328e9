/**
 * Spelled-out ordinals: "third", "thirty-first", "sixteenth"; "ketiga", "kedua puluh sembilan", "kesebelas".
 * They fold into one ordinal token, as "ke-29" and "29th" do, so a series form next to one resolves to
 * its meeting. "first" and "pertama" alone are left as words: in reports they mostly mean "the first
 * time" or "the first summit of the year", not the first meeting of a series.
 */
import { hashStart } from './hash';

/**
 * What folding needs of the tokenizer's stream (tokens.ts's TokenStream), named here so that the tokenizer
 * can call the folding without the two files importing each other.
 */
export interface OrdinalStream {
  readonly text: string;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly hash: Int32Array;
  readonly ordinal: Int32Array;
  length: number;
  move(from: number, to: number): void;
  setOrdinal(i: number, end: number, ordinal: number): void;
}

const EN_UNITS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };
const EN_TEENS: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ID_UNITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const ID_ORDINALS: Record<string, number> = { kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10, kesebelas: 11 };

const table = (words: Record<string, number>): Map<number, number> => new Map(Object.entries(words).map(([w, n]) => [hashStart(w), n]));
const EN_UNIT = table(EN_UNITS);
const EN_TEEN = table(EN_TEENS);
const EN_TEN = table(EN_TENS);
const ID_UNIT = table(ID_UNITS);
const ID_ORDINAL = table(ID_ORDINALS);
const BELAS = hashStart('belas');
const PULUH = hashStart('puluh');
const FIRST = hashStart('first');

/** Do tokens a and a + 1 stand next to each other with only a space or one hyphen between them? */
function adjacent(s: OrdinalStream, a: number): boolean {
  if (a + 1 >= s.length || s.ordinal[a + 1]) return false;
  const gap = s.text.slice(s.end[a], s.start[a + 1]);
  return gap === ' ' || gap === '-' || gap === '\u2010' || gap === '\u2011';
}

/** The spelled ordinal starting at token i: [value, last token], or undefined. */
export function spelledOrdinalAt(s: OrdinalStream, i: number): [number, number] | undefined {
  const h = s.hash[i];
  if (s.ordinal[i]) return undefined;
  const teen = EN_TEEN.get(h);
  if (teen !== undefined) return [teen, i];
  const unit = EN_UNIT.get(h);
  if (unit !== undefined) return h === FIRST ? undefined : [unit, i];
  const ten = EN_TEN.get(h);
  if (ten !== undefined) {
    const u = adjacent(s, i) ? EN_UNIT.get(s.hash[i + 1]) : undefined;
    return u === undefined ? undefined : [ten + u, i + 1];
  }
  const id = ID_ORDINAL.get(h);
  if (id === undefined) return undefined;
  // "kedua belas" 12; "kedua puluh" 20, "kedua puluh sembilan" 29 (kesepuluh and kesebelas take neither).
  if (id < 10 && adjacent(s, i) && s.hash[i + 1] === BELAS) return [10 + id, i + 1];
  if (id < 10 && adjacent(s, i) && s.hash[i + 1] === PULUH) {
    const u = adjacent(s, i + 1) ? ID_UNIT.get(s.hash[i + 2]) : undefined;
    return u === undefined ? [id * 10, i + 1] : [id * 10 + u, i + 2];
  }
  return [id, i];
}

const STARTS = new Set([...EN_TEEN.keys(), ...EN_UNIT.keys(), ...EN_TEN.keys(), ...ID_ORDINAL.keys()]);
/** The start words' hashes as a bitmap: one load per word of a draft rules nearly all of them out before the set. */
const BITS = 1 << 12;
const START_BITMAP = new Uint8Array(BITS);
for (const h of STARTS) START_BITMAP[h & (BITS - 1)] = 1;
const mayStart = (s: OrdinalStream, i: number): boolean => START_BITMAP[s.hash[i] & (BITS - 1)] === 1 && STARTS.has(s.hash[i]);

/** Folds every spelled ordinal of the stream into one ordinal token. */
export function foldSpelledOrdinals(s: OrdinalStream): void {
  let w = 0;
  for (let i = 0; i < s.length; i++, w++) {
    const found = mayStart(s, i) ? spelledOrdinalAt(s, i) : undefined;
    if (w === i && !found) continue;
    s.move(i, w);
    if (found) {
      s.setOrdinal(w, s.end[found[1]], found[0]);
      i = found[1];
    }
  }
  s.length = w;
}
