/**
 * Masking is one linear pass whatever the draft holds. Each input here is one that made a regex
 * (or the code-span search) try every start against the rest of the text: before, each took
 * minutes (n² at these sizes); now each is milliseconds, far inside the test's time limit.
 */
import assert from 'node:assert/strict';
import { maskNonProse } from '../../../server/src/scan/prose';

const HOSTILE: [what: string, text: string, masked: (text: string) => string][] = [
  ['2 MB of unclosed "<!--"', '<!--'.repeat(500_000), (t) => t],
  ['400 KB of "](" (link destinations never closed)', '](' .repeat(200_000), (t) => t],
  ['600 KB of "<http:" (autolinks never closed)', '<http:'.repeat(100_000), (t) => t],
  ['1 MB of short code spans in one paragraph', '`a` '.repeat(250_000), (t) => ' '.repeat(t.length)],
  ['a comment closed only at the very end', '<!--'.repeat(200_000) + '-->ARSOM', (t) => ' '.repeat(t.length - 5) + 'ARSOM'],
];

describe('masking a hostile draft takes one pass', () => {
  for (const [what, text, masked] of HOSTILE) {
    it(`${what}: masked correctly within the time limit`, () => {
      assert.equal(maskNonProse(text), masked(text));
    });
  }

  it('a link whose destination holds balanced parentheses is masked whole', () => {
    const text = 'Lihat [AOIP](https://en.wikipedia.org/wiki/AOIP_(dokumen)) ARSOM';
    assert.deepEqual(maskNonProse(text).split(/\s+/).filter(Boolean), ['Lihat', '[AOIP]', 'ARSOM']);
  });

  it('a URL inside a comment does not run past the comment', () => {
    assert.deepEqual(maskNonProse('<!-- http://x.example/-->ARSOM').trim(), 'ARSOM');
  });
});
