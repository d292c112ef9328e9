import assert from 'node:assert/strict';
import { formatProblem } from '../../../server/src/data/dataset';
import { createValidators } from '../../../server/src/data/schema';
import { parseUnit } from '../../../server/src/data/units';

const validators = createValidators();

/** One entity in a file, pretty-printed so lines are predictable; returns the curator-facing messages. */
function messagesFor(entity: Record<string, unknown>): string[] {
  const base = { id: 'x', kind: 'term', name: { en: 'X' }, description: { en: 'd', id: 'd' }, sources: [{ source: 's', quote: 'abc' }] };
  const text = JSON.stringify({ entities: [{ ...base, ...entity }] }, null, 2);
  return parseUnit('e.json', text, validators).problems.map((p) => formatProblem(p).replace(/^e\.json:\d+:\d+: /, ''));
}

describe('schema messages a curator can act on', () => {
  it('says a meeting needs dates, once', () => {
    assert.deepEqual(messagesFor({ kind: 'meeting' }), ['missing required property "dates" (required when "kind" is "meeting")']);
  });

  it('says which property only meetings may have, at that property', () => {
    assert.deepEqual(messagesFor({ kind: 'country', dates: { start: '2020' } }), ['"dates" is only allowed when "kind" is "meeting"']);
  });

  it('asks for the series of a numbered meeting', () => {
    assert.deepEqual(messagesFor({ kind: 'meeting', ordinal: 3, dates: { start: '2020' } }), ['missing required property "series" (required when "ordinal" is given)']);
  });

  it('gives one message for a participant that is neither an id nor a description', () => {
    assert.deepEqual(messagesFor({ kind: 'meeting', dates: { start: '2020' }, participants: ['Viet Nam', { en: 'Dialogue partners' }, 7] }), [
      '"participants[0]" must be an id: lowercase letters and digits in words joined by single hyphens (got "Viet Nam")',
      'missing required property "id"',
      '"participants[2]" must be a string or an object',
    ]);
  });

  it('does not add kind-dependent noise when the kind is missing', () => {
    assert.deepEqual(messagesFor({ kind: undefined }), ['missing required property "kind"']);
  });

  it('names date fields and shows the accepted formats', () => {
    assert.deepEqual(messagesFor({ kind: 'meeting', dates: { start: '19-2-2019' } }), ['"dates.start" must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "19-2-2019")']);
  });

  it('reports a role that ends before it starts', () => {
    const role = { title: { en: 'Director', id: 'Direktur' }, from: '2021-03', to: '2020', evidence: { source: 's', quote: 'abc' } };
    assert.deepEqual(messagesFor({ kind: 'person', roles: [role] }), ['role end ("to") "2020" is before role start ("from") "2021-03"']);
  });

  it('compares dates only at the precision both have', () => {
    assert.deepEqual(messagesFor({ kind: 'meeting', dates: { start: '2019-02-19', end: '2019-02' }, notes: [{ en: 'It opened on 19 February.' }] }), []);
  });

  it('reports a sharedForms entry the entity does not have', () => {
    assert.deepEqual(messagesFor({ acronyms: ['XA'], sharedForms: ['XB'] }), ['sharedForms lists "XB", which is not a name, acronym or alias of "x"']);
  });

  it('quotes numbers that should be text in front matter', () => {
    const text = '---\nid: s\ntitle: T\npublisher: P\npublished:\n  date: 2019\nlanguage: en\nseed: s.txt\n---\nBody';
    assert.deepEqual(parseUnit('s.md', text, validators).problems.map(formatProblem), ['s.md:6:9: "published.date" must be a string (put it in quotes)']);
  });
});
