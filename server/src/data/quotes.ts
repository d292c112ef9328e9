/** Finding a quote verbatim in a source body, and saying why a near miss is not verbatim. */
import type { Span } from './dataset';
import type { LineMap } from './positions';

/** The article text of a source and how to turn body offsets into file positions. */
export interface SourceText {
  file: string;
  body: string;
  bodyOffset: number;
  lines: LineMap;
}

/** Where the quote first stands in the file, or undefined when it is not in the body verbatim. */
export function locateQuote(source: SourceText, quote: string): Span | undefined {
  const range = findVerbatim(source.body, quote);
  return range && source.lines.span(source.bodyOffset + range[0], source.bodyOffset + range[1]);
}

/**
 * [start, end) of the quote in the body. A line break in a quote matches
 * CRLF too: a Windows checkout (git autocrlf) must not break every
 * multi-line quote.
 */
function findVerbatim(body: string, quote: string): [number, number] | undefined {
  const at = body.indexOf(quote);
  if (at >= 0) return [at, at + quote.length];
  if (!body.includes('\r\n')) return undefined;
  const lf = body.replace(/\r\n/g, '\n');
  const lfQuote = quote.replace(/\r\n/g, '\n');
  const lfAt = lf.indexOf(lfQuote);
  return lfAt < 0 ? undefined : [fromLf(body, lfAt), fromLf(body, lfAt + lfQuote.length)];
}

/** The offset in `body` of offset `lfOffset` in body-with-CRLF-as-LF. */
function fromLf(body: string, lfOffset: number): number {
  let i = 0;
  for (let n = 0; n < lfOffset; n++, i++) if (body.charCodeAt(i) === 0x0d && body.charCodeAt(i + 1) === 0x0a) i++;
  return i;
}

const squashSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();
const plainMarks = (s: string): string => s.replace(/[‘’ʼ`]/g, "'").replace(/[“”„]/g, '"').replace(/[‐-―−]/g, '-');

/** A hint for a quote that is not verbatim: how the closest match differs, or '' when there is none. */
export function nearMiss(body: string, quote: string): string {
  const steps: [string, (s: string) => string][] = [
    ['it differs in whitespace', squashSpace],
    ['it differs in quote marks, apostrophes or dashes', (s) => squashSpace(plainMarks(s))],
    ['it differs in letter case', (s) => squashSpace(plainMarks(s)).toLowerCase()],
  ];
  for (const [hint, norm] of steps) if (norm(body).includes(norm(quote))) return hint;
  return '';
}
