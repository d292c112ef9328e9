/** Text that looks like one thing and is written as another: invisible characters, odd spaces, an ordinal shared by two names. */
import assert from 'node:assert/strict';
import { scanText } from '../../../server/src/scan/scan';
import { miniIndex } from '../helpers/mini-data';

const index = miniIndex();
const hits = (text: string) => scanText(text, index).hits.map((h) => `${text.slice(h.start, h.end).replace(/\u200b/g, '<zwsp>')}=${h.candidates.map((c) => c.id + (c.unknownOrdinal ? `?${c.unknownOrdinal}` : '')).join('|')}`);

describe('recognising text with invisible characters and unusual spaces', () => {
  it('a zero-width space inside "ARSOM" leaves it ARSOM, not "SOM"', () => {
    assert.deepEqual(hits('Rapat AR\u200bSOM di Bali'), ['AR<zwsp>SOM=arsom']);
    assert.deepEqual(hits('\u200bARSOM\u200b dan'), ['ARSOM=arsom']);
  });

  it('thin, narrow no-break and zero-width spaces join the words of a name like a space', () => {
    for (const space of ['\u2009', '\u202f', '\u200a', '\u3000']) assert.deepEqual(hits(`KTT${space}ASEAN ke-42`), [`KTT${space}ASEAN ke-42=asean-summit-42`], JSON.stringify(space));
  });

  it('"KTT ASEAN ke-42 ARSOM": the ordinal belongs to the summit only, ARSOM is the series', () => {
    assert.deepEqual(hits('KTT ASEAN ke-42 ARSOM'), ['KTT ASEAN ke-42=asean-summit-42', 'ARSOM=arsom']);
    assert.deepEqual(hits('ke-16 ARSOM'), ['ke-16 ARSOM=arsom-16']);
  });
});
