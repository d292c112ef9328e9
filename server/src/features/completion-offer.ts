/**
 * Whether a reference is plausibly being typed at the cursor, and which forms would continue it.
 * This decides the as-you-type offer (inline, ghost-text completion): it must stay silent in
 * ordinary prose, so it is much stricter than the list a writer asks for with Ctrl+Space.
 *
 * An offer needs all of:
 * - a typed phrase that some form of an entity *starts* with, letter for letter, every capital of
 *   the form typed as a capital: "Kao" offers Kao Kim Hourn, "ARS" ARSOM; "tim" does not offer
 *   Timor-Leste, "Ars" not ARSOM, "Hourn" (a later word of a name) nothing;
 * - at least 2 letters for an acronym (typed in capitals), 3 for a name;
 * - not a lone function word ("dan", "Pada", "the"), and not a number on its own ("2023") unless
 *   an ordinal is being written ("ke-4", "the 4", "42n"); a name ending in digits may ("ACV 20");
 * - something left to add: once the writer has typed a whole form ("ASEAN", "ARSOM"), nothing is
 *   offered, though longer forms begin with it: the most frequent words of a report would
 *   otherwise always carry a guess.
 */
import type { EntityIndex } from '../index/types';
import { isFunctionWord } from './function-words';
import { typedStarts, type Masker } from './completion-typed';

/** Offers per position, at most: VS Code shows the first and lets the writer cycle through the rest. */
export const MAX_OFFERS = 3;
/** Candidates looked at per typed phrase before the prefix filter. */
const QUERY_LIMIT = 20;
const MIN_ACRONYM = 2;
const MIN_NAME = 3;
/** Words looked back over: long official names ("Treaty of Amity and Cooperation in Southeast Asia"). */
const MAX_WORDS = 12;

export interface Offer {
  id: string;
  /** The form as the data writes it. */
  form: string;
  /** What the typed phrase becomes: the writer's own letters, then the rest of the form. */
  text: string;
}

export interface Offers {
  /** Where the typed phrase starts; it ends at the cursor. */
  start: number;
  offers: Offer[];
}

export function asYouTypeOffers(text: string, offset: number, masked: Masker, index: EntityIndex): Offers | undefined {
  for (const start of typedStarts(masked, text, offset, false, MAX_WORDS)) {
    const typed = text.slice(start, offset);
    if (!plausible(text, start, typed)) continue;
    const offers = continuations(typed, index);
    if (offers.length > 0) return { start, offers };
  }
  return undefined;
}

function continuations(typed: string, index: EntityIndex): Offer[] {
  const candidates = index.completion.query(typed, QUERY_LIMIT, { startsOnly: true });
  if (complete(typed, candidates.map((c) => c.label))) return [];
  const offers: Offer[] = [];
  for (const c of candidates) {
    const form = c.label;
    if (!continues(typed, form) || offers.some((o) => o.id === c.id)) continue;
    offers.push({ id: c.id, form, text: typed + form.slice(typed.length) });
    if (offers.length === MAX_OFFERS) break;
  }
  return offers;
}

const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const BARE_NUMBER = /(?:^|[^\p{L}\p{N}])(\p{N}+)$/u;
/** "ke-4", "ke 4" (Indonesian), "the 4" (English): an ordinal is being written. */
const ORDINAL_LEAD = /(?:^|[^\p{L}])(?:ke[-\u2010-\u2014 ]?|the )\p{N}+$/iu;
/** "42n", "1s", "3r", "4t" and their completions: an English ordinal suffix being typed. */
const ORDINAL_SUFFIX = /\p{N}(?:s|st|n|nd|r|rd|t|th)$/iu;

/** The phrase rules above, on the typed phrase (and the text before it, for "the 4"). */
export function plausible(text: string, start: number, typed: string): boolean {
  const letters = [...typed].filter((c) => LETTER.test(c));
  const acronymLike = letters.length > 0 && letters.every((c) => c !== c.toLowerCase());
  if (letters.length < (acronymLike ? MIN_ACRONYM : MIN_NAME) && !ORDINAL_SUFFIX.test(typed)) {
    if (!ordinalLead(text, start, typed)) return false;
  }
  const oneWord = !/[\s\-\u2010-\u2014]/.test(typed);
  if (oneWord && isFunctionWord(typed)) return false;
  // "ACV 20" may become ACV 2045; a number on its own ("pada 2023", "Tahun 2019") is not a reference.
  if (BARE_NUMBER.test(typed) && (oneWord || !LETTER.test(typed))) return ordinalLead(text, start, typed);
  return true;
}

/** The typed digits follow "ke-" or "the", in the phrase itself or right before it. */
function ordinalLead(text: string, start: number, typed: string): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return ORDINAL_LEAD.test(typed) || ORDINAL_LEAD.test(before + typed);
}

/**
 * Does `form` continue what was typed? Letter for letter (dashes and apostrophes alike), in the
 * form's case except that a capital may open a word the form writes in lower case (a sentence may
 * begin "Online scam…"), and with something left to add. Proper names and acronyms are written with
 * their capitals; the same letters in lower case are usually an ordinary word ("tim", "pertemuan").
 */
export function continues(typed: string, form: string): boolean {
  return form.length > typed.length && sameLetters(typed, form);
}

/** typed equals form's beginning, by the rule above. */
function sameLetters(typed: string, form: string): boolean {
  for (let i = 0; i < typed.length; i++) {
    const t = typed[i];
    const f = form[i];
    if (t === f) continue;
    if (fold(t) !== fold(f)) return false;
    const capitalOpening = f !== f.toUpperCase() && (i === 0 || !WORD_CHAR.test(typed[i - 1]));
    if (LETTER.test(t) && !capitalOpening) return false;
  }
  return true;
}

/** The writer has typed a whole form already ("ASEAN", "ARSOM"): the reference is complete. */
function complete(typed: string, forms: readonly string[]): boolean {
  return forms.some((form) => form.length === typed.length && sameLetters(typed, form));
}

const DASHES = /[\u2010-\u2015\u2212]/;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/;
const SPACES = /\s/;

/** Space and dashes alike ("Timor Leste" continues as Timor-Leste), as the completion index keys them. */
function fold(c: string): string {
  if (DASHES.test(c) || SPACES.test(c) || c === '-') return ' ';
  if (APOSTROPHES.test(c)) return "'";
  return c.toLowerCase();
}
