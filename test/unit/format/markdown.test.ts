import assert from 'node:assert/strict';
import { renderCardMarkdown, renderHitMarkdown } from '../../../server/src/format/markdown';
import type { Hit } from '../../../server/src/scan/hits';
import { fixtureIndex } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new () => { render(s: string): string; validateLink(url: string): boolean };
const md = new MarkdownIt();
// markdown-it refuses file: links by policy; VS Code's hover renderer allows them, which is what is checked here.
md.validateLink = () => true;

const index = fixtureIndex();
const cardOf = (id: string, lang: 'id' | 'en', at?: string) => renderCardMarkdown(index.byId.get(id)!, index, { lang, at });
const hit = (...candidates: Hit['candidates']): Hit => ({ start: 0, end: 5, candidates });

describe('hover cards in Markdown', () => {
  it('shows the ARSOM card in Indonesian with its Bali 2019 meeting and a link to the quote', () => {
    const card = cardOf('arsom', 'id');
    assert.ok(card.startsWith('**Pertemuan Pejabat Senior ASEAN-Rusia \\(ARSOM\\)**'), card);
    assert.ok(card.includes('*Rangkaian pertemuan* · Bahasa Inggris: ASEAN-Russia Senior Officials\' Meeting'), card);
    assert.ok(card.includes('- ke-16 — Nusa Dua, Bali, 19–20 Feb 2019'), card);
    assert.ok(card.includes('**Catatan kurator**'), card);
    assert.ok(card.includes('**Sumber**'), card);
    assert.ok(card.includes('](file:///reports/data/sources/antara-arsom-2019.md#L11,56)'), card);
  });

  it('shows the same card in English', () => {
    const card = cardOf('arsom', 'en');
    assert.ok(card.startsWith("**ASEAN-Russia Senior Officials' Meeting \\(ARSOM\\)**"), card);
    assert.ok(card.includes('- 16th — Nusa Dua, Bali, 19–20 Feb 2019'), card);
    assert.ok(card.includes('**Curator notes**') && card.includes('**Sources**'), card);
  });

  it('links every quote to its line and column, 1-based, with a plain file URI', () => {
    const card = cardOf('arsom-16', 'en');
    const links = [...card.matchAll(/\]\((file:[^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(links, [
      'file:///reports/data/sources/antara-arsom-2019.md#L12,9',
      'file:///reports/data/sources/antara-arsom-2019.md#L11,56',
      'file:///reports/data/sources/antara-arsom-2019.md#L14,25',
    ]);
    assert.ok(!card.includes('command:'));
  });

  it('renders as a real list of sources whose quotes are links a Markdown viewer opens', () => {
    const html = md.render(cardOf('arsom-16', 'en'));
    assert.match(html, /<ol>\s*<li>Antara, 19 February 2019, 14:05 WIB — <em>Indonesia tuan rumah[^<]*<\/em>\s*<ul>/);
    assert.ok(html.includes('<a href="file:///reports/data/sources/antara-arsom-2019.md#L12,9">“ke-16 di Nusa Dua, Bali, pada 19-20 Februari 2019”</a>'), html);
    assert.ok(html.includes('<li><strong>Chair:</strong> Chandra W. Yudha — Director of ASEAN External Cooperation</li>'), html);
  });

  it('marks an inferred source date', () => {
    assert.ok(cardOf('soc-com-20', 'en').includes('Kemlu RI, May 2024 (date inferred: the article names the meeting month only) — *SOC-COM ke-20*'));
  });

  it('renders a data name containing *_[]<script> literally, with no markup of its own', () => {
    const html = md.render(cardOf('markup-name', 'en'));
    assert.ok(!html.includes('<script>'), html);
    assert.ok(html.includes('<strong>Bold *_[x](y)_* &lt;script&gt;alert(1)&lt;/script&gt;</strong>'), html);
    assert.ok(html.includes('<p># not a heading &amp; &lt;b&gt;not bold&lt;/b&gt;</p>'), html);
    assert.ok(!/<(em|a|h1|b)>/.test(html.split('<strong>Sources</strong>')[0].replace(/<em>Term<\/em>/, '')), html);
  });

  it('shows every reading of an ambiguous hit, best first, separated by a rule', () => {
    const text = renderHitMarkdown(hit({ id: 'ascc-council', score: 2, via: 'alias' }, { id: 'ascc', score: 1, via: 'acronym' }), index, { lang: 'en' });
    const parts = text.split('\n\n---\n\n');
    assert.equal(parts.length, 3);
    assert.equal(parts[0], '*This may refer to any of 2 entries, most likely first.*');
    assert.ok(parts[1].startsWith('**ASCC Council**'), parts[1]);
    assert.ok(parts[2].startsWith('**ASEAN Socio-Cultural Community \\(ASCC\\)**'), parts[2]);
  });

  it('says the record has no 99th ASEAN Summit and shows the series', () => {
    const en = renderHitMarkdown(hit({ id: 'asean-summit', score: 1, via: 'alias', unknownOrdinal: 99 }), index, { lang: 'en' });
    assert.ok(en.startsWith('*The record has no 99th ASEAN Summit; showing the series.*\n\n**ASEAN Summit**'), en);
    const id = renderHitMarkdown(hit({ id: 'asean-summit', score: 1, via: 'alias', unknownOrdinal: 99 }), index, { lang: 'id' });
    assert.ok(id.startsWith('*Data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99; yang ditampilkan adalah rangkaiannya.*'), id);
  });

  it('shows nothing for a hit whose entities are not in the index', () => {
    assert.equal(renderHitMarkdown(hit({ id: 'gone', score: 1, via: 'name' }), index, { lang: 'en' }), '');
  });
});
