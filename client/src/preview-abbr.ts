/**
 * The markdown-it plugin behind the preview's tooltips: each reference the server recognised in the draft
 * is wrapped in `<abbr title="…">` where it is written as text (never in code, HTML or an image's alt).
 * Data is never markup: titles pass through the cards' own rules (one line, no control characters), then
 * HTML escaping; the reference itself stays a text token, escaped by markdown-it as always.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { oneLine, stripControls } from '../../server/src/format/escape';

/** Mirrors the server's PreviewTerm (server/src/features/preview-terms.ts). */
export interface PreviewTerm {
  text: string;
  title: string;
}

/** The terms of the document being rendered (from markdown-it's env), or none yet. */
export type TermsFor = (env: unknown) => readonly PreviewTerm[] | undefined;

/** Escapes what is special outside a character class (in 'u' mode, escaping anything else is an error). */
const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

interface Matcher {
  pattern: RegExp;
  titles: Map<string, string>;
}

const matchers = new WeakMap<readonly PreviewTerm[], Matcher>();

/** One regex per terms list: longest first (a name before the acronym inside it), whole words only. */
function matcherFor(terms: readonly PreviewTerm[]): Matcher | undefined {
  let m = matchers.get(terms);
  if (!m) {
    const titles = new Map(terms.filter((t) => t.text.trim() && t.title.trim()).map((t) => [t.text, t.title]));
    if (titles.size === 0) return undefined;
    const alternatives = [...titles.keys()].sort((a, b) => b.length - a.length).map((t) => escapeRegex(t).replace(/ /g, '\\s+'));
    m = { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu'), titles };
    matchers.set(terms, m);
  }
  return m;
}

/** The title attribute's value: the cards' rules for data text, then HTML escaping. */
export function titleAttribute(md: MarkdownIt, title: string): string {
  return md.utils.escapeHtml(stripControls(oneLine(title)));
}

function wrapped(state: StateCore, md: MarkdownIt, token: Token, m: Matcher): Token[] {
  const out: Token[] = [];
  const text = (content: string): void => {
    if (!content) return;
    const t = new state.Token('text', '', 0);
    t.content = content;
    out.push(t);
  };
  const html = (content: string): void => {
    const t = new state.Token('html_inline', '', 0);
    t.content = content;
    out.push(t);
  };
  let last = 0;
  for (const match of token.content.matchAll(m.pattern)) {
    const title = m.titles.get(match[0].replace(/\s+/g, ' '));
    if (!title) continue;
    text(token.content.slice(last, match.index));
    html(`<abbr title="${titleAttribute(md, title)}">`);
    text(match[0]);
    html('</abbr>');
    last = match.index + match[0].length;
  }
  if (last === 0) return [token];
  text(token.content.slice(last));
  return out;
}

export function abbrPlugin(md: MarkdownIt, termsFor: TermsFor): void {
  md.core.ruler.push('asean_ref_abbr', (state) => {
    const terms = termsFor(state.env);
    const m = terms && matcherFor(terms);
    if (!m) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      // A tooltip is a nicety: whatever goes wrong with one paragraph must not cost the writer the preview.
      try {
        block.children = block.children.flatMap((child) => (child.type === 'text' ? wrapped(state, md, child, m) : [child]));
      } catch {
        // The paragraph renders without tooltips.
      }
    }
  });

}
