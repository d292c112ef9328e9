import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Entity } from '../../../server/src/data/dataset';
import { buildCompletionIndex } from '../../../server/src/index/completion-index';
import { completionKey } from '../../../server/src/index/completion-key';
import { formsOf } from '../../../server/src/index/forms';

const SYLLABLES = ['ka', 'ti', 'ase', 'an', 'ru', 'sia', 'ké', 'ng', 'pe', 'ṭa', 'hourn', 'kim', 'ou', 'ar', 'som', '42', 'ke'];
const SEPARATORS = [' ', ' ', ' ', '-', '–', '’', ' (', ') ', '. '];

const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const phrase = fc
  .tuple(word, fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), word, fc.boolean()), { maxLength: 4 }))
  .map(([head, rest]) => head + rest.map(([sep, w, cap]) => sep + (cap ? w[0].toUpperCase() + w.slice(1) : w)).join(''));
const acronym = fc.stringMatching(/^[A-Z]{2,6}$/);

const entityArb = fc.record({
  en: phrase,
  id: fc.option(phrase, { nil: undefined }),
  acronyms: fc.uniqueArray(acronym, { maxLength: 2 }),
  aliases: fc.uniqueArray(phrase, { maxLength: 2 }),
});

function entities(raw: { en: string; id?: string; acronyms: string[]; aliases: string[] }[]): Entity[] {
  return raw.map((r, i) => ({
    id: `e${i}`,
    kind: 'term',
    name: r.id === undefined ? { en: r.en } : { en: r.en, id: r.id },
    acronyms: r.acronyms,
    aliases: r.aliases,
    description: { en: 'd', id: 'd' },
    sources: [{ source: 's', quote: 'quote' }],
  }));
}

/** Entities other than `self` that have some form whose key starts with `key`: the only ones that may rank above. */
function rivals(all: Entity[], self: Entity, key: string): number {
  return all.filter((e) => e !== self && formsOf(e).some((f) => completionKey(f.text).startsWith(key))).length;
}

describe('completion index properties', () => {
  it('for random entities, typing any form in full offers that entity, behind only entities with a form starting the same', () => {
    fc.assert(
      fc.property(fc.array(entityArb, { minLength: 1, maxLength: 25 }), (raw) => {
        const all = entities(raw);
        const index = buildCompletionIndex(all);
        for (const e of all) {
          for (const form of formsOf(e)) {
            const key = completionKey(form.text);
            if (!key) continue;
            const bound = rivals(all, e, key);
            const found = index.query(form.text, bound + 1).map((c) => c.id);
            assert.ok(found.includes(e.id), `${JSON.stringify(form.text)} → ${e.id}; got ${found.join()}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('typing the normalised key of a form finds the entity just as the form itself does', () => {
    fc.assert(
      fc.property(fc.array(entityArb, { minLength: 1, maxLength: 10 }), (raw) => {
        const all = entities(raw);
        const index = buildCompletionIndex(all);
        for (const e of all) for (const f of formsOf(e)) if (completionKey(f.text)) assert.ok(index.query(completionKey(f.text), 50).some((c) => c.id === e.id));
      }),
      { numRuns: 100 },
    );
  });

  it('any typed text: never throws, respects the limit, lists each entity once, best tier first', () => {
    const index = buildCompletionIndex(entities([
      { en: 'ASEAN-Russia Senior Officials’ Meeting', id: 'Pertemuan Pejabat Senior ASEAN-Rusia', acronyms: ['ARSOM'], aliases: [] },
      { en: 'Kao Kim Hourn', acronyms: [], aliases: ['Dr. Kao Kim Hourn'] },
      { en: 'KTT ASEAN ke-42', acronyms: [], aliases: [] },
    ]));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 5 }), (typed, limit) => {
        const found = index.query(typed, limit);
        assert.ok(found.length <= limit);
        assert.equal(new Set(found.map((c) => c.id)).size, found.length);
        for (let i = 1; i < found.length; i++) assert.ok(found[i - 1].tier <= found[i].tier);
      }),
      { numRuns: 500 },
    );
  });
});
