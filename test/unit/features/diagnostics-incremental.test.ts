/**
 * Diagnostics after an edit re-read only the paragraphs it touched (features/rules/read-draft.ts).
 * What the writer sees must not depend on that: for any sequence of edits, the findings of the
 * service that kept its notes equal those of a pass over the same text from scratch.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataDir } from '../../../server/src/data/load';
import { buildIndex } from '../../../server/src/index/build';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { serviceOver } from '../helpers/service';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const index = buildIndex(loadDataDir(path.join(ROOT, 'data')).dataset);
const URI = 'file:///draft.md';

// What the rules look at: numbered meetings with places and dates, acronyms spelled out or not,
// shared forms, unknown capitals, datelines, headings; and what changes the prose around them.
const prose = fc.constantFrom(
  'KTT ASEAN ke-42', ' di Jakarta', ' di Labuan Bajo', ' pada 2020', ' pada Mei 2023', ' pada 14 November 2019', 'Pertemuan ARSOM ke-16', 'The 16th ARSOM',
  ' took place in Jakarta', 'ARSOM', ' (ARSOM)', "ASEAN-Russia Senior Officials' Meeting", 'SOM', 'ASCC', 'KTT ASEAN ke-99', 'JKCD', 'USD', 'LAPORAN KERJA SAMA ASEAN',
  'JAKARTA - ', '(ANTARA)', 'Indonesia', 'Singapura', ' dan ', ' the ', '.', '. ', ' ', ' ', '\n', '\n\n', '\n\n', '\n \n', '# ', '- ', 'e', 'x',
);
const markup = fc.constantFrom('`', '```\n', '<!--', '-->', '<!-- asean-ref-disable -->', '<!-- asean-ref-enable -->', '<!-- asean-ref-disable-next-line -->\n', '[KTT](https://x.org)', '---\n');
// Single characters that make or break a word at a paragraph's edge ("ARSO" + "M").
const letter = fc.constantFrom('M', 'A', 'S', 'O', 'R', '2', '-', '(', ')', ' ', '\n');
const piece = fc.oneof({ arbitrary: prose, weight: 20 }, { arbitrary: markup, weight: 1 });
const text = fc.array(piece, { minLength: 10, maxLength: 60 }).map((p) => p.join(''));
const edit = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.nat({ max: 2 }), fc.nat({ max: 12 })),
  insert: fc.oneof(fc.array(piece, { maxLength: 2 }).map((p) => p.join('')), letter),
  // The server diagnoses after a pause, not every version; and settings change now and then.
  diagnose: fc.boolean(),
  settings: fc.constantFrom<Partial<Settings>>({}, {}, {}, { cardLanguage: 'en' }, { rules: { 'unknown-acronym': 'off' } }, { exemptAcronyms: ['ASEAN', 'ARSOM'] }),
});

const view = (text: string, settings: Settings, service = serviceOver(index, settings), version = 1) => {
  const doc = TextDocument.create(URI, 'markdown', version, text);
  return JSON.stringify(service.diagnostics(service.contextWith(doc, settings)));
};

describe('diagnostics after edits', () => {
  it('equal a pass from scratch over the same text, whatever the edits', function () {
    this.timeout(120_000);
    let compared = 0;
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const service = serviceOver(index);
        let current = start;
        view(current, defaultSettings, service);
        edits.forEach((e, i) => {
          const at = e.at % (current.length + 1);
          current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
          if (!e.diagnose) return;
          const settings = { ...defaultSettings, ...e.settings };
          assert.equal(view(current, settings, service, i + 2), view(current, settings), JSON.stringify(current));
          compared++;
        });
      }),
      { numRuns: 1500 },
    );
    assert.ok(compared > 2000, `only ${compared} versions compared`);
  });

  it('a letter replaced at the very end or start of a paragraph is read again', () => {
    for (const [before, after] of [
      ['Awal.\n\nRapat ARSOX\n\nAkhir.', 'Awal.\n\nRapat ARSOM\n\nAkhir.'],
      ['Awal.\n\nXRSOM rapat\n\nAkhir.', 'Awal.\n\nARSOM rapat\n\nAkhir.'],
    ]) {
      const service = serviceOver(index);
      view(before, defaultSettings, service, 1);
      assert.equal(view(after, defaultSettings, service, 2), view(after, defaultSettings), after);
    }
  });

  it('a paragraph moved by an edit above it keeps its findings at its new place', () => {
    const service = serviceOver(index);
    const tail = '\n\nARSOM met in Bali. The 16th ARSOM took place in Jakarta.\n\nJKCD noted.';
    view('Awal.' + tail, defaultSettings, service, 1);
    const moved = 'Awal draf ini, dengan baris baru.\n' + tail;
    const found = JSON.parse(view(moved, defaultSettings, service, 2)) as { code: string; range: { start: { line: number } } }[];
    assert.deepEqual(JSON.stringify(found), view(moved, defaultSettings));
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [
      ['first-use-not-spelled-out', 3],
      ['fact-contradicts-data', 3],
      ['unknown-acronym', 5],
    ]);
  });
});
