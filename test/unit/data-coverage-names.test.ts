/**
 * The ASEAN names published reports use most that the data lacked (test/eval/COVERAGE.md):
 * the ARF, the ASEAN Charter, the Five-Point Consensus, RCEP, AICHR, Enrique Manalo and the
 * Philippine DFA, the ASEAN Maritime Outlook, the IAI and the SEANWFZ Commission. Each is cited;
 * these tests say the data holds their key dates and links, and that a writer finds them.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Entity } from '../../server/src/data/dataset';
import { loadDataDir } from '../../server/src/data/load';
import { buildIndex } from '../../server/src/index/build';
import { scanText } from '../../server/src/scan/scan';

const DATA = path.resolve(__dirname, '..', '..', 'data');
const loaded = loadDataDir(DATA);
const index = buildIndex(loaded.dataset);
const BY_ID = new Map(loaded.dataset.entities.map((e) => [e.id, e]));

function entity(id: string, kind: Entity['kind']): Entity {
  const e = BY_ID.get(id);
  assert.ok(e, `the data has "${id}"`);
  assert.equal(e.kind, kind, `${id} is a ${kind}`);
  return e;
}
const relatesTo = (e: Entity, type: string, target: string) => (e.related ?? []).some((r) => r.type === type && r.target === target);
/** Both descriptions state the fact, each in its own language. */
function says(e: Entity, en: string, id: string): void {
  assert.ok(e.description.en.includes(en), `${e.id} (en) says "${en}"`);
  assert.ok(e.description.id.includes(id), `${e.id} (id) says "${id}"`);
}
/** The ids a draft's words resolve to, in order. */
const readAs = (text: string) => scanText(text, index).hits.map((h) => h.candidates.map((c) => c.id).join('|'));

describe('the names reports use most, each cited', () => {
  it('loads without a problem, every new entity cited only', () => {
    assert.deepEqual(loaded.problems, []);
    for (const id of ['arf', 'seanwfz-commission', 'asean-charter', 'five-point-consensus', 'rcep', 'asean-maritime-outlook', 'aichr', 'dfa-philippines', 'enrique-manalo', 'iai']) {
      const e = BY_ID.get(id);
      assert.ok(e, id);
      assert.ok(e.sources.length >= 2, `${id} rests on at least two pages`);
      assert.ok(e.sources.every((s) => 'url' in s), `${id} is cited, not quoted`);
    }
  });

  it('has the ARF as a series that first met in Bangkok on 25 July 1994', () => {
    const arf = entity('arf', 'meeting-series');
    assert.deepEqual(arf.acronyms, ['ARF']);
    assert.equal(arf.name.id, 'Forum Regional ASEAN');
    says(arf, 'Bangkok on 25 July 1994', 'Bangkok pada 25 Juli 1994');
    assert.ok(relatesTo(arf, 'related-to', 'asean-summit-4'));
  });

  it('gives the ASEAN Charter’s signing at the 13th Summit on 20 November 2007 and its entry into force on 15 December 2008', () => {
    const charter = entity('asean-charter', 'document');
    assert.equal(charter.name.id, 'Piagam ASEAN');
    says(charter, '20 November 2007', '20 November 2007');
    says(charter, '15 December 2008', '15 Desember 2008');
    assert.ok(relatesTo(charter, 'adopted-at', 'asean-summit-13'));
  });

  it('dates the Five-Point Consensus to the Leaders’ Meeting in Jakarta on 24 April 2021', () => {
    const pc = entity('five-point-consensus', 'document');
    assert.deepEqual(pc.acronyms, ['5PC']);
    says(pc, 'Jakarta on 24 April 2021', 'Jakarta, pada 24 April 2021');
    assert.ok(relatesTo(pc, 'related-to', 'myanmar'));
  });

  it('gives RCEP’s signing on 15 November 2020 and its entry into force on 1 January 2022', () => {
    const rcep = entity('rcep', 'document');
    says(rcep, '15 November 2020', '15 November 2020');
    says(rcep, '1 January 2022', '1 Januari 2022');
  });

  it('has AICHR inaugurated at the 15th Summit on 23 October 2009, under the Charter', () => {
    const aichr = entity('aichr', 'organization');
    says(aichr, '23 October 2009', '23 Oktober 2009');
    assert.ok(relatesTo(aichr, 'related-to', 'asean-summit-15'));
    assert.ok(relatesTo(aichr, 'related-to', 'asean-charter'));
  });

  it('gives Enrique Manalo’s term as Secretary for Foreign Affairs, 1 July 2022 to 30 June 2025, at the DFA', () => {
    const manalo = entity('enrique-manalo', 'person');
    const secretary = (manalo.roles ?? []).find((r) => r.title.en === 'Secretary for Foreign Affairs of the Philippines');
    assert.ok(secretary);
    assert.equal(secretary.organization, 'dfa-philippines');
    assert.equal(secretary.from, '2022-07-01');
    assert.equal(secretary.to, '2025-06-30');
    assert.ok(relatesTo(entity('dfa-philippines', 'organization'), 'part-of', 'philippines'));
  });

  it('dates the first ASEAN Maritime Outlook to 1 August 2023 and the IAI to November 2000', () => {
    says(entity('asean-maritime-outlook', 'document'), '1 August 2023', '1 Agustus 2023');
    says(entity('iai', 'initiative'), 'November 2000', 'November 2000');
  });

  it('has the SEANWFZ Commission carry out the treaty and meet in the AMM week', () => {
    const commission = entity('seanwfz-commission', 'meeting-series');
    assert.ok(relatesTo(commission, 'implements', 'seanwfz'));
    assert.ok(relatesTo(commission, 'related-to', 'amm'));
    says(commission, '24 July 1999', '24 Juli 1999');
  });

  it('a writer finds each of them in English and Indonesian drafts', () => {
    assert.deepEqual(readAs('Ministers met at the 30th ASEAN Regional Forum (ARF) under the ASEAN Charter.'), ['arf', 'arf', 'asean-charter']);
    assert.deepEqual(readAs('Forum Regional ASEAN menegaskan Piagam ASEAN dan Konsensus Lima Poin (5PC).'), ['arf', 'asean-charter', 'five-point-consensus', 'five-point-consensus']);
    assert.deepEqual(readAs('RCEP dan Kemitraan Ekonomi Komprehensif Regional; AICHR dan Komisi Antarpemerintah ASEAN untuk HAM.'), ['rcep', 'rcep', 'aichr', 'aichr']);
    assert.deepEqual(readAs('DFA Secretary Enrique Manalo welcomed the ASEAN Maritime Outlook (AMO) and the Initiative for ASEAN Integration (IAI).'), [
      'dfa-philippines', 'enrique-manalo', 'asean-maritime-outlook', 'asean-maritime-outlook', 'iai', 'iai',
    ]);
    assert.deepEqual(readAs('The SEANWFZ Commission met first; pertemuan Komisi SEANWFZ dibuka Menlu.'), ['seanwfz-commission', 'seanwfz-commission']);
  });
});
