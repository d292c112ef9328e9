import assert from 'node:assert/strict';
import { requestContext } from '../../../server/src/service/service';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { fixtureIndex } from '../format/fixtures';
import { openDraft } from '../helpers/service';

const index = fixtureIndex();

/** Opens a draft, puts the cursor on the first occurrence of `word` (plus `into` characters), and hovers. */
function hoverOn(text: string, word: string, settings: Settings = defaultSettings, into = 1) {
  const { service, doc, ctx } = openDraft(index, text, settings);
  const at = text.indexOf(word);
  assert.ok(at >= 0, word);
  return service.hover(ctx, doc.positionAt(at + into));
}
const value = (h: ReturnType<typeof hoverOn>): string => (h?.contents as { value: string }).value;

describe('hovering references in a draft', () => {
  it('hovering ARSOM in an Indonesian draft shows the ASEAN-Russia SOM card with its Bali 2019 meeting', () => {
    const h = hoverOn('Hasil ARSOM dibahas dalam rapat.', 'ARSOM');
    assert.ok(h);
    assert.equal((h.contents as { kind: string }).kind, 'markdown');
    assert.ok(value(h).startsWith('**Pertemuan Pejabat Senior ASEAN-Rusia \\(ARSOM\\)**'), value(h));
    assert.ok(value(h).includes('ke-16 — Nusa Dua, Bali, 19–20 Feb 2019'), value(h));
    assert.deepEqual(h.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } });
  });

  it('hovering ARSOM in an English draft shows the card in English, unless the settings ask for Indonesian', () => {
    const text = 'The outcome of the ARSOM was discussed at the meeting.';
    assert.ok(value(hoverOn(text, 'ARSOM')).startsWith("**ASEAN-Russia Senior Officials' Meeting \\(ARSOM\\)**"));
    assert.ok(value(hoverOn(text, 'ARSOM', { ...defaultSettings, cardLanguage: 'id' })).startsWith('**Pertemuan Pejabat Senior ASEAN-Rusia'));
  });

  it('hovering Joko Kusnanto Anggoro next to SOC-COM ke-20 shows his 2024 title', () => {
    const h = hoverOn('Rapat SOC-COM ke-20 dibuka oleh Duta Besar Joko Kusnanto Anggoro di Jakarta.', 'Joko');
    assert.ok(value(h).includes('**Jabatan pada 8 Mei 2024:** Duta Besar, Direktur Jenderal Kerja Sama ASEAN'), value(h));
  });

  it('hovering a person takes the meeting of the same paragraph over a nearer one in the next', () => {
    const text = 'ARSOM ke-16 dipimpin oleh Chandra W. Yudha.\n\nSOC-COM ke-20 digelar kemudian.';
    assert.ok(value(hoverOn(text, 'Chandra')).includes('**Jabatan pada 19–20 Februari 2019:** Direktur Kerja Sama Eksternal ASEAN'));
    const later = 'ARSOM ke-16 digelar di Bali.\n\nPada SOC-COM ke-20, Chandra W. Yudha hadir.';
    assert.ok(value(hoverOn(later, 'Chandra')).includes('**Jabatan pada 8 Mei 2024:** Duta Besar untuk Norwegia'));
  });

  it('hovering a person treats a line of spaces between CRLF lines as a paragraph break', () => {
    const text = 'ARSOM ke-16 dipimpin oleh Chandra W. Yudha.\r\n  \r\nSOC-COM ke-20.';
    assert.ok(value(hoverOn(text, 'Chandra')).includes('Jabatan pada 19–20 Februari 2019'));
  });

  it('hovering a person in a paragraph without a meeting uses the meeting named before it', () => {
    const text = '# SOC-COM ke-20\n\nDuta Besar Joko Kusnanto Anggoro membuka rapat.';
    assert.ok(value(hoverOn(text, 'Joko')).includes('Jabatan pada 8 Mei 2024'));
  });

  it('hovering a person when no meeting is named lists all their roles with dates', () => {
    const v = value(hoverOn('Chandra W. Yudha adalah diplomat.', 'Chandra'));
    assert.ok(!v.includes('Jabatan pada'), v);
    assert.ok(v.includes('- Direktur Kerja Sama Eksternal ASEAN — sejak 2018; tercatat 19 Feb 2019'), v);
    assert.ok(v.includes('- Duta Besar untuk Norwegia — Jan 2021 – Jun 2024'), v);
  });

  it('hovering a shared acronym shows both readings, best first', () => {
    const v = value(hoverOn('Sidang ASCC dibuka.', 'ASCC'));
    const parts = v.split('\n\n---\n\n');
    assert.equal(parts.length, 3);
    assert.ok(parts[1].startsWith('**Komunitas Sosial-Budaya ASEAN \\(ASCC\\)**'), parts[1]);
    assert.ok(parts[2].startsWith('**Dewan Menteri Pilar Sosial Budaya ASEAN**'), parts[2]);
  });

  it('hovering KTT ASEAN ke-99 says the record has no such summit and shows the series', () => {
    const v = value(hoverOn('KTT ASEAN ke-99 akan digelar.', 'KTT'));
    assert.ok(v.startsWith('*Data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99; yang ditampilkan adalah rangkaiannya.*'), v);
  });

  it('hovering just after a reference still shows it', () => {
    assert.ok(hoverOn('Hasil ARSOM dibahas.', 'ARSOM', defaultSettings, 5));
  });

  it('hovering a plain word shows nothing', () => {
    assert.equal(hoverOn('Hasil ARSOM dibahas.', 'dibahas', defaultSettings, 3), null);
  });

  it('hovering past the end of a line or of the document shows nothing and does not throw', () => {
    const { service, ctx } = openDraft(index, 'Hasil ARSOM\nx');
    for (const position of [{ line: 0, character: 40 }, { line: 1, character: 2 }, { line: 5, character: 0 }, { line: -1, character: 0 }, { line: 0, character: -3 }, { line: 1e9, character: 1e9 }]) {
      assert.equal(service.hover(ctx, position), null, JSON.stringify(position));
    }
  });

  it('hovering with a scan of an older version of the draft shows nothing rather than a card for the wrong words', () => {
    const { service, ctx } = openDraft(index, 'Hasil ARSOM dibahas.', defaultSettings, 2);
    const stale = requestContext({ ...ctx, scan: { ...ctx.scan, version: 1 } });
    assert.equal(service.hover(stale, { line: 0, character: 7 }), null);
  });
});
