import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMarkdown, oneLine, stripControls } from '../../../server/src/format/escape';

// markdown-it is a CommonMark renderer (it comes with @vscode/vsce); it tells what a reader would see.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new () => { render(s: string): string; renderInline(s: string): string };
const md = new MarkdownIt();

/** The text a reader sees in markdown-it's HTML, or undefined when it contains markup (a tag). */
function shownText(html: string): string | undefined {
  if (/<(?!\/?p>)/.test(html)) return undefined;
  const inner = html.replace(/^<p>|<\/p>\n$/g, '');
  return inner.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('escaping data text for Markdown cards', () => {
  it('shows a name full of Markdown and HTML exactly as the curator typed it', () => {
    const name = 'Bold *_[x](y)_* <script>alert(1)</script>';
    const escaped = escapeMarkdown(name);
    assert.ok(!escaped.includes('<script>'), escaped);
    assert.equal(shownText(md.render(escaped)), name);
  });

  it('does not let a description start a heading, a list, a quote or a rule', () => {
    for (const text of ['# Heading', '1. first', '2) second', '- item', '+ item', '* item', '> quoted', '---', '***', '===', '```js']) {
      assert.equal(shownText(md.render(escapeMarkdown(text))), text, text);
    }
  });

  it('keeps entities and backslashes literal', () => {
    for (const text of ['&amp; is not &', 'C:\\path\\to', '&#x41;', '\\*']) assert.equal(shownText(md.render(escapeMarkdown(text))), text, text);
  });

  it('puts a multi-line quote on one line', () => {
    assert.equal(escapeMarkdown('Pertemuan Pejabat Senior ASEAN-Rusia\n(ARSOM)'), 'Pertemuan Pejabat Senior ASEAN-Rusia \\(ARSOM\\)');
    assert.equal(oneLine('  a \n\n b\t'), 'a b');
  });

  it('drops terminal control characters', () => {
    assert.equal(stripControls('red\x1b[31m text\x07'), 'red[31m text');
  });

  it('renders any string of Markdown punctuation literally', () => {
    const unit = fc.constantFrom(...'*_[]()<>&#`\\!-+=.1a :|~{}"\'\n\t'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
        const expected = stripControls(oneLine(text));
        const html = md.render(escapeMarkdown(text));
        return expected === '' ? html === '' : shownText(html) === expected;
      }),
      { numRuns: 2000 },
    );
  });
});
