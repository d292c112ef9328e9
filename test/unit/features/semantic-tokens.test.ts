import assert from 'node:assert/strict';
import { SEMANTIC_LEGEND, semanticTokens } from '../../../server/src/features/semantic-tokens';
import { fixtureIndex } from '../format/fixtures';
import { openDraft } from '../helpers/service';

const index = fixtureIndex();

/** The tokens decoded back into "type: text" per line, as an editor would colour them. */
function coloured(text: string): string[] {
  const { ctx, doc } = openDraft(index, text);
  const { data } = semanticTokens(ctx);
  const out: string[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character: char });
    out.push(`${SEMANTIC_LEGEND.tokenTypes[data[i + 3]]}: ${text.slice(start, start + data[i + 2])}`);
  }
  return out;
}

describe('semantic tokens for the references in a draft', () => {
  it('marks an acronym, a meeting with its ordinal and an official name', () => {
    assert.deepEqual(coloured('Hasil ARSOM ke-16 dibahas.\nARSOM dan ASEAN-Russia Senior Officials’ Meeting.'), [
      'aseanMeeting: ARSOM ke-16',
      'aseanAcronym: ARSOM',
      'aseanName: ASEAN-Russia Senior Officials’ Meeting',
    ]);
  });

  it('splits a name broken across lines into one token per line', () => {
    assert.deepEqual(coloured('Pada ASEAN-Russia Senior\nOfficials’ Meeting kemarin.'), ['aseanName: ASEAN-Russia Senior', 'aseanName: Officials’ Meeting']);
  });

  it('marks nothing in code spans and fences, or in a draft without references', () => {
    assert.deepEqual(coloured('Kode `ARSOM` di sini.\n\n```\nARSOM ke-16\n```\n'), []);
    assert.deepEqual(coloured('Tidak ada apa-apa di sini.'), []);
  });
});
