/**
 * Which parts of a Markdown draft are prose. Everything else (front matter,
 * fenced code, inline code, HTML comments and tags, link destinations, URLs)
 * is blanked with spaces, keeping length and line breaks, so offsets found in
 * the masked text are offsets in the draft.
 *
 * This is one linear pass rather than a Markdown parser: a full CommonMark
 * parse of a 1 MB draft costs more than the whole scan budget, and we only
 * need to know what to skip, not the document's structure.
 */

export type Range = [start: number, end: number];

/** What is not prose in a draft, as nonProseRanges finds it. */
export interface NonProse {
  readonly blocks: readonly Range[];
  readonly inline: readonly Range[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n/;
// Inline spans that are not prose: link destinations, autolinks, tags, bare URLs (comments are found
// apart, see commentRanges). Every repetition stops at the character that could start another match
// (a destination at "(", an autolink at "<"), so a draft of 80 KB of "](" costs one pass, not n².
// A destination may hold one level of balanced parentheses, as Wikipedia links do.
const INLINE = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|<(?:https?|mailto|ftp):[^<>\s]*>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|\b(?:https?|ftp):\/\/[^\s<>()]+/g;
// Tried only where a line starts with up to three spaces and "[" (a multiline ^ regex tries every position).
const REFERENCE_DEFINITION = / {0,3}\[[^\]\n]+\]:[^\n]*/y;
const LINE_END = /[\n\r\u2028\u2029]/g;

export function maskNonProse(text: string): string {
  const { blocks, inline } = nonProseRanges(text);
  return applyMask(text, blocks.length === 0 ? inline : [...blocks, ...inline]);
}

/**
 * What maskNonProse blanks, as ranges: `blocks` (front matter, fenced code; whole lines)
 * and `inline` (code spans, links, comments, tags, URLs), each sorted by start.
 * The incremental rescan keeps them to tell whether an edit can be re-masked locally.
 */
export function nonProseRanges(text: string): { blocks: Range[]; inline: Range[] } {
  const blocks = blockRanges(text);
  const inline: Range[] = [];
  forEachGap(text.length, blocks, (from, to) => inlineRanges(text, from, to, inline));
  inline.sort((a, b) => a[0] - b[0]);
  return { blocks, inline };
}

/**
 * Masks text[from, to) as a stretch outside any block (no front matter or fence in it),
 * as maskNonProse does for such a stretch: the masked slice and its ranges (absolute offsets).
 */
export function maskSegment(text: string, from: number, to: number): { masked: string; inline: Range[] } {
  const inline: Range[] = [];
  inlineRanges(text, from, to, inline);
  inline.sort((a, b) => a[0] - b[0]);
  const local = inline.map(([s, e]): Range => [s - from, e - from]);
  return { masked: applyMask(text.slice(from, to), local), inline };
}

/**
 * text[from, to) as maskNonProse masks it, given the whole text's ranges (nonProseRanges): a line
 * of a 1 MB draft without a masked copy of all of it.
 */
export function maskedSlice(text: string, ranges: { blocks: readonly Range[]; inline: readonly Range[] }, from: number, to: number): string {
  const local: Range[] = [];
  for (const list of [ranges.blocks, ranges.inline]) {
    for (const [s, e] of list) if (s < to && e > from) local.push([Math.max(s, from) - from, Math.min(e, to) - from]);
  }
  return applyMask(text.slice(from, to), local);
}

/** Both lists as one, sorted by start, overlaps merged (a reference definition's line may hold a URL too): what is masked, stretch by stretch. */
export function mergedRanges({ blocks, inline }: NonProse): Range[] {
  const all = [...blocks, ...inline].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (e > s) out.push([s, e]);
  }
  return out;
}

function inlineRanges(text: string, from: number, to: number, out: Range[]): void {
  const segment = from === 0 && to === text.length ? text : text.slice(from, to);
  const comments = commentRanges(segment);
  for (const [s, e] of comments) out.push([from + s, from + e]);
  // Link and tag syntax inside a comment is part of the comment.
  forEachGap(segment.length, comments, (gapFrom, gapTo) => {
    const gap = segment.slice(gapFrom, gapTo);
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(gap); m; m = INLINE.exec(gap)) out.push(maskedPart(m, from + gapFrom));
  });
  for (let line = 0; line < segment.length; ) {
    let i = line;
    while (i < line + 3 && segment.charCodeAt(i) === 0x20) i++;
    if (segment.charCodeAt(i) === 0x5b) {
      REFERENCE_DEFINITION.lastIndex = line;
      const m = REFERENCE_DEFINITION.exec(segment);
      if (m) out.push(maskedPart(m, from));
    }
    // The next line: after any line terminator, as a multiline ^ would have it.
    LINE_END.lastIndex = line;
    if (!LINE_END.test(segment)) break;
    line = LINE_END.lastIndex;
  }
  for (const [s, e] of codeSpans(segment)) out.push([from + s, from + e]);
}

/**
 * HTML comments, `<!--` to the next `-->`. Found with indexOf rather than a lazy regex: once one
 * comment is unclosed no later one can close, so 400 KB of "<!--" is one search, not n².
 */
function commentRanges(text: string): Range[] {
  const out: Range[] = [];
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out.push([open, close + 3]);
    open = close + 3;
  }
  return out;
}

/**
 * Code spans: a run of backticks closed by a run of the same length before the paragraph ends.
 * An unclosed run is literal text, as in CommonMark. The runs and paragraph ends are listed once,
 * and each run looks up the next run of its length, so the work is linear in the runs.
 */
function codeSpans(text: string): Range[] {
  const runs: { at: number; length: number }[] = [];
  const byLength = new Map<number, number[]>();
  const run = /`+/g;
  for (let m = run.exec(text); m; m = run.exec(text)) {
    byLength.get(m[0].length)?.push(runs.length) ?? byLength.set(m[0].length, [runs.length]);
    runs.push({ at: m.index, length: m[0].length });
  }
  if (runs.length < 2) return [];
  const paragraphEnds: number[] = [];
  const blankLine = /\n[ \t]*\r?\n/g;
  for (let m = blankLine.exec(text); m; m = blankLine.exec(text)) paragraphEnds.push(m.index);
  const cursor = new Map<number, number>();
  const out: Range[] = [];
  let paragraph = 0;
  for (let i = 0; i < runs.length; i++) {
    const { at, length } = runs[i];
    while (paragraph < paragraphEnds.length && paragraphEnds[paragraph] < at) paragraph++;
    const limit = paragraphEnds[paragraph] ?? text.length;
    const same = byLength.get(length)!;
    let k = cursor.get(length) ?? 0;
    while (k < same.length && same[k] <= i) k++;
    cursor.set(length, k);
    const close = same[k];
    if (close === undefined || runs[close].at >= limit) continue;
    out.push([at, runs[close].at + length]);
    i = close;
  }
  return out;
}

/** In a link destination only the part after "](" is hidden, so "[ARSOM](x)" keeps its label as prose. */
function maskedPart(m: RegExpExecArray, offset: number): Range {
  const start = offset + m.index;
  return m[0].startsWith('](') ? [start + 1, start + m[0].length] : [start, start + m[0].length];
}

/** Front matter and fenced code blocks: whole lines, found line by line. */
function blockRanges(text: string): Range[] {
  const out: Range[] = [];
  let pos = 0;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const close = findLine(text, front[0].length, (line) => line.trimEnd() === front[1] || (front[1] === '---' && line.trimEnd() === '...'));
    if (close) {
      out.push([0, close.end]);
      pos = close.end;
    }
  }
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const open = FENCE_OPEN.exec(text.slice(pos, lineEnd));
    if (open) {
      const fence = open[1];
      const close = findLine(text, nextLine(text, lineEnd), (line) => isClosingFence(line, fence));
      const end = close ? close.end : text.length;
      out.push([pos, end]);
      pos = end;
      continue;
    }
    pos = nextLine(text, lineEnd);
  }
  return out;
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return line.length - line.trimStart().length <= 3 && trimmed.length >= fence.length && trimmed === fence[0].repeat(trimmed.length);
}

function findLine(text: string, from: number, test: (line: string) => boolean): { end: number } | undefined {
  for (let pos = from; pos < text.length; ) {
    const lineEnd = endOfLine(text, pos);
    if (test(text.slice(pos, lineEnd))) return { end: lineEnd };
    pos = nextLine(text, lineEnd);
  }
  return undefined;
}

function endOfLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

const nextLine = (text: string, lineEnd: number): number => Math.min(text.length, lineEnd + 1);

/** Calls fn for each stretch of text not covered by the (sorted, disjoint) ranges. */
function forEachGap(length: number, ranges: readonly Range[], fn: (from: number, to: number) => void): void {
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) fn(pos, s);
    pos = Math.max(pos, e);
  }
  if (pos < length) fn(pos, length);
}

/** The text with the (possibly overlapping) ranges blanked; sorts `ranges` in place. */
export function applyMask(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (e <= pos) continue;
    const from = Math.max(s, pos);
    parts.push(text.slice(pos, from), blank(text.slice(from, e)));
    pos = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Spaces for everything but line breaks, so line numbers survive. */
const blank = (s: string): string => (/[\n\r]/.test(s) ? s.replace(/[^\n\r]/g, ' ') : ' '.repeat(s.length));
