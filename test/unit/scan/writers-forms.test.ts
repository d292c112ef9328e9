/**
 * References written the way reports write them (issue 14), one pattern each, over the shipped data.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadDataDir } from '../../../server/src/data/load';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';
import { scanText } from '../../../server/src/scan/scan';
import { ASEAN_SPELLED_OUT, formVariants } from '../../../server/src/index/form-variants';

let index: EntityIndex;
before(() => {
  index = buildIndex(loadDataDir(path.resolve(__dirname, '..', '..', '..', 'data')).dataset);
});

/** Each hit as "text → best reading". */
const refs = (text: string): string[] =>
  scanText(text, index).hits.map((h) => `${text.slice(h.start, h.end)} → ${h.candidates[0].id}${h.candidates[0].unknownOrdinal ? `?${h.candidates[0].unknownOrdinal}` : ''}`);

describe('recognising references as writers write them', () => {
  it('reads a name with its acronym in parentheses inside as one reference', () => {
    assert.deepEqual(refs('Konferensi Tingkat Tinggi (KTT) ASEAN ke-42 dibuka.'), ['Konferensi Tingkat Tinggi (KTT) ASEAN ke-42 → asean-summit-42']);
    assert.deepEqual(refs('the ASEAN Socio-Cultural Community (ASCC) Council met'), ['ASEAN Socio-Cultural Community (ASCC) Council → ascc-council']);
    assert.deepEqual(refs('Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM) ke-16'), ['Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM) ke-16 → arsom-16']);
  });

  it('keeps a parenthetical acronym after a name on its own, read as that name', () => {
    assert.deepEqual(refs('Indian Ocean Rim Association (IORA)'), ['Indian Ocean Rim Association → iora', 'IORA → iora']);
    assert.deepEqual(refs('Sidang ke-29 Dewan Komunitas Sosial-Budaya ASEAN (ASCC)'), ['Sidang ke-29 Dewan Komunitas Sosial-Budaya ASEAN → ascc-council-29', 'ASCC → ascc-council']);
  });

  it('reads commas and a plus inside a name that has them, and nowhere else', () => {
    assert.deepEqual(refs('Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi hadir'), ['Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi → kemendikbudristek']);
    assert.deepEqual(refs('ASEAN+3 SOM'), ['ASEAN+3 → apt', 'SOM → asean-som']);
    assert.deepEqual(refs('ASEAN, India'), ['ASEAN → asean', 'India → india']);
  });

  it('reads plurals of terms and series', () => {
    assert.deepEqual(refs('two ASEAN Summits'), ['ASEAN Summits → asean-summit']);
    assert.deepEqual(refs('the SOMs met'), ['SOMs → som']);
    assert.deepEqual(refs('victims of online scams'), ['online scams → online-scam']);
  });

  it('reads spelled-out ordinals in English and Indonesian', () => {
    assert.deepEqual(refs('the third ASEAN-Russia Summit'), ['third ASEAN-Russia Summit → asean-russia-summit-3']);
    assert.deepEqual(refs('the thirty-first ASEAN Summit'), ['thirty-first ASEAN Summit → asean-summit-31']);
    assert.deepEqual(refs('KTT ASEAN-Rusia ketiga'), ['KTT ASEAN-Rusia ketiga → asean-russia-summit-3']);
    assert.deepEqual(refs('Sidang ASCC kedua puluh sembilan'), ['Sidang ASCC kedua puluh sembilan → ascc-council-29']);
  });

  it('reads coordinated ordinals as one meeting each', () => {
    assert.deepEqual(refs('KTT ASEAN ke-31 dan ke-32'), ['KTT ASEAN ke-31 → asean-summit-31', 'ke-32 → asean-summit-32']);
    assert.deepEqual(refs('the 31st and 32nd ASEAN Summits'), ['31st → asean-summit-31', '32nd ASEAN Summits → asean-summit-32']);
  });

  it('reads an ordinal without the organisation when one series of that word has it', () => {
    assert.deepEqual(refs('KTT ke-42 di Labuan Bajo'), ['KTT ke-42 → asean-summit-42']);
    assert.deepEqual(refs('at the 37th Summit'), ['37th Summit → asean-summit-37']);
    assert.deepEqual(refs('KTT ke-40 dan ke-41'), ['KTT ke-40 → asean-summit-40', 'ke-41 → asean-summit-41']);
    // A meeting noun before the generic word is not part of the name: "pertemuan KTT" is a meeting of the summit.
    assert.deepEqual(refs('rangkaian pertemuan KTT ke-42'), ['KTT ke-42 → asean-summit-42']);
  });

  it('reads a generic meeting word, an ordinal and an organisation as that organisation’s meeting', () => {
    assert.deepEqual(refs('KTT ke-15 Segitiga Pertumbuhan Indonesia-Malaysia-Thailand'), ['KTT ke-15 Segitiga Pertumbuhan Indonesia-Malaysia-Thailand → imt-gt-summit?15']);
    assert.deepEqual(refs('KTT ke-42 Perhimpunan Bangsa-Bangsa Asia Tenggara'), ['KTT ke-42 Perhimpunan Bangsa-Bangsa Asia Tenggara → asean-summit-42']);
  });

  it('reads a title without its article', () => {
    assert.deepEqual(refs('the ASEAN Outlook on Indo-Pacific'), ['ASEAN Outlook on Indo-Pacific → aoip']);
  });

  it('reads common misspellings and upper-case leads', () => {
    assert.deepEqual(refs('Sekertaris Jenderal ASEAN'), ['Sekertaris Jenderal ASEAN → sekjen-asean']);
    assert.deepEqual(refs('JAKARTA, KEMENKO PMK -'), ['KEMENKO PMK → kemenko-pmk']);
    assert.deepEqual(refs('Menteri Koordinator Pembangunan Manusia dan Kebudayaan hadir'), ['Menteri Koordinator Pembangunan Manusia dan Kebudayaan → menko-pmk']);
  });

  it('reads short and full personal names, and an office by its head', () => {
    assert.deepEqual(refs('Kao Kim said'), ['Kao Kim → kao-kim-hourn']);
    assert.deepEqual(refs('Sidharto R. Suryodipuro'), ['Sidharto R. Suryodipuro → arto-suryodipuro']);
    assert.deepEqual(refs('Dirjen Kerja Sama ASEAN'), ['Dirjen Kerja Sama ASEAN → ditjen-kerja-sama-asean']);
  });

  it('reads country adjectives', () => {
    assert.deepEqual(refs('the Russian delegation'), ['Russian → russia']);
  });

  it('lets context decide between readings', () => {
    assert.deepEqual(refs('ASCC ke-29'), ['ASCC ke-29 → ascc-council-29']);
    assert.equal(scanText('ASCC ke-29', index).hits[0].candidates.length, 1);
    assert.deepEqual(refs('ASCC 2023 menyepakati'), ['ASCC 2023 → ascc-council-29']);
    assert.deepEqual(refs('Dewan ASCC'), ['Dewan ASCC → ascc-council']);
  });

  it('does not read the listed false friends', () => {
    assert.deepEqual(refs('for ASEAN as a whole'), ['ASEAN → asean']);
    assert.deepEqual(refs('the G20 summit'), []);
    assert.deepEqual(refs('The Ad-Hoc Working Group on Trade'), []);
    assert.deepEqual(refs('kementerian luar negeri Malaysia'), ['Malaysia → malaysia']);
    assert.deepEqual(refs('a Deputy Secretary-General of ASEAN'), ['ASEAN → asean']);
    assert.deepEqual(refs('disebut ‘ARSOM’ saja'), ['ARSOM → arsom']);
  });

  it('finds the forms the data lacked', () => {
    for (const [text, id] of [['Kemenlu', 'kemlu'], ['ASEC', 'asean-secretariat'], ['CPA', 'asean-russia-poa-2016-2020'], ['AHWG', 'ascc-post-2025-ahwg'], ['Deklarasi Hanoi', 'ha-noi-declaration-post-2025'], ['Hanoi Declaration', 'ha-noi-declaration-post-2025'], ['Direktur Jenderal Kerja Sama ASEAN', 'ditjen-kerja-sama-asean'], ['ACV', 'asean-community-vision-2045'], ['Kepemimpinan ASEAN', 'keketuaan-asean']]) {
      assert.deepEqual(refs(text), [`${text} → ${id}`]);
    }
  });
});

describe('variants of a form', () => {
  it('derives each variant by a rule of the entity kind, never the form itself', () => {
    assert.deepEqual(formVariants('ASEAN Summit', 'name', 'meeting-series').map((v) => v.text), ['ASEAN Summits', 'Association of Southeast Asian Nations Summit']);
    assert.deepEqual(formVariants('KTT ASEAN', 'alias', 'meeting-series').map((v) => v.text), ['KTT ASEANs', 'KTT Perhimpunan Bangsa-Bangsa Asia Tenggara']);
    // Only a series: ASEAN's own documents and offices keep their names.
    assert.deepEqual(formVariants('ASEAN Charter', 'name', 'document'), []);
    // The spelled-out names are the data's names of ASEAN.
    assert.deepEqual(ASEAN_SPELLED_OUT, index.byId.get('asean')!.name);
    assert.deepEqual(formVariants('Russia', 'alias', 'country').map((v) => v.text), ['Russian']);
    assert.deepEqual(formVariants('Kemenko PMK', 'acronym', 'organization'), [{ text: 'KEMENKO PMK', via: 'acronym' }]);
    assert.deepEqual(formVariants('Kao Kim Hourn', 'name', 'person').map((v) => v.text), ['Kao Kim']);
    assert.deepEqual(formVariants('Sidharto Reza Suryodipuro', 'alias', 'person').map((v) => v.text), ['Sidharto R. Suryodipuro']);
    assert.deepEqual(formVariants('ARSOM', 'acronym', 'meeting-series'), [{ text: 'ARSOMs', via: 'acronym' }]);
    // A series leaves the plural of an acronym it shares with a term ("SOM") to the term.
    assert.deepEqual(formVariants('SOM', 'acronym', 'meeting-series', true), []);
    assert.deepEqual(formVariants('SOM', 'acronym', 'term', true), [{ text: 'SOMs', via: 'acronym' }]);
  });
});
