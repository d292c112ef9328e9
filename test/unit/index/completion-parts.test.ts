import assert from 'node:assert/strict';
import fc from 'fast-check';
import { completionKey, exactCompletionKey } from '../../../server/src/index/completion-key';
import { prefixWithinOneEdit, withinOneEdit } from '../../../server/src/index/edit-distance';
import { PackedStrings } from '../../../server/src/index/packed-strings';
import { SortedKeys } from '../../../server/src/index/sorted-keys';
import { sortOffsets } from '../../../server/src/index/string-sort';
import { WordGramIndex } from '../../../server/src/index/word-grams';

/** Optimal-string-alignment distance, the plain matrix way: what withinOneEdit must agree with. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 7 });

describe('completion index parts', () => {
  describe('keys', () => {
    it('"KTT ASEAN ke-4" becomes "ktt asean ke 4", a prefix of the key of "KTT ASEAN ke-42"', () => {
      assert.equal(completionKey('KTT ASEAN ke-4'), 'ktt asean ke 4');
      assert.ok(completionKey('KTT ASEAN ke-42').startsWith(completionKey('KTT ASEAN ke-4')));
    });

    it('folds diacritics, drops apostrophes, turns any other punctuation run into one space', () => {
      assert.equal(completionKey("  ASEAN–Russia Senior Officials’ Meeting (ARSOM) "), 'asean russia senior officials meeting arsom');
      assert.equal(completionKey('Việt Nam'), 'viet nam');
      assert.equal(completionKey("Chandra W.Yudha"), 'chandra w yudha');
      assert.equal(completionKey('—'), '');
    });

    it('the exact key keeps case for the acronym tier', () => {
      assert.equal(exactCompletionKey('ARSOM'), 'ARSOM');
      assert.equal(exactCompletionKey('ASEAN-Rusia SOM'), 'ASEAN Rusia SOM');
    });
  });

  describe('one-typo checks', () => {
    it('agree with the edit-distance matrix on random short strings', () => {
      fc.assert(fc.property(small, small, (a, b) => assert.equal(withinOneEdit(a, b), osa(a, b) <= 1, `${a}|${b}`)), { numRuns: 2000 });
    });

    it('an unfinished word matches when its letters are one typo from the start of a word', () => {
      assert.ok(prefixWithinOneEdit('huor', 'hourn'));
      assert.ok(prefixWithinOneEdit('outlok', 'outlook'));
      assert.ok(!prefixWithinOneEdit('hnru', 'hourn'));
    });
  });

  describe('sorted packed keys', () => {
    it('multikey quicksort orders offsets as a plain string sort would', () => {
      fc.assert(
        fc.property(fc.array(small.map((s) => s.trim()), { maxLength: 60 }), (strings) => {
          const packed = PackedStrings.from(strings);
          const sorted = sortOffsets(packed.packed, packed.start.slice(0, packed.count));
          const got = Array.from(sorted, (o) => packed.get(packed.indexAt(o)));
          assert.deepEqual(got, [...strings].sort());
        }),
      );
    });

    it('prefix and word runs hold exactly the keys that start with the prefix / have it as first word', () => {
      fc.assert(
        fc.property(fc.array(small.map((s) => s.trim()), { maxLength: 40 }), small.map((s) => s.trim()), (strings, prefix) => {
          const packed = PackedStrings.from(strings);
          const keys = new SortedKeys(packed, packed.start.slice(0, packed.count));
          const listed = (run: { lo: number; hi: number }) => Array.from(keys.offsets.subarray(run.lo, run.hi), (o) => packed.get(packed.indexAt(o))).sort();
          assert.deepEqual(listed(keys.prefix(prefix)), strings.filter((s) => s.startsWith(prefix)).sort());
          if (prefix && !prefix.includes(' ')) assert.deepEqual(listed(keys.word(prefix)), strings.filter((s) => s === prefix || s.startsWith(`${prefix} `)).sort());
        }),
      );
    });
  });

  describe('word grams', () => {
    const grams = new WordGramIndex(['hourn', 'outlook', 'pacific', 'arsom', 'arsip', 'house', 'summit']);

    it('"huorn" (letters swapped) finds "hourn", though no trigram of the two is shared', () => {
      assert.deepEqual(grams.similar('huorn', false, 5), ['hourn']);
    });

    it('an unfinished "outlo" with a typo, "otlo", finds "outlook"', () => {
      assert.deepEqual(grams.similar('otlo', true, 5), ['outlook']);
    });

    it('words shorter than four letters are not widened: "hou" matches by prefix only', () => {
      assert.deepEqual(grams.similar('hou', true, 5), []);
    });
  });
});
