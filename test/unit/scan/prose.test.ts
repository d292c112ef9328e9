import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyMask, maskedSlice, maskNonProse, mergedRanges, nonProseRanges } from '../../../server/src/scan/prose';

/** The words a writer would see treated as prose. */
const prose = (text: string): string[] => maskNonProse(text).split(/\s+/).filter(Boolean);

describe('telling prose from the rest of a Markdown draft', () => {
  it('skips YAML front matter at the top, but not a later thematic break', () => {
    assert.deepEqual(prose('---\ntitle: ARSOM\n---\nTeks\n\n---\nLagi'), ['Teks', '---', 'Lagi']);
  });

  it('skips fenced code with backticks or tildes, and an unclosed fence to the end', () => {
    assert.deepEqual(prose('A\n```md\nARSOM\n```\nB\n~~~\nAOIP\n~~~\nC'), ['A', 'B', 'C']);
    assert.deepEqual(prose('A\n````\nX\n```\nY\n````\nB'), ['A', 'B']);
    assert.deepEqual(prose('A\n```\nARSOM'), ['A']);
  });

  it('skips inline code of any backtick length, and treats an unclosed backtick as text', () => {
    assert.deepEqual(prose('a `ARSOM` b ``x ` y`` c'), ['a', 'b', 'c']);
    assert.deepEqual(prose('a ` ARSOM\n\nb `'), ['a', '`', 'ARSOM', 'b', '`']);
  });

  it('skips link destinations and titles but keeps link text', () => {
    assert.deepEqual(prose('[ARSOM](https://x.org/ARSOM "ARSOM") dan ![AOIP](img/AOIP.png)'), ['[ARSOM]', 'dan', '![AOIP]']);
  });

  it('skips reference definitions, autolinks, bare URLs, HTML tags and comments', () => {
    assert.deepEqual(prose('[a]: https://x.org/ARSOM\nLihat <https://x.org/AOIP> atau https://x.org/SOM.\n<span class="ARSOM">teks</span> <!-- AOIP\nSOM -->'), ['Lihat', 'atau', 'teks']);
  });

  it('never moves an offset or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '`', '~', '-', '[', ']', '(', ')', '<', '>', '!', '"', 'h', ':', '/') , maxLength: 200 }), (text) => {
        const masked = maskNonProse(text);
        assert.equal(masked.length, text.length);
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\n') assert.equal(masked[i], '\n');
          else assert.ok(masked[i] === text[i] || masked[i] === ' ');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('masks any line of a draft exactly as it masks the whole draft, without masking the rest', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '`', '~', '-', '[', ']', '(', ')', '<', '>', '!', '"', 'h', ':', '/', '+');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.nat(), fc.nat(), (text, x, y) => {
        const [a, b] = [x % (text.length + 1), y % (text.length + 1)].sort((p, q) => p - q);
        assert.equal(maskedSlice(text, nonProseRanges(text), a, b), maskNonProse(text).slice(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('what is masked, as one list of disjoint stretches, masks the draft as maskNonProse does', () => {
    const text = '---\na: 1\n---\n[x]: https://x.org/a <!-- c -->\n\n```\nkode\n```\nTeks `kode` dan <b>tebal</b>.';
    const merged = mergedRanges(nonProseRanges(text));
    merged.forEach(([s, e], i) => {
      assert.ok(s < e);
      if (i > 0) assert.ok(merged[i - 1][1] < s, 'disjoint and sorted');
    });
    assert.equal(applyMask(text, merged.map(([s, e]) => [s, e])), maskNonProse(text));
  });
});
