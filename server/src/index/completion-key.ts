/**
 * Keys the completion index compares, separate from the recogniser's formKey:
 * completion must treat "ke-4" as the two words "ke" and "4" so that it is a
 * prefix of "ke 42", whereas formKey folds "ke-42" into one ordinal token.
 */

const APOSTROPHES = /['’ʼ‘`]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** Diacritics folded, apostrophes removed, runs of anything else one space, trimmed; case kept. */
function fold(text: string): string {
  // Only non-ASCII text pays for Unicode decomposition (the common case is plain ASCII).
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text;
  return plain.replace(APOSTROPHES, '').replace(NON_WORD, ' ').trim();
}

/** "KTT ASEAN ke-4" → "ktt asean ke 4"; "Officials’ Meeting" → "officials meeting". */
export const completionKey = (text: string): string => fold(text.toLowerCase());

/** The same with case kept, for the case-sensitive acronym tier ("ARS" must not match "Arsip"). */
export const exactCompletionKey = (text: string): string => fold(text);
