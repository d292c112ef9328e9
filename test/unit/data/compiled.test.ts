import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileData } from '../../../server/src/data/compile';
import { loadCompiled } from '../../../server/src/data/compiled';
import { loadDataDir } from '../../../server/src/data/load';
import { DataStore } from '../../../server/src/data/store';
import { capture, fixtures, shippedRoot } from './helpers';

describe('the compiled data (dist/data.json)', () => {
  let tmp: string;
  beforeEach(() => (tmp = mkdtempSync(path.join(tmpdir(), 'asean-ref-data-'))));
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('loads back into the same Dataset the data dir gives', () => {
    const out = path.join(tmp, 'data.json');
    const c = capture();
    assert.equal(compileData(shippedRoot, out, c.io), 0, c.err());
    assert.deepEqual(loadCompiled(out, shippedRoot), loadDataDir(path.join(shippedRoot, 'data')).dataset);
  });

  it('stores file paths relative to the package root, so the package can move', () => {
    const out = path.join(tmp, 'data.json');
    compileData(shippedRoot, out, capture().io);
    const raw = JSON.parse(readFileSync(out, 'utf8')) as { sources: { file: string }[]; origins: Record<string, { file: string }> };
    assert.deepEqual(raw.sources.map((s) => s.file), ['data/sources/antara-arsom-2019.md']);
    assert.equal(raw.origins['arsom-16'].file, 'data/entities/meetings.json');
    const moved = loadCompiled(out, '/elsewhere');
    assert.equal(moved.sources[0].file, path.resolve('/elsewhere/data/sources/antara-arsom-2019.md'));
  });

  it('serves as the base a team folder is checked against, quotes in shipped articles included', () => {
    const out = path.join(tmp, 'data.json');
    compileData(shippedRoot, out, capture().io);
    const store = new DataStore({ base: loadCompiled(out, shippedRoot) });
    const team = { id: 'arsom-17', kind: 'meeting', name: { en: '17th ARSOM' }, description: { en: 'd', id: 'd' }, series: 'arsom', ordinal: 17, dates: { start: '2020' }, sources: [{ source: 'antara-arsom-2019', quote: 'tuan rumah' }] };
    store.update('/ws/.asean-ref/entities/team.json', JSON.stringify({ entities: [team] }));
    assert.deepEqual(store.problems(), []);
    const shippedSource = store.dataset().sources.find((s) => s.meta.id === 'antara-arsom-2019')!;
    assert.deepEqual(shippedSource.quotes['tuan rumah'], { start: { line: 10, character: 44 }, end: { line: 10, character: 54 } });
    assert.equal(store.dataset().entities.length, 4);
  });

  it('is not written when the data has errors, and the build step fails saying where', () => {
    const out = path.join(tmp, 'data.json');
    const c = capture();
    assert.equal(compileData(path.join(fixtures, 'broken-package'), out, c.io), 1);
    assert.equal(c.err(), `data/entities/e.json:3:3: duplicate key "entities"\ndata has errors: ${path.relative(path.join(fixtures, 'broken-package'), out)} not written\n`);
    assert.equal(existsSync(out), false);
  });
});
