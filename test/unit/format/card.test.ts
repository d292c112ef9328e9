import assert from 'node:assert/strict';
import { buildCard, type Card } from '../../../server/src/format/card';
import { ARTICLE, fixtureIndex } from './fixtures';

const index = fixtureIndex();
const card = (id: string, options: Parameters<typeof buildCard>[2]): Card => buildCard(index.byId.get(id)!, index, options);
const fact = (c: Card, label: string) => c.facts.find((f) => f.label === label)?.value;
const list = (c: Card, label: string) => c.lists.find((l) => l.label === label);

describe('the card model', () => {
  it('names ARSOM with its acronym, gives the other language and the kind in the card language', () => {
    const id = card('arsom', { lang: 'id' });
    assert.equal(id.title, 'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)');
    assert.deepEqual(id.otherName, { label: 'Bahasa Inggris', text: "ASEAN-Russia Senior Officials' Meeting" });
    assert.equal(id.kindLabel, 'Rangkaian pertemuan');
    assert.equal(id.description, 'Pertemuan tahunan pejabat senior ASEAN dan Rusia.');
    const en = card('arsom', { lang: 'en' });
    assert.equal(en.title, "ASEAN-Russia Senior Officials' Meeting (ARSOM)");
    assert.deepEqual(en.otherName, { label: 'Indonesian', text: 'Pertemuan Pejabat Senior ASEAN-Rusia' });
    assert.equal(en.kindLabel, 'Meeting series');
  });

  it('does not repeat an acronym the name already contains, and falls back to the English name', () => {
    assert.equal(card('arsom-16', { lang: 'id' }).title, 'ARSOM ke-16');
    const country = card('indonesia', { lang: 'id' });
    assert.equal(country.title, 'Indonesia');
    assert.equal(country.otherName, undefined);
  });

  it('gives a meeting its dates, place, chair with the title held then, host, participants and series', () => {
    const c = card('arsom-16', { lang: 'id' });
    assert.equal(fact(c, 'Tanggal'), '19–20 Februari 2019');
    assert.equal(fact(c, 'Tempat'), 'Nusa Dua, Bali, Indonesia');
    assert.equal(fact(c, 'Ketua'), 'Chandra W. Yudha — Direktur Kerja Sama Eksternal ASEAN');
    assert.equal(fact(c, 'Tuan rumah'), 'Indonesia');
    assert.equal(fact(c, 'Peserta'), 'Indonesia, delegasi Rusia');
    assert.equal(fact(c, 'Rangkaian'), 'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)');
    assert.deepEqual(list(c, 'Pertemuan lain dalam rangkaian ini')?.items, ['ke-15 — Moscow, Mei 2018']);
  });

  it('lists a series’ meetings with ordinal, place and date', () => {
    assert.deepEqual(list(card('arsom', { lang: 'en' }), 'Meetings')?.items, ['15th — Moscow, May 2018', '16th — Nusa Dua, Bali, 19–20 Feb 2019']);
  });

  it('shows only the latest ten meetings of a long series and says how many are left out', () => {
    const meetings = Array.from({ length: 12 }, (_, i) => ({
      id: `long-${i + 1}`, kind: 'meeting' as const, name: { en: `Long ${i + 1}` }, description: { en: 'x', id: 'x' },
      series: 'long', ordinal: i + 1, dates: { start: `${2000 + i}` }, sources: [{ source: 'antara-arsom-2019', quote: 'Chandra W. Yudha' }] as [{ source: string; quote: string }],
    }));
    const series = { id: 'long', kind: 'meeting-series' as const, name: { en: 'Long' }, description: { en: 'x', id: 'x' }, sources: meetings[0].sources };
    const big = fixtureIndex([series, ...meetings]);
    const l = buildCard(series, big, { lang: 'en' }).lists[0];
    assert.equal(l.items.length, 10);
    assert.equal(l.items[0], '3rd — 2002');
    assert.equal(l.more, '… and 2 earlier meetings');
  });

  it('gives a person the role held at the meeting the text is about', () => {
    const c = card('joko-kusnanto-anggoro', { lang: 'id', at: '2024-05-08' });
    assert.deepEqual(c.facts, [{ label: 'Jabatan pada 8 Mei 2024', value: 'Duta Besar, Direktur Jenderal Kerja Sama ASEAN' }]);
    assert.equal(c.lists.find((l) => l.label === 'Jabatan'), undefined);
    const during = card('chandra-w-yudha', { lang: 'en', at: '2022-03-01' });
    assert.deepEqual(during.facts, [{ label: 'Role on 1 March 2022', value: 'Ambassador to Norway' }]);
  });

  it('lists every role with its dates when the role at that date is not certain', () => {
    // "from 2018" with no end says nothing about 2020; the card must not guess.
    const c = card('chandra-w-yudha', { lang: 'en', at: '2020-06-01' });
    assert.deepEqual(c.facts, []);
    assert.deepEqual(list(c, 'Roles')?.items, ['Director of ASEAN External Cooperation — since 2018; seen 19 Feb 2019', 'Ambassador to Norway — Jan 2021 – Jun 2024']);
    assert.deepEqual(list(card('chandra-w-yudha', { lang: 'id' }), 'Jabatan')?.items.length, 2);
  });

  it('shows related entities both ways', () => {
    assert.deepEqual(list(card('arsom', { lang: 'en' }), 'Related')?.items, ['Related to: Russia']);
    assert.deepEqual(list(card('chandra-w-yudha', { lang: 'en' }), 'Related')?.items, ["Chaired: 16th ASEAN-Russia Senior Officials' Meeting (19–20 Feb 2019)"]);
    assert.ok(list(card('indonesia', { lang: 'id' }), 'Terkait')?.items.includes('Tuan rumah: ARSOM ke-16 (19–20 Feb 2019)'));
  });

  it('carries the curator’s note in the card language with the passage it is about', () => {
    const [note] = card('arsom', { lang: 'id' }).notes;
    assert.equal(note.text, 'Antara menyebutnya pertemuan menteri; ini pertemuan pejabat senior.');
    assert.deepEqual(note.source?.passages[0].location, { file: ARTICLE, start: { line: 10, character: 55 } });
  });

  it('cites each article once with every passage the card relies on, a role’s evidence included', () => {
    const c = card('arsom-16', { lang: 'en' });
    assert.equal(c.sources.length, 1);
    const [s] = c.sources;
    assert.equal(s.publisher, 'Antara');
    assert.equal(s.date, '19 February 2019, 14:05 WIB');
    assert.deepEqual(s.passages.map((p) => p.quote), ['ke-16 di Nusa Dua, Bali, pada 19-20 Februari 2019', 'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)', 'Direktur Kerja Sama Eksternal ASEAN']);
  });

  it('marks an inferred publication date with the reason', () => {
    const [s] = card('soc-com-20', { lang: 'id' }).sources;
    assert.equal(s.date, 'Mei 2024');
    assert.equal(s.inferred, 'the article names the meeting month only');
  });

  it('keeps a quote that was not found in its article, without a location', () => {
    const [s] = card('arsom-15', { lang: 'en' }).sources;
    assert.deepEqual(s.passages, [{ quote: 'a quote that is not in the article' }]);
  });
});
