/**
 * Words of a text, as the recogniser, the index and the validator all see them.
 *
 * One tokenizer for surface forms and for drafts is what makes "ASEAN-Rusia",
 * "ASEAN–Russia", "Officials’ Meeting" and "officials' meeting" meet: the
 * separators between words are not part of any key, and apostrophes vanish.
 */

export interface Token {
  start: number;
  end: number;
  /** The text as written (possessive 's dropped). */
  raw: string;
  /** Lowercased, diacritics and apostrophes removed: the lookup key. */
  norm: string;
  /** Set on "ke-42", "ke 42" and "42nd": the number they name. */
  ordinal?: number;
}

// Letters, marks and digits, with apostrophes inside or closing a word ("Officials’").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*['’ʼ]?/gu;
const APOSTROPHES = /['’ʼ]/g;
const POSSESSIVE = /['’ʼ]s$/i;
const ENGLISH_ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
const DIGITS = /^\d{1,4}$/;
// "ke-42", "ke–42", "ke 42": the gap may be one dash or spaces on one line.
const KE_GAP = /^(?:[ \t]*[-‐‑‒–—][ \t]*|[ \t]+)$/;

export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  // Only non-ASCII words pay for Unicode decomposition.
  const folded = /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
  return folded.replace(APOSTROPHES, '');
}

/** Words of text[from, to), with "ke-N" / "Nth" folded into ordinal tokens. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  WORD.lastIndex = from;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let raw = m[0];
    if (POSSESSIVE.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    const token: Token = { start: m.index, end: m.index + raw.length, raw, norm: normalizeWord(raw) };
    const english = ENGLISH_ORDINAL.exec(raw);
    if (english) token.ordinal = Number(english[1]);
    const prev = out[out.length - 1];
    if (prev && prev.norm === 'ke' && DIGITS.test(raw) && KE_GAP.test(text.slice(prev.end, token.start))) {
      out[out.length - 1] = { start: prev.start, end: token.end, raw: text.slice(prev.start, token.end), norm: `#${Number(raw)}`, ordinal: Number(raw) };
      continue;
    }
    if (token.ordinal !== undefined) token.norm = `#${token.ordinal}`;
    out.push(token);
  }
  return out;
}

/**
 * May two neighbouring words belong to one name? Spaces, a single line break,
 * hyphens and dashes join; other punctuation or a blank line ends the name.
 * A full stop joins only after an initial ("Chandra W.Yudha").
 */
export function joinable(text: string, left: Token, right: Token): boolean {
  let newlines = 0;
  let dashes = 0;
  for (let i = left.end; i < right.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0) continue;
    if (c === 0x0a) { if (++newlines > 1) return false; continue; }
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2014)) { if (++dashes > 1) return false; continue; }
    if (c === 0x2e && left.raw.length === 1 && dashes === 0) { dashes++; continue; }
    return false;
  }
  return true;
}

/** The key a surface form is stored and compared under: its words, normalized, space-joined. */
export function formKey(form: string): string {
  return tokenize(form).map((t) => t.norm).join(' ');
}

/** The form's words as written, for the case-sensitive acronym check. */
export function exactKey(form: string): string {
  return tokenize(form).map((t) => t.raw.replace(APOSTROPHES, '')).join(' ');
}

export function exactOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.raw.replace(APOSTROPHES, '')).join(' ');
}
