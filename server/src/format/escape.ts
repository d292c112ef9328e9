/**
 * Data is never trusted markup: a curator's "*" or "<script>" must show as
 * written, not as emphasis or HTML. Every data string goes through one of these
 * before it reaches a card.
 */

/** Line breaks and runs of spaces inside a data string become one space: card text is laid out by the renderer. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Control characters (ANSI escapes among them) would drive a terminal; drop them from plain text. */
export function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones with inline meaning.
const INLINE = /[\\`*_[\]{}()~|!#]/g;
// At the start of a string (which may start a line), these open a block: heading, quote, list, rule.
const BLOCK_START = /^(\s*)([-+=]|\d+(?=[.)]))/;

/**
 * Escapes text for a Markdown card so it renders literally: Markdown punctuation
 * is backslash-escaped, `&`, `<` and `>` become entities (so no HTML and no
 * autolinks), and line breaks become spaces (so data cannot start a block).
 */
export function escapeMarkdown(text: string): string {
  const inline = stripControls(oneLine(text))
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // "1. x" or "- x" at the start would become a list; escape the marker (for digits, the dot after them).
  return inline.replace(BLOCK_START, (_m, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

/** Quotation marks around a passage, unless it already opens with its own. */
export function quoted(text: string): string {
  return /^["“‘«']/.test(text) ? text : `“${text}”`;
}
