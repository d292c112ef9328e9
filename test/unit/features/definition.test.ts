import assert from 'node:assert/strict';
import type { Entity } from '../../../server/src/data/dataset';
import { ARTICLE, UNDATED, fixtureIndex } from '../format/fixtures';
import { openDraft } from '../helpers/service';

const both: Entity = {
  id: 'rapat-gabungan', kind: 'term', name: { en: 'Rapat Gabungan' }, description: { en: 'x', id: 'x' },
  sources: [{ source: 'antara-arsom-2019', quote: 'Chandra W. Yudha' }, { source: 'kemlu-socom', quote: 'SOC-COM ke-20' }],
};
const index = fixtureIndex([both]);

function goTo(text: string, word: string) {
  const { service, doc, ctx } = openDraft(index, text);
  return service.definition(ctx, doc.positionAt(text.indexOf(word) + 1));
}
const uri = (file: string) => `file://${file}`;

describe('going to the definition of a reference', () => {
  it('going to ARSOM opens the Antara article at the quoted passage', () => {
    assert.deepEqual(goTo('Hasil ARSOM dibahas.', 'ARSOM'), [
      { uri: uri(ARTICLE), range: { start: { line: 10, character: 55 }, end: { line: 10, character: 99 } } },
    ]);
  });

  it('going to an entity cited by two articles offers both passages', () => {
    const found = goTo('Hasil Rapat Gabungan dibahas.', 'Rapat Gabungan');
    assert.deepEqual(found.map((l) => [l.uri, l.range.start.line]), [[uri(ARTICLE), 14], [uri(UNDATED), 3]]);
  });

  it('going to a meeting with several quotes offers each of them', () => {
    assert.deepEqual(goTo('ARSOM ke-16 di Bali.', 'ARSOM').map((l) => l.range.start), [{ line: 11, character: 8 }, { line: 10, character: 55 }]);
  });

  it('going to a meeting whose own quotes are not in the article falls back to its series', () => {
    assert.deepEqual(goTo('ARSOM ke-15 di Moskow.', 'ARSOM').map((l) => l.range.start), [{ line: 10, character: 55 }]);
  });

  it('going from a plain word, or from past the end of the draft, goes nowhere', () => {
    assert.deepEqual(goTo('Hasil ARSOM dibahas.', 'dibahas'), []);
    const { service, ctx } = openDraft(index, 'ARSOM');
    assert.deepEqual(service.definition(ctx, { line: 3, character: 0 }), []);
    assert.deepEqual(service.definition(ctx, { line: 0, character: 99 }), []);
  });
});
