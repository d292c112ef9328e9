/**
 * The preview's tooltips: a draft rendered by markdown-it (as VS Code's preview does) with the plugin and
 * the terms the server would send, checked as HTML.
 */
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { abbrPlugin, type PreviewTerm } from '../../../client/src/preview-abbr';

const ARSOM: PreviewTerm = { text: 'ARSOM', title: "ASEAN-Russia Senior Officials' Meeting" };
const AOIP: PreviewTerm = { text: 'AOIP', title: 'ASEAN Outlook on the Indo-Pacific' };
const KTT42: PreviewTerm = { text: 'KTT ASEAN ke-42', title: 'KTT ASEAN ke-42 (Labuan Bajo, 10–11 Mei 2023)' };

function render(markdown: string, terms: readonly PreviewTerm[] | undefined, env: Record<string, unknown> = { currentDocument: 'file:///draft.md' }): string {
  const md = new MarkdownIt({ html: true });
  md.use(abbrPlugin, (e: unknown) => (e === env ? terms : undefined));
  // As VS Code's preview does: parse (and cache) with an env that names no document; render with the document's.
  return md.renderer.render(md.parse(markdown, {}), md.options, env);
}

describe('tooltips in the Markdown preview', () => {
  it('wraps an acronym in <abbr> with its expansion', () => {
    assert.equal(render('Hasil ARSOM dibahas.', [ARSOM]), `<p>Hasil <abbr title="ASEAN-Russia Senior Officials' Meeting">ARSOM</abbr> dibahas.</p>\n`);
  });

  it('wraps the whole ordinal phrase, in headings, lists, quotes and tables too', () => {
    const html = render('# KTT ASEAN ke-42\n\n- AOIP\n\n> AOIP\n\n| a |\n|---|\n| ARSOM |\n', [KTT42, AOIP, ARSOM]);
    assert.match(html, /<h1><abbr title="KTT ASEAN ke-42 \(Labuan Bajo, 10–11 Mei 2023\)">KTT ASEAN ke-42<\/abbr><\/h1>/);
    assert.match(html, /<li><abbr title="ASEAN Outlook on the Indo-Pacific">AOIP<\/abbr><\/li>/);
    assert.match(html, /<blockquote>\n<p><abbr title="ASEAN Outlook on the Indo-Pacific">AOIP<\/abbr><\/p>/);
    assert.match(html, /<td><abbr title="ASEAN-Russia Senior Officials' Meeting">ARSOM<\/abbr><\/td>/);
  });

  it('leaves code spans, code blocks, HTML and image alt text alone', () => {
    const html = render('`ARSOM` and <span title="ARSOM">x</span> ![ARSOM](a.png)\n\n```\nARSOM\n```\n', [ARSOM]);
    assert.doesNotMatch(html, /<abbr/);
  });

  it('wraps link text but keeps the link', () => {
    assert.equal(render('[AOIP](https://example.org/AOIP)', [AOIP]), '<p><a href="https://example.org/AOIP"><abbr title="ASEAN Outlook on the Indo-Pacific">AOIP</abbr></a></p>\n');
  });

  it('matches a term with regex characters as written (ASEAN+3)', () => {
    assert.equal(render('Forum ASEAN+3 dan ASEAN 3.', [{ text: 'ASEAN+3', title: 'ASEAN Plus Three' }]), '<p>Forum <abbr title="ASEAN Plus Three">ASEAN+3</abbr> dan ASEAN 3.</p>\n');
  });

  it('wraps whole words only', () => {
    assert.doesNotMatch(render('ARSOMX xAOIP AOIP-2 aoip', [ARSOM, AOIP]), /<abbr/);
  });

  it('escapes data like a card: markup in a title shows as written, on one line, without control characters', () => {
    const hostile: PreviewTerm = { text: 'AOIP', title: '"><script>alert(1)</script>\n  & \u001b[31mred' };
    assert.equal(render('AOIP', [hostile]), '<p><abbr title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; [31mred">AOIP</abbr></p>\n');
  });

  it('renders as without the plugin until the server has sent terms, and for other documents', () => {
    const plain = new MarkdownIt({ html: true }).render('Hasil ARSOM.');
    assert.equal(render('Hasil ARSOM.', undefined), plain);
    assert.equal(render('Hasil ARSOM.', [], {}), plain);
  });
});
