/**
 * Words of a text, as the recogniser, the index and the validator all see them.
 *
 * One tokenizer for surface forms and for drafts is what makes "ASEAN-Rusia",
 * "ASEAN–Russia", "Officials’ Meeting" and "officials' meeting" meet: the
 * separators between words are not part of any key, and apostrophes vanish.
 *
 * The draft path is hot (a 1 MB draft has ~150,000 words), so words are kept
 * in typed arrays with their key's hash computed in the same pass; the key
 * string itself is built only for the few words that may start a form.
 */
import { hashExtend, hashStart } from './hash';
import { foldSpelledOrdinals } from './ordinal-words';

export interface Token {
  start: number;
  end: number;
  /** The text as written (possessive 's dropped). */
  raw: string;
  /** Lowercased, diacritics and apostrophes removed: the lookup key. Ordinals are "#42". */
  norm: string;
  /** Set on "ke-42", "ke 42" and "42nd": the number they name. */
  ordinal?: number;
}

const FNV_OFFSET = hashStart('');
const FNV_PRIME = 0x01000193;
const APOSTROPHES = /['’ʼ]/g;
/** Zero-width characters: invisible, so "AR\u200bSOM" is the word ARSOM, not "AR" and "SOM". */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const isInvisible = (c: number): boolean => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const ENGLISH_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Only non-ASCII words pay for Unicode decomposition.
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
  return folded.replace(APOSTROPHES, '').replace(INVISIBLE, '');
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc;
const isAsciiWord = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiWord(c);
  // Latin-1 and Latin Extended letters (Vietnamese, accented names) without a regex test.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  // Punctuation and dashes (U+2000-U+206F) are common between words: not letters.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** The words of a text in typed arrays; `norm(i)` and `raw(i)` build strings on demand. */
export class TokenStream {
  length = 0;
  start!: Int32Array;
  end!: Int32Array;
  /** keyHash of norm(i), so a word can be looked up without building its string. */
  hash!: Int32Array;
  /** The ordinal a token names, 0 for ordinary words. */
  ordinal!: Int32Array;
  /**
   * 1 when the word is ASCII letters and digits (apostrophes aside), so its key
   * is its text lowercased: matching compares it in place, without a string.
   */
  simple!: Uint8Array;
  /**
   * 1 + the token whose match steps over this one: an acronym in parentheses inside a name
   * ("Konferensi Tingkat Tinggi (KTT) ASEAN"), set by the recogniser while it walks from that token.
   */
  asideOf!: Int32Array;
  // Filled lazily: only words whose key is needed as a string ever get it built.
  private norms: Map<number, string> | undefined;

  constructor(
    public text: string,
    capacity: number,
  ) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.ordinal = new Int32Array(capacity);
    this.simple = new Uint8Array(capacity);
    this.asideOf = new Int32Array(capacity);
  }

  /** Empties the stream for another text, keeping its arrays when they are big enough. */
  reset(text: string, capacity: number): this {
    this.text = text;
    this.length = 0;
    this.norms = undefined;
    if (this.start.length < capacity) this.allocate(capacity);
    else this.asideOf.fill(0, 0, capacity);
    return this;
  }

  raw(i: number): string {
    return this.text.slice(this.start[i], this.end[i]);
  }

  /** The key of word i, computed each time (norm caches it): for callers that read each word once. */
  key(i: number): string {
    if (this.ordinal[i]) return `#${this.ordinal[i]}`;
    const raw = this.raw(i);
    return this.simple[i] && !/['’ʼ]/.test(raw) ? raw.toLowerCase() : normalizeWord(raw);
  }

  norm(i: number): string {
    if (this.ordinal[i]) return `#${this.ordinal[i]}`;
    const norms = (this.norms ??= new Map());
    let n = norms.get(i);
    if (n === undefined) norms.set(i, (n = normalizeWord(this.raw(i))));
    return n;
  }

  push(start: number, end: number, hash: number, ordinal: number, simple = 0): void {
    if (this.length === this.start.length) this.grow();
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = end;
    this.hash[i] = hash;
    this.ordinal[i] = ordinal;
    this.simple[i] = simple;
  }

  /** Turns the last token ("ke") and a number after it into one ordinal token "ke-42". */
  mergeOrdinal(end: number, ordinal: number): void {
    this.setOrdinal(this.length - 1, end, ordinal);
  }

  /** Token `from` becomes token `to` (to <= from): folding words into one token compacts the stream. */
  move(from: number, to: number): void {
    if (from === to) return;
    this.start[to] = this.start[from];
    this.end[to] = this.end[from];
    this.hash[to] = this.hash[from];
    this.ordinal[to] = this.ordinal[from];
    this.simple[to] = this.simple[from];
    this.norms = undefined;
  }

  /** Token i becomes an ordinal token ending at `end` ("thirty-first", "kedua puluh sembilan"). */
  setOrdinal(i: number, end: number, ordinal: number): void {
    this.end[i] = end;
    this.ordinal[i] = ordinal;
    this.hash[i] = hashStart(`#${ordinal}`);
    this.simple[i] = 0;
    this.norms?.delete(i);
  }

  private grow(): void {
    const size = this.start.length * 2 || 16;
    for (const key of ['start', 'end', 'hash', 'ordinal', 'asideOf'] as const) {
      const next = new Int32Array(size);
      next.set(this[key]);
      this[key] = next;
    }
    const simple = new Uint8Array(size);
    simple.set(this.simple);
    this.simple = simple;
  }
}

/** ASCII character classes: 0 not a word character, 1 digit, 2 lower-case letter, 3 upper-case letter. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_CLASS[c] = 2;
for (let c = 0x41; c <= 0x5a; c++) ASCII_CLASS[c] = 3;

/** Words of text[from, to), with "ke-N" / "Nth" folded into ordinal tokens. */
/**
 * The words of text[from, to). `reuse`: a stream whose arrays to fill again (the recogniser keeps
 * one, so scanning a 1 MB draft does not allocate megabytes of arrays each time).
 */
export function scanWords(text: string, from = 0, to = text.length, reuse?: TokenStream): TokenStream {
  // Prose averages 6-7 characters a word: size for that, so a 1 MB draft rarely grows the arrays.
  const capacity = Math.max(16, ((to - from) / 5) | 0);
  const out = reuse ? reuse.reset(text, capacity) : new TokenStream(text, capacity);
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (isWordChar(text, i)) i = readWord(text, i, to, out);
      else i++;
      continue;
    }
    let k = ASCII_CLASS[c];
    if (k === 0) {
      i++;
      continue;
    }
    // The common case inline: a run of ASCII letters ended by ASCII punctuation or space.
    const begin = i;
    let h = FNV_OFFSET;
    let kinds = 0;
    do {
      h = Math.imul(h ^ (k === 3 ? c + 32 : c), FNV_PRIME);
      kinds |= k;
      if (++i >= to) break;
      c = text.charCodeAt(i);
      k = c < 0x80 ? ASCII_CLASS[c] : 0;
    } while (k !== 0);
    // Apostrophes and non-ASCII letters take the full path from the word's start.
    if (i < to && (c >= 0x80 || c === 0x27)) i = readWord(text, begin, to, out);
    else if ((kinds & 1) === 0) out.push(begin, i, h, 0, 1);
    else if (kinds === 1) {
      // A number: "ke-42" folds into one ordinal token.
      if (i - begin > 4 || !mergeKe(text, begin, i, out, digitsValue(text, begin, i))) out.push(begin, i, h, 0, 1);
    } else {
      const ordinal = ASCII_CLASS[text.charCodeAt(begin)] === 1 ? englishOrdinalAt(text, begin, i) : 0;
      if (ordinal) out.push(begin, i, hashStart(`#${ordinal}`), ordinal, 0);
      else out.push(begin, i, h, 0, 1);
    }
  }
  foldSpelledOrdinals(out);
  return out;
}

/** Reads one word starting at i, pushes it, returns where scanning resumes. */
function readWord(text: string, begin: number, to: number, out: TokenStream): number {
  let h = FNV_OFFSET;
  let ascii = true;
  // Bit 1: some character is not a digit; checked for "ke-42" and "42nd" only.
  let kinds = 0;
  let i = begin;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const k = ASCII_CLASS[c];
      if (k !== 0) {
        h = Math.imul(h ^ (k === 3 ? c + 32 : c), FNV_PRIME);
        kinds |= k;
        continue;
      }
      if (c !== 0x27) break;
    } else if (!isApostrophe(c)) {
      if (isInvisible(c)) {
        // Inside a word it is part of the word (and of no key); after the word's last letter it ends it.
        if (i + 1 < to && isWordChar(text, i + 1)) {
          ascii = false;
          continue;
        }
        break;
      }
      if (!isWordChar(text, i)) break;
      ascii = false;
      kinds |= 2;
      if (c >= 0xd800 && c <= 0xdbff) i++;
      continue;
    }
    // An apostrophe belongs to the word when a letter follows it, or when it closes the word ("Officials’").
    if (i + 1 < to && isWordChar(text, i + 1)) continue;
    i++;
    break;
  }
  let end = i;
  if (end - begin > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 0x20) === 0x73) {
    end -= 2; // possessive 's
    ascii = false; // the hash included the s: recompute below
  }
  const digits = kinds === 1;
  if (digits && end - begin <= 4 && mergeKe(text, begin, end, out, Number(text.slice(begin, end)))) return i;
  // Most words are plain ASCII and never become a string here.
  const ordinal = (kinds & 1) !== 0 && ASCII_CLASS[text.charCodeAt(begin)] === 1 ? englishOrdinal(text.slice(begin, end)) : 0;
  if (ordinal) h = hashStart(`#${ordinal}`);
  else if (!ascii) h = hashStart(normalizeWord(text.slice(begin, end)));
  out.push(begin, end, h, ordinal, ascii && !ordinal ? 1 : 0);
  return i;
}

const KE = hashStart('ke');

/** "ke-42", "ke–42", "ke 42": "ke", then one dash or spaces on the same line, then the number. */
function mergeKe(text: string, begin: number, end: number, out: TokenStream, value: number): boolean {
  const prev = out.length - 1;
  if (prev < 0 || out.hash[prev] !== KE || out.ordinal[prev] || out.end[prev] - out.start[prev] !== 2) return false;
  let dashes = 0;
  for (let k = out.end[prev]; k < begin; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2014)) dashes++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  if (dashes > 1 || (dashes === 0 && begin === out.end[prev])) return false;
  out.mergeOrdinal(end, value);
  return true;
}

function digitsValue(text: string, begin: number, end: number): number {
  let n = 0;
  for (let i = begin; i < end; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
  return n;
}

/** englishOrdinal of text[begin, end) without a string: 1-4 digits, then st, nd, rd or th in any case. */
function englishOrdinalAt(text: string, begin: number, end: number): number {
  let i = begin;
  while (i < end && i - begin < 5 && ASCII_CLASS[text.charCodeAt(i)] === 1) i++;
  if (i - begin < 1 || i - begin > 4 || end - i !== 2) return 0;
  const a = text.charCodeAt(i) | 0x20;
  const b = text.charCodeAt(i + 1) | 0x20;
  const suffix = (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68);
  return suffix ? digitsValue(text, begin, i) : 0;
}

function englishOrdinal(raw: string): number {
  const m = ENGLISH_ORDINAL.exec(raw);
  return m ? Number(m[1]) : 0;
}

/** Words of a text as objects: for forms and tests; drafts use scanWords. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const s = scanWords(text, from, to);
  const out: Token[] = [];
  for (let i = 0; i < s.length; i++) {
    const token: Token = { start: s.start[i], end: s.end[i], raw: s.raw(i), norm: s.norm(i) };
    if (s.ordinal[i]) token.ordinal = s.ordinal[i];
    out.push(token);
  }
  return out;
}

/**
 * May two neighbouring words belong to one name? Spaces, a single line break,
 * hyphens and dashes join; other punctuation or a blank line ends the name.
 * A full stop joins only after an initial ("Chandra W.Yudha").
 */
export function joinable(text: string, leftEnd: number, rightStart: number, leftIsInitial: boolean): boolean {
  let newlines = 0;
  let dashes = 0;
  // The possessive 's the left word dropped ("Community's Post-2025") is part of the name, not a break.
  const start = isApostrophe(text.charCodeAt(leftEnd)) && (text.charCodeAt(leftEnd + 1) | 0x20) === 0x73 ? leftEnd + 2 : leftEnd;
  for (let i = start; i < rightStart; i++) {
    const c = text.charCodeAt(i);
    // Spaces of any width (thin, narrow no-break, ideographic) and zero-width characters join like a space.
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || isInvisible(c)) continue;
    if (c === 0x0a) {
      if (++newlines > 1) return false;
      continue;
    }
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2014)) {
      if (++dashes > 1) return false;
      continue;
    }
    if (c === 0x2e && leftIsInitial && dashes === 0) {
      dashes++;
      continue;
    }
    return false;
  }
  return true;
}

/** The key a surface form is stored and compared under: its words, normalized, space-joined. */
export function formKey(form: string): string {
  return tokenize(form).map((t) => t.norm).join(' ');
}

const exactWord = (raw: string): string => raw.replace(APOSTROPHES, '').replace(INVISIBLE, '');

/** The form's words as written, for the case-sensitive acronym check. */
export function exactKey(form: string): string {
  return tokenize(form).map((t) => exactWord(t.raw)).join(' ');
}

/** The same for words i..j of a stream, skipping ordinals. */
export function exactOfRange(s: TokenStream, first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last; k++) if (!s.ordinal[k] && s.asideOf[k] !== first + 1) words.push(exactWord(s.raw(k)));
  return words.join(' ');
}
