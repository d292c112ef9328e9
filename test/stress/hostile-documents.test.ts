/**
 * Hostile drafts opened in the editor: huge, one enormous line, an acronym a hundred thousand
 * times, deep nesting, and the inputs that made masking quadratic. The server publishes (capped)
 * diagnostics, answers a hover, and takes a keystroke, each within the wait limit: never a freeze.
 */
import assert from 'node:assert/strict';
import { hoverText, LspClient } from '../lsp/helpers/client';
import { count, FULL } from './counts';

const MB = 1024 * 1024;
const paragraph = 'KTT ASEAN ke-42 di Labuan Bajo membahas AOIP, ARSOM dan `kode` serta [tautan](https://asean.org/x).\n\n';

const DOCUMENTS: [name: string, text: () => string][] = [
  [`${FULL ? 5 : 1} MB of Markdown`, () => paragraph.repeat(Math.ceil(((FULL ? 5 : 1) * MB) / paragraph.length))],
  ['a 1 MB single line', () => 'ARSOM dan AOIP '.repeat(Math.ceil(MB / 15))],
  [`${count(20, 100)},000 acronyms in a row`, () => 'ARSOM '.repeat(count(20_000, 100_000))],
  ['10,000 levels of nested quotes and lists', () => Array.from({ length: 10_000 }, (_, i) => `${'> '.repeat(i % 200)}- ${'  '.repeat(i % 50)}ARSOM\n`).join('')],
  ['400 KB of unclosed "<!--"', () => 'ARSOM ' + '<!--'.repeat(100_000)],
  ['80 KB of "](" ', () => 'ARSOM ' + ']('.repeat(40_000)],
  ['600 KB of "<http:"', () => 'ARSOM ' + '<http:'.repeat(100_000)],
  ['a 1 MB paragraph of code spans', () => 'ARSOM ' + '`a` '.repeat(250_000)],
];

describe('hostile drafts', function () {
  this.timeout(FULL ? 300000 : 120000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: { aseanRef: { cardLanguage: 'en' } } });
  });
  after(async () => client?.stop());

  DOCUMENTS.forEach(([name, make], i) => {
    it(`${name}: capped diagnostics, a hover and a keystroke answered`, async () => {
      const uri = `file:///tmp/hostile-${i}.md`;
      const text = make();
      const { diagnostics } = await client.open(uri, text);
      assert.ok(diagnostics.length <= 1001, `${diagnostics.length} diagnostics`);
      assert.ok(hoverText(await client.hover(uri, { line: 0, character: 2 })).includes('ASEAN'), 'no card for the first ARSOM');
      const after = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x ' }]);
      assert.ok(after.diagnostics.length <= 1001);
      assert.ok(hoverText(await client.hover(uri, { line: 0, character: 4 })).includes('ASEAN'), 'no card after the keystroke');
      await client.close(uri);
    });
  });

  it('the last of 1,000+ findings says how many more there are', async () => {
    const uri = 'file:///tmp/hostile-many.md';
    const { diagnostics } = await client.open(uri, 'SOM dan KTT ASEAN ke-99.\n'.repeat(1500));
    assert.equal(diagnostics.length, 1001);
    assert.match(String(diagnostics[1000].message), /… dan \d+ temuan lain tidak ditampilkan|… and \d+ more findings not shown/);
    await client.close(uri);
  });
});
