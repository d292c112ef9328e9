import assert from 'node:assert/strict';
import { scanText } from '../../../server/src/scan/scan';
import { entity, miniIndex } from '../helpers/mini-data';

const index = miniIndex();

/** What a writer sees recognised: each hit's text and its best candidate. */
function refs(text: string): string[] {
  return scanText(text, index).hits.map((h) => `${text.slice(h.start, h.end)} → ${h.candidates.map((c) => c.id + (c.unknownOrdinal ? `?${c.unknownOrdinal}` : '')).join('|')}`);
}

describe('recognising references in a draft', () => {
  it('finds an acronym written in capitals but not the same letters in lower case', () => {
    assert.deepEqual(refs('Hasil ARSOM dibahas.'), ['ARSOM → arsom']);
    assert.deepEqual(refs('hasil arsom dibahas'), []);
  });

  it('finds a cased alias as written, across a hyphen, but reads the same words in lower case as prose', () => {
    const theme = entity({ id: 'theme', kind: 'term', name: { en: 'ASEAN Matters: Epicentrum of Growth' }, casedAliases: ['ASEAN Matters'] });
    const withTheme = miniIndex([theme]);
    const read = (text: string) => scanText(text, withTheme).hits.map((h) => `${text.slice(h.start, h.end)} → ${h.candidates[0].id}`);
    assert.deepEqual(read('Tema ASEAN Matters diusung.'), ['ASEAN Matters → theme']);
    assert.deepEqual(read('Tema ASEAN-Matters diusung.'), ['ASEAN-Matters → theme']);
    assert.deepEqual(read('Why ASEAN matters to Jakarta.'), ['ASEAN → asean']);
    assert.deepEqual(read('asean matters'), []);
  });

  it('matches names in any case and across hyphen, en dash and space variants', () => {
    for (const text of ['ASEAN-Russia Senior Officials’ Meeting', 'asean–russia senior officials\' meeting', 'ASEAN Russia Senior Officials Meeting']) {
      assert.deepEqual(refs(text), [`${text} → arsom`], text);
    }
  });

  it('prefers the longest match: the Outlook, not ASEAN inside it', () => {
    assert.deepEqual(refs('Implementasi ASEAN Outlook on the Indo-Pacific (AOIP).'), ['ASEAN Outlook on the Indo-Pacific → aoip', 'AOIP → aoip']);
  });

  it('resolves every way of writing the 42nd Summit to that meeting', () => {
    for (const text of ['KTT ASEAN ke-42', 'KTT ke-42 ASEAN', 'the 42nd ASEAN Summit', 'Konferensi Tingkat Tinggi ASEAN ke-42', 'KTT ASEAN ke 42']) {
      const hits = scanText(text, index).hits;
      assert.equal(hits.length, 1, text);
      assert.equal(hits[0].candidates[0].id, 'asean-summit-42', text);
      assert.equal(hits[0].ordinal, 42);
    }
  });

  it('resolves the 16th ARSOM however the ordinal is placed, covering the whole phrase', () => {
    assert.deepEqual(refs('Pertemuan ke-16 ARSOM di Bali'), ['Pertemuan ke-16 ARSOM → arsom-16']);
    assert.deepEqual(refs('ARSOM ke-16 di Bali'), ['ARSOM ke-16 → arsom-16']);
    assert.deepEqual(refs('the 16th ARSOM'), ['16th ARSOM → arsom-16']);
    assert.deepEqual(refs("16th ASEAN-Russia Senior Officials' Meeting"), ["16th ASEAN-Russia Senior Officials' Meeting → arsom-16"]);
  });

  it('says the instance is unknown when the ordinal is not in the record', () => {
    assert.deepEqual(refs('KTT ASEAN ke-99'), ['KTT ASEAN ke-99 → asean-summit?99']);
  });

  it('does not attach an ordinal to something that is not a meeting series', () => {
    assert.deepEqual(refs('AOIP ke-2'), ['AOIP → aoip']);
  });

  it('shows both readings of a shared acronym, and the meeting when an ordinal picks it', () => {
    assert.deepEqual(refs('Sidang ASCC.'), ['ASCC → ascc|ascc-council']);
    assert.deepEqual(refs('Sidang ASCC ke-29.'), ['Sidang ASCC ke-29 → ascc-council-29']);
  });

  it('does not join words across punctuation or a blank line', () => {
    assert.deepEqual(refs('KTT. ASEAN'), ['KTT → ktt', 'ASEAN → asean']);
    assert.deepEqual(refs('KTT\n\nASEAN'), ['KTT → ktt', 'ASEAN → asean']);
    assert.deepEqual(refs('KTT\nASEAN'), ['KTT\nASEAN → asean-summit']);
  });

  it('matches an initial with a full stop and no space', () => {
    assert.deepEqual(refs('kata Chandra W.Yudha kepada media'), ['Chandra W.Yudha → chandra-w-yudha']);
  });

  it('ignores code, link destinations, HTML comments and front matter', () => {
    const draft = ['---', 'title: ARSOM', '---', 'Teks `ARSOM` dan [tautan](https://x.org/ARSOM) <!-- ARSOM -->', '```', 'ARSOM', '```', 'Akhir ARSOM.'].join('\n');
    const hits = scanText(draft, index).hits;
    assert.deepEqual(hits.map((h) => draft.slice(h.start, h.end)), ['ARSOM']);
    assert.equal(hits[0].start, draft.lastIndexOf('ARSOM'));
  });

  it('keeps the label of a link as prose', () => {
    assert.deepEqual(refs('Lihat [ARSOM](https://example.org).'), ['ARSOM → arsom']);
  });

  it('drops an English possessive', () => {
    assert.deepEqual(refs("ASEAN's outlook"), ['ASEAN → asean']);
  });

  it('reads a name with a possessive inside it as one name', () => {
    const index = miniIndex([entity({ id: 'hanoi', kind: 'document', name: { en: "Ha Noi Declaration on the ASEAN Community's Post-2025 Vision" } })]);
    const text = 'the Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision was adopted';
    const hits = scanText(text, index).hits;
    assert.deepEqual(hits.map((h) => [text.slice(h.start, h.end), h.candidates[0].id]), [['Ha Noi Declaration on the ASEAN Community’s Post-2025 Vision', 'hanoi']]);
  });

  it('tells Indonesian drafts from English ones', () => {
    assert.equal(scanText('Pertemuan ini dihadiri oleh para pejabat dan membahas kerja sama yang erat.', index).lang, 'id');
    assert.equal(scanText('The meeting was attended by senior officials and discussed the cooperation.', index).lang, 'en');
  });
});
