import assert from 'node:assert/strict';
import path from 'node:path';
import { dataFileKind, listDataFiles } from '../../../server/src/data/files';
import { repoRoot, shippedRoot } from './helpers';

describe('which files of a data folder are data', () => {
  it('finds entity files and source articles, sorted, as absolute paths', () => {
    const dir = path.join(shippedRoot, 'data');
    assert.deepEqual(listDataFiles(dir).map((f) => path.relative(dir, f)), ['entities/meetings.json', 'entities/people.json', 'sources/antara-arsom-2019.md']);
  });

  it('leaves out the schemas, Markdown outside sources/, and hidden files', () => {
    const dir = '/ws/.asean-ref';
    assert.equal(dataFileKind(dir, '/ws/.asean-ref/entities/team.json'), 'entities');
    assert.equal(dataFileKind(dir, '/ws/.asean-ref/sources/notes.md'), 'source');
    assert.equal(dataFileKind(dir, '/ws/.asean-ref/schema/entities.schema.json'), undefined);
    assert.equal(dataFileKind(dir, '/ws/.asean-ref/README.md'), undefined);
    assert.equal(dataFileKind(dir, '/ws/.asean-ref/entities/.team.json.swp'), undefined);
    assert.equal(dataFileKind(dir, '/ws/draft.md'), undefined);
  });

  it('does not treat the shipped schemas as entity files', () => {
    assert.ok(listDataFiles(path.join(repoRoot, 'data')).every((f) => !f.includes(`${path.sep}schema${path.sep}`)));
  });
});
