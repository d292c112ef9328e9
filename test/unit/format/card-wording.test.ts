/**
 * What a writer copies from a card: every shipped entity's card, in Indonesian and in English, read as text.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Entity, Lang } from '../../../server/src/data/dataset';
import { loadDataDir } from '../../../server/src/data/load';
import { renderCardText } from '../../../server/src/format/text';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';

let index: EntityIndex;
let entities: Entity[];
before(() => {
  const { dataset } = loadDataDir(path.resolve(__dirname, '..', '..', '..', 'data'));
  entities = dataset.entities;
  index = buildIndex(dataset);
});

/** The card's own lines, without the quoted passages (an article's words are kept as published). */
function cardText(e: Entity, lang: Lang): string {
  return renderCardText(e, index, { lang, color: false })
    .split('\n')
    .filter((l) => !/^\s*“/.test(l))
    .join('\n');
}

/** Parentheses opened inside parentheses, on one line. */
function nested(line: string): boolean {
  let depth = 0;
  for (const c of line) {
    if (c === '(' && ++depth > 1) return true;
    if (c === ')') depth = Math.max(0, depth - 1);
  }
  return false;
}

describe('cards a writer can copy from', () => {
  it('an Indonesian card names places and explains inferred dates in Indonesian, and says "Bahasa Inggris"', () => {
    for (const e of entities) {
      const text = cardText(e, 'id');
      // The English name is shown as such, labelled, and a source keeps its publisher's own title and address: every other line is Indonesian.
      const own = text.split('\n').filter((l) => !l.includes('Bahasa Inggris:') && !/^\s*(\[\d+\] |https:\/\/)/.test(l)).join('\n');
      assert.doesNotMatch(own, /\b(Singapore|Philippines|ASEAN Secretariat|East Nusa Tenggara|The article)\b/, e.id);
      assert.doesNotMatch(text, /(?<!Bahasa )Inggris:/, e.id);
    }
  });

  it('no card nests parentheses or doubles quotation marks', () => {
    for (const e of entities) {
      for (const lang of ['id', 'en'] as const) {
        for (const line of cardText(e, lang).split('\n')) {
          assert.ok(!nested(line), `${e.id} (${lang}): ${line}`);
          assert.doesNotMatch(line, /[“”"]{2}/, `${e.id} (${lang}): ${line}`);
        }
      }
    }
  });

  it('a person card quotes the sentence the role is part of once, not the part again', () => {
    const text = renderCardText(entities.find((e) => e.id === 'igor-morgulov')!, index, { lang: 'id', color: false });
    assert.equal(text.split('Ketua SOM Rusia Igor Morgulov').length - 1, 1, text);
  });
});
