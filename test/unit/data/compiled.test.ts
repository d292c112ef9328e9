import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extendCatalog } from '../../../server/src/data/catalog';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';
import { scanText } from '../../../server/src/scan/scan';
import { compileData } from '../../../server/src/compiled/compile';
import { loadCompiled, openCompiled } from '../../../server/src/compiled/compiled';
import { loadDataDir } from '../../../server/src/data/load';
import { DataStore } from '../../../server/src/data/store';
import { columnsOf } from '../../../server/src/data/columns';
import { toArray } from '../../../server/src/data/table';
import { writeCompiled as writeGenerated } from '../../../bench/data-files';
import { generateDraft } from '../../../bench/drafts';
import { generateDataset } from '../../../bench/generate';
import { queryMix } from '../../../bench/queries';
import { capture, fixtures, shippedRoot } from './helpers';

const referrers = (index: EntityIndex, id: string) => index.referrers(id).map((g) => ({ how: g.how, size: g.size, ids: g.ids(), first: g.ids(2) }));

describe('the compiled data (dist/data.jsonl)', () => {
  let tmp: string;
  let out: string;
  beforeEach(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'asean-ref-data-'));
    out = path.join(tmp, 'data.jsonl');
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('loads back into the same Dataset the data dir gives', () => {
    const c = capture();
    assert.equal(compileData(shippedRoot, out, c.io), 0, c.err());
    assert.deepEqual(loadCompiled(out, shippedRoot), loadDataDir(path.join(shippedRoot, 'data')).dataset);
  });

  it('is one entity per line after a header, then the columns the index is built from', () => {
    compileData(shippedRoot, out, capture().io);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const expected = loadDataDir(path.join(shippedRoot, 'data')).dataset.entities;
    const header = JSON.parse(lines[0]);
    assert.equal(lines.length, 1 + expected.length + header.json.length);
    assert.ok(existsSync(path.join(tmp, 'data.bin')));
    assert.deepEqual(openCompiled(out, shippedRoot).entities.columns(), columnsOf(expected));
    const catalog = openCompiled(out, shippedRoot);
    assert.equal(catalog.entities.size, expected.length);
    // Read out of order, and again: the same records.
    for (const i of [2, 0, 1, 2]) assert.deepEqual(catalog.entities.at(i), expected[i]);
    assert.deepEqual(toArray(catalog.entities), expected);
  });

  it('stores the form table, links and completion index ready-made, answering exactly as ones built from the records', () => {
    compileData(shippedRoot, out, capture().io);
    const stored = buildIndex(openCompiled(out, shippedRoot));
    const built = buildIndex(loadDataDir(path.join(shippedRoot, 'data')).dataset);
    const columns = openCompiled(out, shippedRoot).entities.stored?.();
    assert.ok(columns?.has('completion.keys') && columns.has('forms.keys'));
    for (const typed of ['ARS', 'arsom', 'Pertemuan ke', 'ASEAN-Russia', 'ARSMO', 'Outlok', '']) {
      assert.deepEqual(stored.completion.query(typed, 20), built.completion.query(typed, 20), typed);
    }
    const draft = 'Pertemuan ke-16 ARSOM dipimpin Chandra W. Yudha. The ASEAN–Russia Senior Officials’ Meeting, ARSOM and arsom.';
    assert.deepEqual(scanText(draft, stored, 1), scanText(draft, built, 1));
    assert.equal(scanText(draft, stored, 1).hits.length, 4);
    for (const key of ['arsom', 'aoip', 'no such form']) assert.deepEqual(stored.forms.get(key), built.forms.get(key), key);
    for (const id of ['arsom', 'arsom-16', 'chandra-w-yudha', 'no-such-id']) {
      assert.deepEqual([referrers(stored, id), stored.instancesOf(id), stored.instance(id, 16)], [referrers(built, id), built.instancesOf(id), built.instance(id, 16)], id);
    }
    assert.deepEqual(stored.instancesOf('arsom'), ['arsom-16']);
    assert.equal(stored.instance('arsom', 16), 'arsom-16');
    assert.deepEqual([stored.seriesOf('arsom-16'), stored.seriesOf('arsom'), stored.seriesOf('no-such-id')], ['arsom', undefined, undefined]);
    // A record read once (a pass over many) is the record.
    assert.deepEqual(stored.byId.getOnce('arsom-16'), stored.byId.get('arsom-16'));
  });

  it('at 2,000 generated entities, the stored index answers as the built one for every entity, draft and query', function () {
    this.timeout(30_000);
    const generated = generateDataset(2000, 11);
    const file = writeGenerated(tmp, generated);
    const stored = buildIndex(openCompiled(file, tmp));
    const built = buildIndex(generated.dataset);
    for (const e of generated.dataset.entities) {
      assert.deepEqual([referrers(stored, e.id), stored.instancesOf(e.id), stored.kindOf(e.id)], [referrers(built, e.id), built.instancesOf(e.id), built.kindOf(e.id)], e.id);
      // The series column says what the record says, without reading it.
      assert.equal(stored.seriesOf(e.id), e.series, e.id);
      assert.equal(built.seriesOf(e.id), e.series, e.id);
      if (e.kind === 'meeting' && e.series && e.ordinal !== undefined) assert.equal(stored.instance(e.series, e.ordinal), built.instance(e.series, e.ordinal));
    }
    const draft = generateDraft(generated.dataset, { size: 30_000, seed: 3 });
    assert.deepEqual(scanText(draft.text, stored, 1), scanText(draft.text, built, 1));
    for (const q of queryMix(generated.dataset, 60, 5)) assert.deepEqual(stored.completion.query(q.typed, 10), built.completion.query(q.typed, 10), q.typed);
  });

  it('stores file paths relative to the package root, so the package can move', () => {
    compileData(shippedRoot, out, capture().io);
    const [header, ...records] = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(header.sources.map((s: { file: string }) => s.file), ['data/sources/antara-arsom-2019.md']);
    const arsom16 = records.find((r: { entity: { id: string } }) => r.entity.id === 'arsom-16');
    assert.equal(arsom16.origin.file, 'data/entities/meetings.json');
    const moved = openCompiled(out, '/elsewhere');
    assert.equal(moved.sources[0].file, path.resolve('/elsewhere/data/sources/antara-arsom-2019.md'));
  });

  it('a damaged file is refused with file:line:col, never half-read', () => {
    compileData(shippedRoot, out, capture().io);
    const text = readFileSync(out, 'utf8');
    writeFileSync(out, text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1));
    assert.throws(() => openCompiled(out, shippedRoot), (e: Error) => e.message.startsWith(`${out}:1:1: the header promises`));
    writeFileSync(out, 'not json\n');
    assert.throws(() => openCompiled(out, shippedRoot), (e: Error) => e.message.startsWith(`${out}:1:1: `));
    writeFileSync(out, '{"format":"asean-ref-data/1","entities":0,"sources":[]}\n');
    assert.throws(() => openCompiled(out, shippedRoot), /expected format "asean-ref-data\/3".*npm run build/);
  });

  it('refuses a data.bin from another build, naming it', () => {
    compileData(shippedRoot, out, capture().io);
    const bin = path.join(tmp, 'data.bin');
    const other = readFileSync(bin);
    other[3] ^= 1;
    writeFileSync(bin, other);
    assert.throws(() => openCompiled(out, shippedRoot), (e: Error) => e.message === `${bin}:1:1: written by another build than its data.jsonl (rebuild with npm run build)`);
    rmSync(bin);
    assert.throws(() => openCompiled(out, shippedRoot), /ENOENT.*data\.bin/);
  });

  it('a rebuild that replaces the file does not change what an open catalog reads', () => {
    compileData(shippedRoot, out, capture().io);
    const catalog = openCompiled(out, shippedRoot);
    const first = toArray(catalog.entities).map((e) => e.id);
    compileData(shippedRoot, out, capture().io);
    writeFileSync(out, 'replaced\n');
    assert.deepEqual(toArray(catalog.entities).map((e) => e.id), first);
  });

  it('serves as the base a team folder is checked against, quotes in shipped articles included', () => {
    compileData(shippedRoot, out, capture().io);
    const base = openCompiled(out, shippedRoot);
    const store = new DataStore({ base });
    const team = { id: 'arsom-17', kind: 'meeting', name: { en: '17th ARSOM' }, description: { en: 'd', id: 'd' }, series: 'arsom', ordinal: 17, dates: { start: '2020' }, sources: [{ source: 'antara-arsom-2019', quote: 'tuan rumah' }], notes: [{ en: 'The 17th, by the delegation’s count.' }] };
    store.update('/ws/.asean-ref/entities/team.json', JSON.stringify({ entities: [team] }));
    assert.deepEqual(store.problems(), []);
    const served = extendCatalog(base, store.dataset());
    const shippedSource = served.sources.find((s) => s.meta.id === 'antara-arsom-2019')!;
    assert.deepEqual(shippedSource.quotes['tuan rumah'], { start: { line: 10, character: 44 }, end: { line: 10, character: 54 } });
    assert.equal(served.sources.length, 1);
    assert.deepEqual(toArray(served.entities).map((e) => e.id).slice(-1), ['arsom-17']);
    assert.equal(served.entities.size, 4);
  });

  it('is not written when the data has errors, and the build step fails saying where', () => {
    const c = capture();
    assert.equal(compileData(path.join(fixtures, 'broken-package'), out, c.io), 1);
    assert.equal(c.err(), `data/entities/e.json:3:3: duplicate key "entities"\ndata has errors: ${path.relative(path.join(fixtures, 'broken-package'), out)} not written\n`);
    assert.equal(existsSync(out), false);
  });
});
