import assert from 'node:assert/strict';
import { unsupportedClaims } from '../../../server/src/data/claim-support';
import type { Entity } from '../../../server/src/data/dataset';
import { problemsOf } from './helpers';

const meeting = (fields: Partial<Entity>): Entity =>
  ({ id: 'm', kind: 'meeting', name: { en: 'm' }, description: { en: 'd', id: 'd' }, sources: [{ source: 's', quote: 'q' }], ...fields }) as Entity;
const messages = (fields: Partial<Entity>): string[] => unsupportedClaims(meeting(fields), '/entities/0').map((c) => c.message.split(':')[0]);

describe('data:check asks the quotes to carry the facts they back', () => {
  it('rejects a meeting whose quotes name neither its ordinal, its first day nor its city, at its quotes', () => {
    assert.deepEqual(problemsOf('claim-unsupported'), [
      'entities/e.json:13:18: no quote of "forum-5" gives the day it started (2021-03-09): quote the passage that does, record only the month, or say in a note where it comes from',
      'entities/e.json:13:18: no quote of "forum-5" names its city: quote the passage that does, or say in a note where it comes from',
      'entities/e.json:13:18: no quote of "forum-5" names its ordinal 5: quote a passage that does ("ke-5"), or say in a note where it comes from',
    ]);
  });

  it('accepts the ordinal however the quote writes it', () => {
    for (const quote of ['Pertemuan ke-16 ARSOM', 'the 16th ARSOM', 'the sixteenth meeting', 'Sidang kedua puluh sembilan']) {
      const ordinal = quote.includes('puluh') ? 29 : 16;
      assert.deepEqual(messages({ ordinal, sources: [{ source: 's', quote }] }), [], quote);
    }
  });

  it('accepts the day written as the articles write it, and a month-precision date without one', () => {
    for (const quote of ['mulai 19-20 Februari 2019', 'Senin (19/2/2019)', 'on 19 February']) assert.deepEqual(messages({ dates: { start: '2019-02-19' }, sources: [{ source: 's', quote }] }), [], quote);
    assert.deepEqual(messages({ dates: { start: '2019-02' } }), []);
    assert.deepEqual(messages({ dates: { start: '2019-02-19' }, sources: [{ source: 's', quote: 'on 9 February and 2019' }] }), ['no quote of "m" gives the day it started (2019-02-19)']);
  });

  it('finds a city in either language, or in a curator note that says where it comes from', () => {
    assert.deepEqual(messages({ place: { city: { en: 'Singapore', id: 'Singapura' } }, sources: [{ source: 's', quote: 'digelar di Singapura' }] }), []);
    assert.deepEqual(messages({ place: { city: 'Manila' }, notes: [{ en: 'The article places it at the retreat in Manila.' }] }), []);
    assert.deepEqual(messages({ place: { city: 'Nusa Dua' }, sources: [{ source: 's', quote: 'di Nusa Tenggara' }] }), ['no quote of "m" names its city']);
  });
});
