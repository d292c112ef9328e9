import assert from 'node:assert/strict';
import path from 'node:path';
import { loadDataDir } from '../../../server/src/data/load';
import { fixtures, problemsOf } from './helpers';

describe('data:check rejects broken data files at the exact place', () => {
  describe('entity files (JSON)', () => {
    it('reports a trailing comma in an entity file at the comma', () => {
      assert.deepEqual(problemsOf('json-syntax'), ['entities/e.json:3:16: trailing comma is not allowed in JSON']);
    });

    it('reports a comment in an entity file, because entity files are strict JSON', () => {
      assert.deepEqual(problemsOf('json-comment'), ['entities/e.json:2:3: JSON syntax error: comments are not allowed in JSON']);
    });

    it('reports a duplicate key in an entity file at its line and column', () => {
      assert.deepEqual(problemsOf('duplicate-key'), ['entities/e.json:8:7: duplicate key "name"']);
    });

    it('reports a misspelt property name at the key', () => {
      assert.deepEqual(problemsOf('unknown-property'), ['entities/e.json:8:7: unknown property "nmae"']);
    });

    it('reports an entity without sources at the entity', () => {
      assert.deepEqual(problemsOf('missing-required'), ['entities/e.json:3:5: missing required property "sources"']);
    });

    it('lists the allowed kinds when the kind is misspelt, once, without if/then/else noise', () => {
      assert.deepEqual(problemsOf('wrong-enum'), [
        'entities/e.json:5:15: "kind" must be one of: meeting-series, meeting, person, organization, country, partnership, document, initiative, term (got "meetng")',
      ]);
    });

    it('reports an impossible day and an impossible month', () => {
      assert.deepEqual(problemsOf('impossible-date'), [
        'entities/e.json:8:27: impossible date "2023-02-30": February 2023 has 28 days',
        'entities/e.json:16:27: impossible date "2023-13": there is no month 13',
      ]);
    });

    it('reports a meeting that ends before it starts, at the end date', () => {
      assert.deepEqual(problemsOf('end-before-start'), ['entities/e.json:8:48: end date "2019-02-18" is before start date "2019-02-19"']);
    });
  });

  describe('across files', () => {
    it('reports a duplicate id at the second definition and says where the first is', () => {
      assert.deepEqual(problemsOf('duplicate-id'), ['entities/b.json:11:13: duplicate id "a" (first defined in a.json:4)']);
    });

    it('reports a reference to an unknown entity and suggests the close id', () => {
      assert.deepEqual(problemsOf('dangling-reference'), [
        'entities/e.json:15:17: "series" refers to unknown entity "asean-sumit"; did you mean "asean-summit"?',
      ]);
    });

    it('reports a surface form claimed by two entities, compared across case', () => {
      assert.deepEqual(problemsOf('form-clash'), [
        'entities/e.json:16:19: "as" is the same form as "AS" of "a" (in e.json:8); if both entities are meant, list "as" in "sharedForms" of both',
      ]);
    });

    it('accepts a surface form both entities list in sharedForms', () => {
      assert.deepEqual(problemsOf('shared-form'), []);
    });

    it('reports quotes that are not verbatim in their source, saying how they differ', () => {
      assert.deepEqual(problemsOf('quote-not-found'), [
        'entities/e.json:8:68: quote not found verbatim in source "s" (it differs in letter case)',
        'entities/e.json:16:68: quote not found verbatim in source "s" (it differs in whitespace)',
      ]);
    });
  });

  describe('source files (Markdown with YAML front matter)', () => {
    it('reports a YAML error in the front matter', () => {
      assert.deepEqual(problemsOf('yaml-error'), ['sources/bad.md:5:1: YAML error in front matter: Missing closing "quote']);
    });

    it('reports a duplicate key in the front matter at the second key', () => {
      assert.deepEqual(problemsOf('yaml-duplicate-key'), ['sources/bad.md:4:1: duplicate key "title" in front matter']);
    });

    it('reports a source file that has no front matter', () => {
      assert.deepEqual(problemsOf('no-front-matter'), [
        'sources/bad.md:1:1: source file has no front matter: it must start with a "---" line, the YAML fields, then another "---" line',
      ]);
    });
  });

  describe('what is still served', () => {
    it('leaves a file with errors out but keeps the valid files beside it', () => {
      const { dataset } = loadDataDir(path.join(fixtures, 'duplicate-id'));
      assert.deepEqual(dataset.entities.map((e) => e.id), ['a']);
      assert.deepEqual(dataset.sources.map((s) => s.meta.id), ['s']);
    });

    it('gives every problem a stable rule name', () => {
      const rules = ['json-syntax', 'duplicate-key', 'unknown-property', 'duplicate-id', 'dangling-reference', 'form-clash', 'quote-not-found', 'impossible-date', 'end-before-start', 'no-front-matter'].map(
        (c) => loadDataDir(path.join(fixtures, c)).problems[0].rule,
      );
      assert.deepEqual(rules, ['json-syntax', 'duplicate-key', 'schema', 'duplicate-id', 'dangling-reference', 'form-clash', 'quote-not-found', 'invalid-date', 'date-order', 'front-matter']);
    });
  });
});

describe('one broken file does not take its neighbours down', () => {
  it('serves an entity whose series and source are in files that have errors, reporting only those files', () => {
    const dir = path.join(fixtures, 'broken-neighbour');
    const { dataset, problems } = loadDataDir(dir);
    assert.deepEqual(
      problems.map((p) => `${path.relative(dir, p.file)}:${p.line + 1}: ${p.message}`),
      ['entities/b-series.json:8: unknown property "colour"', 'sources/s.md:7: "language" must be one of: id, en (got "english")'],
    );
    assert.deepEqual(dataset.entities.map((e) => e.id), ['asean-summit-1']);
  });
});
