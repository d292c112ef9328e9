/**
 * What has the writer typed? The words right before the cursor on its line
 * that can belong to one name, up to six: "KTT ASEAN ke-4|" offers the starts
 * of "ke-4", "ASEAN ke-4" and "KTT ASEAN ke-4"; completion tries the longest
 * first, so picking "KTT ASEAN ke-42" replaces all three words.
 */
import { paragraphEnd } from '../scan/paragraphs';
import { maskNonProse } from '../scan/prose';
import { joinable, tokenize, type Token } from '../text/tokens';

/** Words looked back over, at most: longer than any name a writer types before completing. */
export const MAX_WORDS = 6;

const DASH = /^[-\u2010-\u2014]$/;
const BLANKS = /^[ \t]+$/;
/** "Dr. Kao": a short capitalised word, a full stop, a space at most. */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;
const ABBREVIATION_GAP = /^\.[ \t]?$/;

/** text[from, to) with non-prose blanked, as the scan masks it (same length; line breaks kept). */
export type Masker = (from: number, to: number) => string;

/**
 * Offsets where the typed text may start, longest first; [] when nothing is typed.
 * `masked` masks stretches of `text`. When `explicit` (the writer asked for completion),
 * the cursor may follow a space: "KTT ASEAN |" then completes the phrase before it.
 */
export function typedStarts(masked: Masker, text: string, offset: number, explicit: boolean, maxWords = MAX_WORDS): number[] {
  if (offset <= 0) return [];
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = masked(lineStart, offset);
  // The character before the cursor was masked: the cursor is in or right after code, a link target, …
  if (line[line.length - 1] !== text[offset - 1]) return [];
  const words = tokenize(line);
  const last = words[words.length - 1];
  if (!last || !endsTyping(line.slice(last.end), explicit)) return [];
  let first = words.length - 1;
  while (first > 0 && words.length - first < maxWords && joins(line, words[first - 1], words[first])) first--;
  return words
    .slice(first)
    .map((w) => lineStart + w.start);
}

/** Between the last word and the cursor: nothing, a hyphen ("ke-"), or spaces on explicit request. */
function endsTyping(rest: string, explicit: boolean): boolean {
  return rest === '' || DASH.test(rest) || (explicit && BLANKS.test(rest));
}

/** The recogniser's rule, plus abbreviations that aliases spell out ("Dr. Kao Kim Hourn"). */
function joins(line: string, left: Token, right: Token): boolean {
  const initial = left.raw.length === 1 && left.raw !== left.raw.toLowerCase();
  if (joinable(line, left.end, right.start, initial)) return true;
  return ABBREVIATION.test(left.raw) && ABBREVIATION_GAP.test(line.slice(left.end, right.start));
}

/**
 * The text masked up to the end of the cursor's paragraph only, so a 1 MB draft
 * is not masked whole on every keystroke. What follows the paragraph cannot
 * make the cursor's text code: code spans and link targets end with their
 * paragraph, and a fence left open masks to the end of what is masked either way.
 * (An HTML comment closed only after a blank line is the exception; it is rare.)
 */
export function maskerUpTo(text: string, offset: number): Masker {
  const end = paragraphEnd(text, offset);
  const prose = maskNonProse(end < text.length ? text.slice(0, end) : text);
  return (from, to) => prose.slice(from, to);
}
