/**
 * Paragraphs: stretches of text between blank lines ("\n[ \t]*\r?\n"). A reference never crosses
 * one, so the incremental scan, completion's masking and the hover's "meeting this paragraph is
 * about" all cut the text here, by this one definition.
 */

/** text[nl] is "\n" (or nl is -1, before the text): is the next line blank? Where that blank line's "\n" is, or -1. */
export function isBlankLineAt(text: string, nl: number): number {
  let i = nl + 1;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (text.charCodeAt(i) === 0x0d) i++;
  return text.charCodeAt(i) === 0x0a ? i : -1;
}

/** Where the paragraph holding `offset` ends: the "\n" before the next blank line, or the text's end. */
export function paragraphEnd(text: string, offset: number): number {
  for (let nl = text.indexOf('\n', offset); nl >= 0; nl = text.indexOf('\n', nl + 1)) if (isBlankLineAt(text, nl) >= 0) return nl;
  return text.length;
}

/** Where the paragraph holding `offset` starts: just after the last blank line before it, or 0. */
export function paragraphStart(text: string, offset: number): number {
  for (let nl = text.lastIndexOf('\n', offset - 1); nl > 0; ) {
    const prev = text.lastIndexOf('\n', nl - 1);
    if (isBlankLineAt(text, prev) === nl) return nl + 1;
    nl = prev;
  }
  return 0;
}

/**
 * Every paragraph of the text as [start, end), in order, as paragraphStart and paragraphEnd bound them:
 * the blank lines between them belong to none (they hold nothing but white space).
 */
export function paragraphRanges(text: string): [start: number, end: number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const blank = isBlankLineAt(text, nl);
    if (blank < 0) continue;
    if (nl > start) out.push([start, nl]);
    start = blank + 1;
    // The blank line's own line break may start another blank line.
    nl = blank - 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
