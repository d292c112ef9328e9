import assert from 'node:assert/strict';
import { paragraphEnd, paragraphStart } from '../../../server/src/scan/paragraphs';

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
});
