/**
 * The house-style rules on the curated data: acronyms spelled out at first use, facts that match the
 * record, acronyms the data does not know, and the comments that switch a rule off for a stretch.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { requestContext } from '../../../server/src/features/request';
import { loadDataDir } from '../../../server/src/data/load';
import { buildIndex } from '../../../server/src/index/build';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { openDraft } from '../helpers/service';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const index = buildIndex(loadDataDir(path.join(ROOT, 'data')).dataset);

function check(text: string, rule?: string, settings: Settings = defaultSettings) {
  const open = openDraft(index, text, settings);
  const found = open.service.diagnostics(open.ctx).filter((d) => rule === undefined || d.code === rule);
  return { ...open, found };
}

/** Applies the first quick fix of a finding and gives the new text. */
function applyFix(text: string, d: Diagnostic, settings: Settings = defaultSettings): { title: string; text: string } {
  const { service, ctx, doc } = openDraft(index, text, settings);
  const [action] = service.codeActions(ctx, [d]);
  assert.ok(action, `no fix for ${d.code}`);
  const edits = action.edit!.changes![doc.uri];
  return { title: action.title, text: TextDocument.applyEdits(doc, edits) };
}

const covered = (doc: TextDocument, d: Diagnostic) => doc.getText(d.range);

/** Each draft gets no finding of the rule. */
function assertNoFindings(rule: string, texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(check(text, rule).found, [], text);
}

describe('house style: first use of an acronym', () => {
  const RULE = 'first-use-not-spelled-out';

  it('an acronym spelled out at first use, either way round and in either language, gets no finding', () => {
    assertNoFindings(RULE, [
      "The ASEAN-Russia Senior Officials' Meeting (ARSOM) met in Bali. ARSOM meets every year.",
      "ARSOM (ASEAN-Russia Senior Officials' Meeting) met in Bali.",
      'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM) dibuka di Bali. ARSOM bertemu setiap tahun.',
      'Pertemuan ke-16 ASEAN-Russia Senior Officials’ Meeting (ARSOM) diselenggarakan di Bali.',
      // The acronym in brackets inside a longer reference, as ANTARA writes a summit: the later bare KTT is no first use.
      'Presiden menghadiri Konferensi Tingkat Tinggi (KTT) ASEAN ke-42 di Labuan Bajo. KTT itu membahas Myanmar.',
      'Presiden menghadiri Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara (ASEAN). KTT itu membahas Myanmar.',
      'Presiden menghadiri Konferensi Tingkat Tinggi ASEAN (KTT) ke-42 di Labuan Bajo. KTT itu membahas Myanmar.',
    ]);
  });

  it('a bare acronym at first use gets a warning, and the quick fix writes the English expansion before it', () => {
    const text = 'ARSOM met in Bali last week to review the partnership.';
    const { found, doc } = check(text, RULE);
    assert.equal(found.length, 1);
    assert.equal(covered(doc, found[0]), 'ARSOM');
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].message, `First use of ARSOM is not spelled out: write "ASEAN-Russia Senior Officials' Meeting (ARSOM)"`);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed.text, "ASEAN-Russia Senior Officials' Meeting (ARSOM) met in Bali last week to review the partnership.");
    assert.deepEqual(check(fixed.text, RULE).found, []);
  });

  it('an acronym inside a numbered reference ("Pertemuan ARSOM ke-16") is reported, and fixed in Indonesian', () => {
    const text = 'Pertemuan ke-16 ARSOM dibuka di Bali dan membahas kerja sama dengan Rusia.';
    const { found, doc } = check(text, RULE);
    assert.equal(found.length, 1);
    assert.equal(covered(doc, found[0]), 'ARSOM');
    assert.match(String(found[0].message), /^Penggunaan pertama ARSOM belum ditulis kepanjangannya/);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed.title, 'Tulis kepanjangan: ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia)');
    assert.equal(fixed.text, 'Pertemuan ke-16 ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) dibuka di Bali dan membahas kerja sama dengan Rusia.');
    assert.deepEqual(check(fixed.text, RULE).found, []);
  });

  it('only the first use counts, and ASEAN (the default exemptAcronyms) needs none', () => {
    const { found, doc } = check('The AOIP guides ASEAN. The AOIP is read often.', RULE);
    assert.deepEqual(found.map((d) => [covered(doc, d), d.range.start.character]), [['AOIP', 4]]);
    assert.deepEqual(check('The AOIP guides ASEAN.', RULE, { ...defaultSettings, exemptAcronyms: ['ASEAN', 'AOIP'] }).found, []);
    // The list replaces the default: without ASEAN in it, ASEAN is spelled out too.
    const open = check('The AOIP guides ASEAN.', RULE, { ...defaultSettings, exemptAcronyms: ['AOIP'] });
    assert.deepEqual(open.found.map((d) => covered(open.doc, d)), ['ASEAN']);
  });

  it('a shared acronym (SOM) is left to the ambiguity hint: it has no one expansion', () => {
    assert.deepEqual(check('The SOM met in March.', RULE).found, []);
  });

  it('ranges are right in a multi-line paragraph with CRLF line ends and emoji', () => {
    const text = 'Ringkasan 🎉 rapat\r\nDelegasi 🇮🇩 menghadiri\r\nPertemuan ke-16 ARSOM di Bali.';
    const { found } = check(text, RULE);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 2, character: 16 }, end: { line: 2, character: 21 } });
    assert.equal(applyFix(text, found[0]).text, 'Ringkasan 🎉 rapat\r\nDelegasi 🇮🇩 menghadiri\r\nPertemuan ke-16 ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) di Bali.');
  });

  it('a finding the draft no longer has gets no fix', () => {
    const { service, ctx } = openDraft(index, 'AOIP only.');
    const stale = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, message: '', source: 'asean-ref', code: RULE, data: { acronym: 'ARSOM', id: 'arsom' } };
    assert.deepEqual(service.codeActions(ctx, [stale]), []);
  });
});

describe('house style: facts that contradict the record', () => {
  const RULE = 'fact-contradicts-data';

  it('"KTT ASEAN ke-42 di Jakarta" is reported at the place, with the recorded place and its source, and fixed to Labuan Bajo', () => {
    const text = 'Presiden membuka KTT ASEAN ke-42 di Jakarta dengan pidato tentang kawasan.';
    const { found, doc } = check(text, RULE);
    assert.equal(found.length, 1);
    assert.equal(covered(doc, found[0]), 'Jakarta');
    assert.match(String(found[0].message), /^Menurut data, KTT ASEAN ke-42 diselenggarakan di Labuan Bajo, bukan "Jakarta" \(sumber: .+\)$/);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed.title, 'Pakai nilai dalam data: Labuan Bajo');
    assert.equal(fixed.text, 'Presiden membuka KTT ASEAN ke-42 di Labuan Bajo dengan pidato tentang kawasan.');
    assert.deepEqual(check(fixed.text, RULE).found, []);
  });

  it('"the 16th ARSOM took place in Jakarta" names Bali, in English', () => {
    const { found, doc } = check('The 16th ARSOM took place in Jakarta, the officials said.', RULE);
    assert.equal(found.length, 1);
    assert.equal(covered(doc, found[0]), 'Jakarta');
    assert.match(String(found[0].message), /^The record has the 16th ASEAN-Russia Senior Officials' Meeting in Bali, not "Jakarta" \(source: Baliekbis\.com/);
  });

  it('"ARSOM ke-16 pada 2020" is reported at the year and fixed to the recorded dates in Indonesian', () => {
    const text = 'Pertemuan ARSOM ke-16 pada 2020 membahas kerja sama kawasan.';
    const { found, doc } = check(text, RULE);
    assert.equal(found.length, 1);
    assert.equal(covered(doc, found[0]), '2020');
    assert.equal(applyFix(text, found[0]).text, 'Pertemuan ARSOM ke-16 pada 19–20 Februari 2019 membahas kerja sama kawasan.');
  });

  it('the recorded place and date, at any precision the writer gives, get no finding', () => {
    assertNoFindings(RULE, [
      'KTT ASEAN ke-42 di Labuan Bajo pada Mei 2023 dibuka Presiden.',
      'The 16th ARSOM was held in Bali on 19-20 February 2019.',
      'The 16th ARSOM was held in February 2019 in Indonesia.',
      'KTT ke-3 ASEAN-Rusia di Singapura pada 14 November 2018 menyepakati kemitraan strategis.',
    ]);
  });

  it('the country for its city, in either language, and a capital in any spelling reports use are the recorded place', () => {
    assertNoFindings(RULE, [
      'KTT ASEAN ke-22 di Brunei pada April 2013 membahas Laut China Selatan.',
      'The 22nd ASEAN Summit in Brunei in April 2013 discussed the South China Sea.',
      'KTT ASEAN ke-21 di Kamboja pada November 2012 juga membahasnya.',
      'KTT ASEAN ke-24 di Naypyidaw pada Mei 2014 dipimpin Myanmar.',
      'The 25th ASEAN Summit in Naypyitaw closed Myanmar\'s year as chair.',
    ]);
  });

  it('a country or a capital spelling that is not where the meeting met is still reported', () => {
    const { found, doc } = check('KTT ASEAN ke-43 di Brunei pada September 2023. KTT ASEAN ke-22 di Naypyidaw pada April 2013.', RULE);
    assert.deepEqual(found.map((d) => covered(doc, d)), ['Brunei', 'Naypyidaw']);
  });

  it('a date that belongs to another meeting named after the first is not judged against the first', () => {
    assert.deepEqual(check('Pertemuan ke-16 ARSOM menindaklanjuti KTT ke-3 ASEAN-Rusia pada 14 November 2018.', RULE).found, []);
  });

  it('on the five source articles and every test draft, the one contradiction is article 001\'s "14 November 2019", and each rule reports as counted', () => {
    const counts: Record<string, number> = {};
    const contradictions: string[] = [];
    for (const dir of ['data/sources', 'test/fixtures/drafts', 'test/fixtures/eval']) {
      for (const f of readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith('.md'))) {
        const { found, doc } = check(readFileSync(path.join(ROOT, dir, f), 'utf8'));
        for (const d of found) {
          counts[String(d.code)] = (counts[String(d.code)] ?? 0) + 1;
          if (d.code === RULE) contradictions.push(`${f}: ${covered(doc, d)}`);
        }
      }
    }
    assert.deepEqual(contradictions, ['baliekbis-2019-02-arsom.md: 14 November 2019']);
    // unknown-acronym: ANTARA, HAM, RT, UN. first-use: none for the KTT of "Konferensi Tingkat Tinggi (KTT) ASEAN ke-42"
    // nor the ASCC of "Rencana Strategis Komunitas Sosial-Budaya ASEAN (ASCC) Pasca-2025", spelled out inside a reference.
    assert.deepEqual(counts, { 'first-use-not-spelled-out': 63, 'ambiguous-reference': 10, 'unknown-acronym': 4, 'fact-contradicts-data': 1, 'unknown-instance': 3 });
  });

  it('article 001\'s wrong date of the 3rd ASEAN-Russia Summit is reported with the recorded 14 November 2018', () => {
    const text = readFileSync(path.join(ROOT, 'data', 'sources', 'baliekbis-2019-02-arsom.md'), 'utf8');
    const [d] = check(text, RULE).found;
    assert.match(String(d.message), /^Menurut data, KTT ke-3 ASEAN-Rusia diselenggarakan pada 14 November 2018, bukan "14 November 2019" \(sumber: Baliekbis\.com/);
  });
});

describe('house style: acronyms the data does not know', () => {
  const RULE = 'unknown-acronym';

  it('an unknown word in capitals is noted once, at information level', () => {
    const { found, doc } = check('The JKCD met on Monday. The JKCD will meet again.', RULE);
    assert.deepEqual(found.map((d) => [covered(doc, d), d.severity, d.message]), [['JKCD', 3, 'JKCD: an acronym the data does not know']]);
  });

  it('Roman numerals, units, known forms, headings in capitals and datelines are not noted', () => {
    const text = '# LAPORAN KERJA SAMA\n\nJAKARTA - Pada KTT ke-XLII, jalan 20 KM dan dana USD 5 juta dibahas RI dan ASEAN-Rusia.\n\nBali (ANTARA) - Rapat dibuka.\n\nKUALA LUMPUR – Rapat ditutup.\n\nBANDAR SERI BEGAWAN, 25 April - Rapat diundur.';
    assert.deepEqual(check(text, RULE).found.map((d) => d.message), []);
  });

  it('a dateline hides only its own words: an unknown acronym after "KUALA LUMPUR –" is still noted', () => {
    const { found, doc } = check('Rapat JKCD dibuka.\n\nKUALA LUMPUR – Pertemuan PQRS ditunda.', RULE);
    assert.deepEqual(found.map((d) => covered(doc, d)), ['JKCD', 'PQRS']);
  });

  it('an Indonesian draft gets the note in Indonesian', () => {
    assert.deepEqual(check('Laporan untuk JKCD disiapkan oleh tim kerja sama kawasan.', RULE).found.map((d) => d.message), ['JKCD: akronim yang tidak dikenal data']);
  });
});

describe('house style: switching a rule off in the draft', () => {
  it('asean-ref-disable … asean-ref-enable hides that rule between the comments, and only that rule', () => {
    const text = 'The JKCD met.\n\n<!-- asean-ref-disable unknown-acronym -->\nThe QZRT met and AOIP too.\n<!-- asean-ref-enable -->\n\nThe PLMK met.';
    const { found, doc } = check(text);
    assert.deepEqual(found.map((d) => [d.code, covered(doc, d)]), [['unknown-acronym', 'JKCD'], ['first-use-not-spelled-out', 'AOIP'], ['unknown-acronym', 'PLMK']]);
  });

  it('asean-ref-disable-next-line hides findings on the next line only; with no id, every rule', () => {
    const text = '<!-- asean-ref-disable-next-line -->\nThe JKCD met and AOIP too.\nThe PLMK met.';
    const { found, doc } = check(text);
    assert.deepEqual(found.map((d) => covered(doc, d)), ['PLMK']);
  });
});

describe('house style: adding an unknown acronym to the team data', () => {

  /** The quick fix on JKCD with the team data file at `uri` holding `text` (or missing). */
  function stubFix(text: string | undefined) {
    const open = check('The JKCD met on Monday.', 'unknown-acronym');
    const ctx = requestContext({ ...open.ctx, dataFile: () => ({ uri: 'file:///work/.asean-ref/entities.json', ...(text === undefined ? {} : { text }) }) });
    return open.service.codeActions(ctx, open.found);
  }

  it('creates the data file when it is missing, with a stub the schema accepts and the data check flags as TODO', () => {
    const [action] = stubFix(undefined);
    assert.equal(action.title, 'Add JKCD to the team data (.asean-ref/entities.json)');
    const [create, insert] = action.edit!.documentChanges! as [{ kind: string; uri: string }, { edits: { newText: string }[] }];
    assert.deepEqual(create, { kind: 'create', uri: 'file:///work/.asean-ref/entities.json', options: { ignoreIfExists: true } });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-stub-'));
    try {
      writeFileSync(path.join(dir, 'entities.json'), insert.edits[0].newText);
      const loaded = loadDataDir(dir);
      assert.deepEqual(loaded.problems.filter((p) => p.severity === 'error').map((p) => p.message), []);
      assert.deepEqual(loaded.problems.map((p) => p.rule), ['todo', 'todo', 'todo', 'todo']);
      assert.equal(loaded.dataset.entities[0].id, 'jkcd');
      assert.deepEqual(loaded.dataset.entities[0].acronyms, ['JKCD']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('appends the stub to an existing file, keeping its entities, and offers nothing when the file is not an entity file', () => {
    const existing = JSON.stringify({ entities: [{ id: 'team-x', kind: 'term', name: { en: 'X' }, description: { en: 'x', id: 'x' }, sources: [{ url: 'https://example.org/x', title: 'X', publisher: 'X' }] }] }, null, 2) + '\n';
    const [action] = stubFix(existing);
    const [change] = action.edit!.documentChanges! as unknown as [{ edits: TextEdit[] }];
    const after = TextDocument.applyEdits(TextDocument.create('file:///e.json', 'json', 1, existing), change.edits);
    assert.deepEqual(JSON.parse(after).entities.map((e: { id: string }) => e.id), ['team-x', 'jkcd']);
    assert.deepEqual(stubFix('[1, 2]'), []);
    assert.deepEqual(stubFix(undefined).length, 1);
  });

  it('outside a workspace (no data file), there is no fix', () => {
    const open = check('The JKCD met on Monday.', 'unknown-acronym');
    assert.deepEqual(open.service.codeActions(open.ctx, open.found), []);
  });
});
