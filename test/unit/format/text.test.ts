import assert from 'node:assert/strict';
import { renderCardText } from '../../../server/src/format/text';
import { fixtureIndex } from './fixtures';

const index = fixtureIndex();
const text = (id: string, options: Parameters<typeof renderCardText>[2]) => renderCardText(index.byId.get(id)!, index, options);
const ESC = '\x1b';

describe('cards as plain text for asean-ref lookup', () => {
  it('looking up ARSOM prints sections, indented meetings and the source as path:line:col', () => {
    const out = text('arsom', { lang: 'en' });
    const lines = out.split('\n');
    assert.equal(lines[0], "ASEAN-Russia Senior Officials' Meeting (ARSOM)");
    assert.equal(lines[1], 'Meeting series · Indonesian: Pertemuan Pejabat Senior ASEAN-Rusia');
    assert.ok(lines.includes('  Meetings:'), out);
    assert.ok(lines.includes('    16th — Nusa Dua, Bali, 19–20 Feb 2019'), out);
    assert.ok(lines.includes('    [1] Antara, 19 February 2019, 14:05 WIB — Indonesia tuan rumah pertemuan pejabat senior ASEAN-Rusia'), out);
    assert.ok(lines.includes('        “Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)”'), out);
    assert.ok(lines.includes('          /reports/data/sources/antara-arsom-2019.md:11:56'), out);
  });

  it('has no Markdown and no colour codes unless colour is asked for', () => {
    for (const id of ['arsom', 'arsom-16', 'chandra-w-yudha', 'soc-com-20']) {
      const out = text(id, { lang: 'id' });
      assert.ok(!out.includes(ESC), id);
      assert.ok(!/\*\*|\]\(|file:\/\/|\\[()*_-]/.test(out), out);
    }
    const colored = text('arsom', { lang: 'id', color: true });
    assert.ok(colored.includes(`${ESC}[1mPertemuan Pejabat Senior ASEAN-Rusia (ARSOM)${ESC}[0m`), colored);
    assert.ok(colored.includes(`${ESC}[36m`), colored);
  });

  it('prints a data name with markup characters as typed, and strips control characters from data', () => {
    const evil = { id: 'evil', kind: 'term' as const, name: { en: 'Red\x1b[31m *_[x]_* <b>' }, description: { en: 'x', id: 'x' }, sources: [{ source: 'nowhere', quote: 'q\x07uote' }] as [{ source: string; quote: string }] };
    const withEvil = fixtureIndex([evil]);
    const out = renderCardText(evil, withEvil, { lang: 'en' });
    assert.ok(out.startsWith('Red[31m *_[x]_* <b>\n'), out);
    assert.ok(!out.includes(ESC) && !out.includes('\x07'), out);
    assert.ok(out.includes('source nowhere not found'), out);
  });

  it('shows a person’s role at a meeting date in the card language', () => {
    assert.ok(text('joko-kusnanto-anggoro', { lang: 'id', at: '2024-05-08' }).includes('  Jabatan pada 8 Mei 2024: Duta Besar, Direktur Jenderal Kerja Sama ASEAN\n'));
  });
});
