/**
 * The markdown-it plugin behind the preview's tooltips: each reference the server recognised in the draft
 * is wrapped in `<abbr title="…">` where it is written as text (never in code, HTML or an image's alt).
 * Data is never markup: titles pass through the cards' own rules (one line, no control characters), then
 * HTML escaping, as does the draft's own text around them.
 */
import type { MarkdownIt, RendererRule } from 'markdown-it';
import { oneLine, stripControls } from '../../server/src/format/escape';
import { escapeRegExp } from '../../server/src/text/regex';

/** Mirrors the server's PreviewTerm (server/src/features/preview-terms.ts). */
export interface PreviewTerm {
  text: string;
  title: string;
}

/** The terms of the document being rendered (from markdown-it's env), or none yet. */
export type TermsFor = (env: unknown) => readonly PreviewTerm[] | undefined;


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
    const alternatives = [...titles.keys()].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t).replace(/ /g, '\\s+'));
    m = { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu'), titles };
    matchers.set(terms, m);
  }
  return m;
}

/** The title attribute's value: the cards' rules for data text, then HTML escaping. */
export function titleAttribute(md: MarkdownIt, title: string): string {
  return md.utils.escapeHtml(stripControls(oneLine(title)));
}

/** The text with each match wrapped, all of it HTML-escaped; undefined when nothing matched. */
function wrapped(md: MarkdownIt, content: string, m: Matcher): string | undefined {
  const escape = md.utils.escapeHtml;
  let out = '';
  let last = 0;
  for (const match of content.matchAll(m.pattern)) {
    const title = m.titles.get(match[0].replace(/\s+/g, ' '));
    if (!title) continue;
    out += `${escape(content.slice(last, match.index))}<abbr title="${titleAttribute(md, title)}">${escape(match[0])}</abbr>`;
    last = match.index + match[0].length;
  }
  return last === 0 ? undefined : out + escape(content.slice(last));
}

/**
 * Wraps at render time, in the renderer's rule for text: VS Code parses a draft once (and caches the tokens)
 * with an env that does not name the document; only rendering is told which document it is.
 */
export function abbrPlugin(md: MarkdownIt, termsFor: TermsFor): void {
  const plain: RendererRule = md.renderer.rules.text ?? ((tokens, idx) => md.utils.escapeHtml(tokens[idx].content));
  md.renderer.rules.text = (tokens, idx, options, env, self) => {
    const terms = termsFor(env);
    const m = terms && matcherFor(terms);
    // A tooltip is a nicety: whatever goes wrong here must not cost the writer the preview.
    try {
      if (m) return wrapped(md, tokens[idx].content, m) ?? plain(tokens, idx, options, env, self);
    } catch {
      // rendered as plain text below
    }
    return plain(tokens, idx, options, env, self);
  };
}
