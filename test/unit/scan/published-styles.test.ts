/**
 * References written the way published reports write them (test/eval/COVERAGE.md: the misses on sixteen real
 * pages), one writer's habit each, over the shipped data.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadDataDir } from '../../../server/src/data/load';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';
import { scanText } from '../../../server/src/scan/scan';

let index: EntityIndex;
before(() => {
  index = buildIndex(loadDataDir(path.resolve(__dirname, '..', '..', '..', 'data')).dataset);
});

/** Each hit as "text → best reading". */
const refs = (text: string): string[] =>
  scanText(text, index).hits.map((h) => `${text.slice(h.start, h.end)} → ${h.candidates[0].id}${h.candidates[0].unknownOrdinal ? `?${h.candidates[0].unknownOrdinal}` : ''}`);

describe('references as published reports write them', () => {
  it('a Bernama-style "Asean" is ASEAN, in names too; a lower-case "asean" is not', () => {
    assert.deepEqual(refs('Asean leaders met in Jakarta.'), ['Asean → asean']);
    assert.deepEqual(refs('the 43rd Asean Summit'), ['43rd Asean Summit → asean-summit-43']);
    assert.deepEqual(refs('Asean Secretary-General Kao Kim Hourn'), ['Asean Secretary-General → sekjen-asean', 'Kao Kim Hourn → kao-kim-hourn']);
    assert.deepEqual(refs('the Asean Secretariat'), ['Asean Secretariat → asean-secretariat']);
    assert.deepEqual(refs('an asean-wide rule'), []);
  });

  it('ASEAN spelled out inside a meeting\'s name, as ANTARA and Xinhua write it, still names the numbered meeting', () => {
    assert.deepEqual(refs('Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN) di Jakarta'), [
      'Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara → asean-summit-43',
      'ASEAN → asean',
    ]);
    assert.deepEqual(refs('the 43rd Association of Southeast Asian Nations (ASEAN) Summit in Jakarta'), ['43rd Association of Southeast Asian Nations (ASEAN) Summit → asean-summit-43']);
    assert.deepEqual(refs('Pertemuan Menteri Luar Negeri Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN) ke-56'), ['Pertemuan Menteri Luar Negeri Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN) ke-56 → amm-56']);
    // ASEAN's name alone is ASEAN.
    assert.deepEqual(refs('the Association of Southeast Asian Nations (ASEAN) said'), ['Association of Southeast Asian Nations → asean', 'ASEAN → asean']);
  });

  it('a summit of ASEAN with a partner, "KTT ASEAN-India", is that partnership\'s meeting, not the ASEAN Summit', () => {
    assert.deepEqual(refs('Presiden menghadiri KTT ASEAN-India.'), ['KTT ASEAN-India → asean-india']);
    assert.deepEqual(refs('to prepare the ASEAN-India Summit'), ['ASEAN-India Summit → asean-india']);
    assert.deepEqual(refs('KTT ASEAN-India ke-19'), ['KTT ASEAN-India ke-19 → asean-india?19']);
    assert.deepEqual(refs('KTT ASEAN-AS ke-10'), ['KTT ASEAN-AS ke-10 → asean-us?10']);
    assert.deepEqual(refs('KTT ASEAN-Amerika Serikat'), ['KTT ASEAN-Amerika Serikat → asean-us']);
    // A partnership is not a meeting: the generic word stays a word of its own.
    assert.deepEqual(refs('KTT ASEAN-Jepang'), ['KTT → ktt', 'ASEAN-Jepang → asean-japan']);
    // A partner the data does not hold: no card is better than the ASEAN Summit's.
    assert.deepEqual(refs('KTT Asean-GCC'), ['KTT → ktt', 'Asean → asean']);
    assert.deepEqual(refs('pertemuan Menlu Asean-CELAC'), ['Asean → asean']);
  });

  it('"ASEAN Summit-Related Meetings" are the Summit\'s: "Related" after the dash names no partner', () => {
    assert.deepEqual(refs('the 43rd ASEAN Summit-Related Meetings'), ['43rd ASEAN Summit → asean-summit-43']);
    assert.deepEqual(refs('ASEAN Summit-Level talks'), ['ASEAN Summit → asean-summit']);
  });

  it('a summit the data names with its partner, "KTT ASEAN-Rusia", is still that series', () => {
    assert.deepEqual(refs('KTT ASEAN-Rusia'), ['KTT ASEAN-Rusia → asean-russia-summit']);
    assert.deepEqual(refs('KTT ke-3 ASEAN-Rusia'), ['KTT ke-3 ASEAN-Rusia → asean-russia-summit-3']);
  });

  it('a dash between spaces is a sentence\'s, not a partner\'s: "KTT ASEAN - India" stays the ASEAN Summit', () => {
    assert.deepEqual(refs('KTT ASEAN - India'), ['KTT ASEAN → asean-summit', 'India → india']);
  });

  it('the senior officials or the summit of ASEAN Plus Three are that grouping\'s, not ASEAN\'s', () => {
    assert.deepEqual(refs('pertemuan pejabat senior ASEAN Plus Three'), ['pertemuan pejabat senior → som', 'ASEAN Plus Three → apt']);
    assert.deepEqual(refs('KTT ASEAN Plus Three'), ['KTT ASEAN Plus Three → apt']);
  });

  it('a minister\'s title before her full name, "Menlu Retno Marsudi", is one reference', () => {
    assert.deepEqual(refs('Menlu Retno Marsudi membuka AMM.'), ['Menlu Retno Marsudi → retno-marsudi', 'AMM → amm']);
    assert.deepEqual(refs('Menlu Retno membuka pertemuan.'), ['Menlu Retno → retno-marsudi']);
  });

  it('a theme is one reference across its colon, or the comma or dash a paper puts there', () => {
    assert.deepEqual(refs('bertema ASEAN Matters: Epicentrum of Growth.'), ['ASEAN Matters: Epicentrum of Growth → theme-asean-2023']);
    assert.deepEqual(refs('bertema Asean Matters, Epicentrum of Growth.'), ['Asean Matters, Epicentrum of Growth → theme-asean-2023']);
    assert.deepEqual(refs('the theme ASEAN: Enhancing Connectivity and Resilience'), ['ASEAN: Enhancing Connectivity and Resilience → theme-asean-2024']);
    // A colon joins only a name that has one.
    assert.deepEqual(refs('Pertemuan ASEAN: Rusia hadir'), ['ASEAN → asean', 'Rusia → russia']);
  });

  it('"Ferdinand Marcos Jr." keeps the point of its "Jr."', () => {
    assert.deepEqual(refs('Presiden Ferdinand Marcos Jr. hadir.'), ['Ferdinand Marcos Jr. → ferdinand-marcos-jr']);
    assert.deepEqual(refs('dipimpin Ferdinand Marcos Jr.'), ['Ferdinand Marcos Jr. → ferdinand-marcos-jr']);
    assert.deepEqual(refs('Ferdinand Marcos Jr, hadir'), ['Ferdinand Marcos Jr → ferdinand-marcos-jr']);
  });

  it('the Post Ministerial Conferences as "PMCs" are the series; "SOMs" stay senior officials\' meetings in general', () => {
    assert.deepEqual(refs('the PMCs with dialogue partners'), ['PMCs → pmc', 'dialogue partners → mitra-wicara']);
    assert.deepEqual(refs('the SOMs met'), ['SOMs → som']);
  });

  it('names reports use for the nuclear-free zone, the chair and the 2045 vision', () => {
    assert.deepEqual(refs('komisi Kawasan Bebas Senjata Nuklir Asia Tenggara'), ['Kawasan Bebas Senjata Nuklir Asia Tenggara → seanwfz']);
    assert.deepEqual(refs('the Southeast Asia Nuclear Weapon-Free Zone'), ['Southeast Asia Nuclear Weapon-Free Zone → seanwfz']);
    assert.deepEqual(refs('Laos takes over as Asean chair'), ['Laos → laos', 'Asean chair → keketuaan-asean']);
    assert.deepEqual(refs('For its year as ASEAN chairman'), ['ASEAN chairman → keketuaan-asean']);
    assert.deepEqual(refs('Indonesia sebagai Ketua ASEAN'), ['Indonesia → indonesia', 'Ketua ASEAN → keketuaan-asean']);
    assert.deepEqual(refs('Adopting ASEAN Vision 2045'), ['ASEAN Vision 2045 → asean-community-vision-2045']);
    assert.deepEqual(refs('the Asean Community Post-2025 Vision'), ['Asean Community Post-2025 Vision → asean-community-vision-2045']);
  });

  it('a chair in ordinary prose is no reference', () => {
    assert.deepEqual(refs('who sits in the chair. A chair sets the agenda'), []);
    assert.deepEqual(refs('ketua RT di sekitar lokasi'), []);
    // A deputy is not the chair.
    assert.deepEqual(refs('Wakil Ketua ASEAN-BAC'), ['ASEAN → asean']);
  });
});
