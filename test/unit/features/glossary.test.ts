import assert from 'node:assert/strict';
import type { Lang } from '../../../server/src/data/dataset';
import { glossaryMarkdown } from '../../../server/src/format/glossary';
import { defaultSettings } from '../../../server/src/settings';
import { entity, miniIndex } from '../helpers/mini-data';
import { openDraft } from '../helpers/service';

const index = miniIndex([
  entity({ id: 'piped', kind: 'term', name: { en: 'A | B *bold* <b>' }, acronyms: ['PB'] }),
]);

/** The abbreviations a writer would put at the end of this draft. */
function rows(text: string, lang: Lang) {
  const { service, ctx } = openDraft(index, text, { ...defaultSettings, cardLanguage: lang });
  return service.glossary(ctx);
}

describe('the list of abbreviations of a draft', () => {
  it('an Indonesian draft that uses ARSOM, AOIP and "KTT ASEAN ke-42" lists each acronym once, sorted, expanded in Indonesian', () => {
    const list = rows('ARSOM membahas AOIP. Hasil ARSOM dibawa ke KTT ASEAN ke-42. ARSOM lagi.', 'id');
    assert.deepEqual(
      list.map((r) => [r.acronym, r.expansion]),
      [
        ['AOIP', 'ASEAN Outlook on the Indo-Pacific'],
        ['ARSOM', 'Pertemuan Pejabat Senior ASEAN-Rusia'],
        ['ASEAN', 'Perhimpunan Bangsa-Bangsa Asia Tenggara'],
        ['KTT', 'Konferensi Tingkat Tinggi'],
      ],
    );
  });

  it('the same draft in English expands the acronyms in English', () => {
    assert.deepEqual(rows('ARSOM and ASEAN.', 'en').map((r) => [r.acronym, r.expansion]), [
      ['ARSOM', "ASEAN-Russia Senior Officials' Meeting"],
      ['ASEAN', 'Association of Southeast Asian Nations'],
    ]);
  });

  it('"Pertemuan ke-16 ARSOM" names a meeting but uses the series acronym ARSOM', () => {
    assert.deepEqual(rows('Pertemuan ke-16 ARSOM di Bali.', 'id').map((r) => r.acronym), ['ARSOM']);
  });

  it('"Sidang ASCC ke-29" uses ASCC, expanded by the entity whose acronym it is', () => {
    const [row] = rows('Sidang ASCC ke-29 di Jakarta.', 'id');
    assert.deepEqual(row, { acronym: 'ASCC', expansion: 'Komunitas Sosial-Budaya ASEAN', id: 'ascc' });
  });

  it('a name written out in full lists the abbreviations written in it (ASEAN), not its own (AOIP)', () => {
    assert.deepEqual(rows('The ASEAN Outlook on the Indo-Pacific guides it.', 'en').map((r) => r.acronym), ['ASEAN']);
  });

  it('a shared acronym written alone is expanded by its best reading in the draft', () => {
    assert.deepEqual(rows('Hasil SOM ASEAN dan SOM berikutnya.', 'id').map((r) => [r.acronym, r.id]), [['ASEAN', 'asean'], ['SOM', 'asean-som']]);
  });

  it('a draft without references has an empty list', () => {
    assert.deepEqual(rows('Tidak ada singkatan di sini.', 'id'), []);
  });

  it('an acronym inside code is not listed', () => {
    assert.deepEqual(rows('Run `grep ARSOM` to find it.', 'en'), []);
  });

  it('renders as a Markdown table headed Singkatan | Kepanjangan in Indonesian and Abbreviation | Expansion in English', () => {
    const list = rows('ARSOM membahas AOIP.', 'id');
    assert.equal(
      glossaryMarkdown(list, 'id'),
      '| Singkatan | Kepanjangan |\n| --- | --- |\n| AOIP | ASEAN Outlook on the Indo-Pacific |\n| ARSOM | Pertemuan Pejabat Senior ASEAN-Rusia |\n',
    );
    assert.equal(glossaryMarkdown([], 'en'), '| Abbreviation | Expansion |\n| --- | --- |\n');
  });

  it('a name with a pipe or Markdown in the data stays inside its cell and renders literally', () => {
    const table = glossaryMarkdown(rows('PB.', 'en'), 'en');
    const line = table.trim().split('\n')[2];
    assert.equal(line, '| PB | A \\| B \\*bold\\* &lt;b&gt; |');
    assert.equal(line.split(/(?<!\\)\|/).length, 4);
  });
});
