import assert from 'node:assert/strict';
import { closest } from '../../../server/src/data/suggest';

describe('"did you mean" for a misspelt id', () => {
  it('suggests the closest id whatever order the ids come in', () => {
    assert.equal(closest('arsm', ['apsc', 'arsom', 'asean']), 'arsom');
    assert.equal(closest('arsm', ['asean', 'arsom', 'apsc']), 'arsom');
  });

  it('suggests nothing when no id is close, or the id is too short to guess', () => {
    assert.equal(closest('summit', ['arsom', 'apsc']), undefined);
    assert.equal(closest('t', ['s']), undefined);
  });
});
