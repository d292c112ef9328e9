import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hashStart } from '../../../server/src/text/hash';
import { formKey, scanWords, tokenize } from '../../../server/src/text/tokens';

describe('reading words the way names are compared', () => {
  it('folds case, diacritics and apostrophes, and drops a possessive', () => {
    assert.equal(formKey("ASEAN Senior Officials’ Meeting"), 'asean senior officials meeting');
    assert.equal(formKey('Kerja Sama Ekonomi Việt Nam'), 'kerja sama ekonomi viet nam');
    assert.equal(formKey("ASEAN's Outlook"), 'asean outlook');
  });

  it('reads "ke-42", "ke 42" and "42nd" as ordinals, but not "ke Bali" or "2016-2020"', () => {
    assert.deepEqual(tokenize('KTT ke-42 ke 7 ke–3 42nd ke Bali 2016-2020').map((t) => t.ordinal ?? t.raw), ['KTT', 42, 7, 3, 42, 'ke', 'Bali', '2016', '2020']);
  });

  it('hashes every word exactly as the index hashes its key', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'Z', 'é', 'ß', '’', "'", 's', '1', 'İ', 'ǅ', '😀', ' ', '-'), maxLength: 30 });
    fc.assert(
      fc.property(word, (text) => {
        const s = scanWords(text);
        for (let i = 0; i < s.length; i++) assert.equal(s.hash[i], hashStart(s.norm(i)), JSON.stringify(s.raw(i)));
      }),
      { numRuns: 3000 },
    );
  });
});
