import assert from 'node:assert/strict';
import { DataStore } from '../../../server/src/data/store';

const dir = '/workspace/.asean-ref';
const source = `${dir}/sources/s.md`;
const entities = `${dir}/entities/team.json`;
const more = `${dir}/entities/more.json`;

const sourceText = (id = 's') => `---\nid: ${id}\ntitle: Report\npublisher: Team\npublished:\n  date: 2024-05-01\nlanguage: en\nseed: notes.txt\n---\nThe working group met in Hanoi on 1 May.\n`;
const entityFile = (name: string, quote = 'working group met in Hanoi', id = 'wg') =>
  JSON.stringify({ entities: [{ id, kind: 'organization', name: { en: name }, description: { en: 'd', id: 'd' }, sources: [{ source: 's', quote }] }] }, null, 2);

const names = (store: DataStore) => store.dataset().entities.map((e) => `${e.id}: ${e.name.en}`);
const messages = (store: DataStore) => store.problems().map((p) => `${p.file.slice(dir.length + 1)}:${p.line + 1}: ${p.message}`);

describe('live workspace data (the store keeps the last good version of each file)', () => {
  let store: DataStore;
  beforeEach(() => {
    store = new DataStore();
    store.update(source, sourceText());
    store.update(entities, entityFile('Working Group'));
  });

  it('serves the files once they are valid', () => {
    assert.deepEqual(names(store), ['wg: Working Group']);
    assert.deepEqual(messages(store), []);
    assert.deepEqual(store.dataset().sources[0].quotes['working group met in Hanoi'], { start: { line: 9, character: 4 }, end: { line: 9, character: 30 } });
  });

  it('keeps serving the last good entity file while the new text does not parse, and reports why', () => {
    store.update(entities, entityFile('Working Group Renamed').replace('"entities"', '"entities",'));
    assert.deepEqual(names(store), ['wg: Working Group']);
    assert.equal(store.isServed(entities), false);
    assert.match(messages(store)[0], /^entities\/team\.json:2: JSON syntax error/);
  });

  it('takes the new version as soon as it is fixed', () => {
    store.update(entities, '{ "entities": [');
    store.update(entities, entityFile('Working Group Renamed'));
    assert.deepEqual(names(store), ['wg: Working Group Renamed']);
    assert.deepEqual(messages(store), []);
  });

  it('keeps the last good version when an edit breaks a quote', () => {
    store.update(entities, entityFile('Working Group Renamed', 'working group met in Hue'));
    assert.deepEqual(names(store), ['wg: Working Group']);
    assert.deepEqual(messages(store), ['entities/team.json:16: quote not found verbatim in source "s"']);
  });

  it('refuses a second file that reuses an id, and keeps the first', () => {
    store.update(more, entityFile('Impostor'));
    assert.deepEqual(names(store), ['wg: Working Group']);
    assert.deepEqual(messages(store), ['entities/more.json:4: duplicate id "wg" (first defined in team.json:4)']);
  });

  it('brings in an entity file that was waiting for the source it quotes', () => {
    const late = `${dir}/entities/late.json`;
    store.update(late, entityFile('Later', 'met in Hanoi', 'late').replace('"source": "s"', '"source": "t"'));
    assert.deepEqual(messages(store), ['entities/late.json:15: unknown source "t"']);
    store.update(`${dir}/sources/t.md`, sourceText('t'));
    assert.deepEqual(names(store), ['late: Later', 'wg: Working Group']);
    assert.deepEqual(messages(store), []);
  });

  it('stops serving a removed file and reports what now dangles', () => {
    store.remove(source);
    assert.deepEqual(store.dataset().sources, []);
    assert.deepEqual(messages(store), ['entities/team.json:15: unknown source "s"']);
  });

  it('never throws on garbage', () => {
    store.update(entities, '\u0000\uffff{{{');
    store.update(source, '---\n: : :\n---');
    store.remove('/nowhere.json');
    assert.deepEqual(names(store), ['wg: Working Group']);
    assert.ok(store.problems().length > 0);
  });
});

describe('sources checked out with Windows line endings', () => {
  it('still finds a multi-line quote, at the right place', () => {
    const store = new DataStore();
    store.update('/ws/sources/w.md', sourceText('w').replace(/\n/g, '\r\n').replace('met in Hanoi', 'met\r\nin Hanoi'));
    store.update('/ws/entities/w.json', entityFile('Working Group', 'working group met\nin Hanoi').replace('"source": "s"', '"source": "w"'));
    assert.deepEqual(store.problems(), []);
    assert.deepEqual(store.dataset().sources[0].quotes['working group met\nin Hanoi'], { start: { line: 9, character: 4 }, end: { line: 10, character: 8 } });
  });
});
