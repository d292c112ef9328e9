import assert from 'node:assert/strict';
import path from 'node:path';
import { loadDataDir } from '../../../server/src/data/load';
import { renderCardMarkdown, safeLink } from '../../../server/src/format/markdown';
import { renderCardText } from '../../../server/src/format/text';
import { buildIndex } from '../../../server/src/index/build';
import { openDraft } from '../helpers/service';
import { fixtures, problemsOf } from './helpers';

describe('evidence of the second kind: a cited public web page', () => {
  describe('data:check', () => {
    it('rejects a citation without title or publisher, an http address, an entity with no evidence, and a page read before it was published', () => {
      assert.deepEqual(problemsOf('citation-missing'), [
        'entities/e.json:8:19: missing required property "publisher" (required unless "source" is given)',
        'entities/e.json:8:19: missing required property "title" (required unless "source" is given)',
        'entities/e.json:15:28: "sources[0].url" must be an https:// address without spaces (got "http://example.org/b")',
        'entities/e.json:22:18: "sources" must list at least 1 item',
        'entities/e.json:29:131: date consulted "2026-12-02" is before publication date ("published") "2026-12-05"',
      ]);
    });

    it('rejects a cited meeting date that puts the 3rd meeting before the quoted 2nd, and a cited term that leaves out a quoted day', () => {
      const dir = path.join(fixtures, 'citation-contradicts');
      const { problems } = loadDataDir(dir);
      assert.deepEqual(problems.map((p) => p.rule), ['citation-contradicts-quote', 'citation-contradicts-quote']);
      assert.deepEqual(problemsOf('citation-contradicts'), [
        'entities/e.json:27:27: meeting 3 of series "summit" starts 2018-11, before meeting 2 (2019-02-19) — "summit-2" (in e.json:16); this date is cited, that one quoted',
        'entities/e.json:37:62: the cited term of "Chair" (2020-01-01 to 2024) leaves out 2019-02-19, when source "s" quotes the same role (roles[0])',
      ]);
    });

    it('accepts quotes and citations side by side and counts them apart', () => {
      const { problems, stats } = loadDataDir(path.join(fixtures, 'cited'));
      assert.deepEqual(problems, []);
      // Two quotes; three distinct pages (the person's page is cited twice).
      assert.deepEqual({ quotes: stats.quotes, citations: stats.citations }, { quotes: 2, citations: 3 });
    });
  });

  describe('what a writer sees', () => {
    const { dataset } = loadDataDir(path.join(fixtures, 'cited'));
    const index = buildIndex(dataset);
    const card = (id: string, lang: 'en' | 'id' = 'en') => renderCardMarkdown(index.byId.get(id)!, index, { lang });

    it('hovering a meeting with a quote and a cited page marks the dates cited and the place verified', () => {
      const md = card('summit-2');
      assert.match(md, /- \*\*Dates:\*\* 19 February 2019 · \*cited\*/);
      assert.match(md, /- \*\*Place:\*\* Jakarta · \*verified in a shipped article\*/);
      assert.match(md, /2\. Example Secretariat, 20 February 2019 — \[\*Chair's statement \\\(2nd\\\)\*\]\(https:\/\/example\.org\/2nd-summit\) \(web page, consulted 2 December 2026\)/);
    });

    it('the Indonesian card says dirujuk and diakses', () => {
      const md = card('summit-2', 'id');
      assert.match(md, /\*\*Tanggal:\*\* 19 Februari 2019 · \*dirujuk\*/);
      assert.match(md, /halaman web, diakses 2 Desember 2026/);
    });

    it('a cited-only card links its page and escapes the page title and publisher', () => {
      const md = card('summit-3');
      assert.match(md, /\*\*Dates:\*\* 2–4 November 2019 · \*cited\*/);
      assert.ok(md.includes('Example \\*News\\* — [*Third summit &lt;opens&gt;*](https://example.org/3rd-summit)'), md);
      assert.ok(!md.includes('<opens>'));
    });

    it('a person card marks each role by its evidence', () => {
      const md = card('p');
      assert.match(md, /- Chair — seen 19 Feb 2019 · \*verified in a shipped article\*/);
      assert.match(md, /- Chair — 2018 – 2020 · \*cited\*/);
    });

    it('a card with only quoted facts carries no marks', () => {
      assert.ok(!/verified in a shipped article|· \*cited\*/.test(card('summit')));
    });

    it('lookup prints the page address and when it was consulted', () => {
      const text = renderCardText(index.byId.get('summit-3')!, index, { lang: 'en' });
      assert.match(text, /Dates: 2–4 November 2019 \(cited\)/);
      assert.match(text, /\[1\] Example \*News\* — Third summit <opens>\n\s+https:\/\/example\.org\/3rd-summit \(web page, consulted 2 December 2026\)/);
    });

    it('Go to Definition on a cited-only meeting opens nothing, not even its series', () => {
      const text = 'Hasil 3rd ASEAN Summit dan 2nd ASEAN Summit.';
      const { service, doc, ctx } = openDraft(index, text);
      assert.deepEqual(service.definition(ctx, doc.positionAt(text.indexOf('3rd') + 1)), []);
      assert.equal(service.definition(ctx, doc.positionAt(text.indexOf('2nd') + 1)).length, 1);
    });
  });

  describe('links on cards', () => {
    it('links only http and https addresses, with brackets and spaces encoded', () => {
      assert.equal(safeLink('https://example.org/a_(b) c'), 'https://example.org/a_%28b%29%20c');
      assert.equal(safeLink('javascript:alert(1)'), undefined);
      assert.equal(safeLink('command:workbench.action.quit'), undefined);
      assert.equal(safeLink('file:///etc/passwd'), undefined);
      assert.equal(safeLink('not a url'), undefined);
    });
  });
});
