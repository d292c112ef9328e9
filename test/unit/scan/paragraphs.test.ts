import assert from 'node:assert/strict';
import { paragraphEnd, paragraphRanges, paragraphStart } from '../../../server/src/scan/paragraphs';

describe('paragraphs of a draft', () => {
  const text = 'Judul\n\nParagraf satu,\nbaris dua.\n \t\r\nParagraf dua.';
  const inOne = text.indexOf('baris');

  it('the paragraph around a word runs from after the blank line before it to the line break before the next blank line', () => {
    assert.equal(text.slice(paragraphStart(text, inOne), paragraphEnd(text, inOne)), 'Paragraf satu,\nbaris dua.');
  });

  it('a line of spaces, tabs and a CR is blank; the first and last paragraphs reach the ends of the text', () => {
    const inTwo = text.indexOf('dua.', text.indexOf('Paragraf dua'));
    assert.equal(text.slice(paragraphStart(text, inTwo), paragraphEnd(text, inTwo)), 'Paragraf dua.');
    assert.equal(text.slice(paragraphStart(text, 2), paragraphEnd(text, 2)), 'Judul');
    assert.equal(paragraphEnd('', 0), 0);
  });

  it('a draft cut into its paragraphs: each as paragraphStart and paragraphEnd bound it, blank lines in none', () => {
    for (const t of [text, '\n\n\nA\n\n\n\nB\n', 'A', '', 'A\r\n\r\nB\r\n', 'x\n  \n\ny']) {
      const ranges = paragraphRanges(t);
      for (const [a, b] of ranges) assert.deepEqual([paragraphStart(t, a), paragraphEnd(t, a)], [a, b], JSON.stringify(t));
      // What lies between them is white space only.
      let at = 0;
      for (const [a, b] of ranges) {
        assert.match(t.slice(at, a), /^\s*$/);
        at = b;
      }
      assert.match(t.slice(at), /^\s*$/);
    }
    assert.deepEqual(paragraphRanges(text).map(([a, b]) => text.slice(a, b)), ['Judul', 'Paragraf satu,\nbaris dua.', 'Paragraf dua.']);
  });
});
