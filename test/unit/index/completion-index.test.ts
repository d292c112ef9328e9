import assert from 'node:assert/strict';
import type { Entity } from '../../../server/src/data/dataset';
import { buildCompletionIndex } from '../../../server/src/index/completion-index';
import type { CompletionCandidate } from '../../../server/src/index/types';
import { fixtureEntities, realEntities } from '../../fixtures/completion/load';

const index = buildCompletionIndex(fixtureEntities());
const query = (typed: string, limit = 10): CompletionCandidate[] => index.query(typed, limit);
const ids = (typed: string, limit = 10): string[] => query(typed, limit).map((c) => c.id);
const first = (typed: string): CompletionCandidate | undefined => query(typed, 1)[0];

describe('completion index: what a writer is offered for what they typed', () => {
  describe('acronyms typed in capitals come first', () => {
    it('typing "ARS" offers ARSOM first, as an exact-case acronym match', () => {
      assert.deepEqual(first('ARS'), { id: 'arsom', label: 'ARSOM', via: 'acronym', tier: 0, score: first('ARS')!.score });
    });

    it('typing "AR" puts both acronyms starting so (ARF, ARSOM) ahead of any name', () => {
      const top = query('AR').slice(0, 2);
      assert.deepEqual(top.map((c) => [c.id, c.tier]).sort(), [['arf', 0], ['arsom', 0]]);
    });

    it('typing "ars" in lower case still offers ARSOM, as a case-insensitive prefix', () => {
      const c = first('ars')!;
      assert.equal(c.id, 'arsom');
      assert.equal(c.tier, 1);
    });

    it('typing "Ars" offers Arsip Nasional by name, not ahead of the exact acronym tier for "ARS"', () => {
      assert.ok(ids('Ars').includes('arsip-nasional'));
      assert.equal(ids('ARS')[0], 'arsom');
    });
  });

  describe('names and aliases by prefix, at the start of the form or of any word', () => {
    it('typing "Hourn" finds Kao Kim Hourn by his family name', () => {
      assert.deepEqual(first('Hourn'), { ...first('Hourn')!, id: 'kao-kim-hourn', label: 'Kao Kim Hourn', tier: 1 });
    });

    it('"KTT ASEAN ke-4" completes to KTT ASEAN ke-42 and ke-43, the multi-word prefix kept whole', () => {
      assert.deepEqual(ids('KTT ASEAN ke-4').slice(0, 2), ['asean-summit-42', 'asean-summit-43']);
      assert.equal(first('KTT ASEAN ke-4')!.label, 'KTT ASEAN ke-42');
    });

    it('typing "42nd ASEAN" in an English draft offers the 42nd Summit under its English name', () => {
      assert.deepEqual(first('42nd ASEAN'), { ...first('42nd ASEAN')!, id: 'asean-summit-42', label: '42nd ASEAN Summit' });
    });

    it('typing an Indonesian alias prefix, "Sekjen AS", offers the Secretary-General term', () => {
      assert.equal(first('Sekjen AS')!.id, 'sekjen-asean');
      assert.equal(first('Sekjen AS')!.via, 'alias');
    });

    it('typing an English alias prefix, "Dr. Kao", offers Kao Kim Hourn', () => {
      assert.equal(first('Dr. Kao')!.id, 'kao-kim-hourn');
    });

    it('typing the Indonesian name "Pandangan ASEAN" offers the AOIP document', () => {
      assert.equal(first('Pandangan ASEAN')!.id, 'aoip');
    });

    it('hyphens, dashes, apostrophes and case do not matter: "asean–russia senior officials" finds ARSOM', () => {
      assert.equal(first('asean–russia senior officials')!.id, 'arsom');
      assert.equal(first('ASEAN-Russia Senior Officials’ Mee')!.id, 'arsom');
    });

    it('diacritics do not matter: "Viet" and "Việt" both find Viet Nam', () => {
      assert.equal(first('Việt')!.id, 'viet-nam');
      assert.equal(first('viet')!.id, 'viet-nam');
    });

    it('a form that starts with the typed text ranks above one that only has a word starting so', () => {
      const list = ids('ASEAN');
      assert.equal(list[0], 'asean');
      assert.ok(list.indexOf('asean-summit') < list.indexOf('sekjen-asean'), list.join());
    });
  });

  describe('one typo is forgiven', () => {
    for (const [typed, id] of [
      ['ARSMO', 'arsom'],
      ['Kao Kim Huorn', 'kao-kim-hourn'],
      ['Outlok Indo-Pacific', 'aoip'],
      ['Sekretaris Jendral', 'sekjen-asean'],
      ['Konferensi Tinggi Tingkat', undefined],
    ] as const) {
      it(`typing "${typed}" ${id ? `offers ${id} first` : 'offers nothing (words out of order)'}`, () => {
        const c = first(typed);
        assert.equal(c?.id, id);
        if (c) assert.equal(c.tier, 2);
      });
    }

    it('typing "Outlook Indo" (words skipped, no typo) still offers the AOIP', () => {
      assert.equal(first('Outlook Indo')!.id, 'aoip');
    });

    it('typing "Kao Kim Huor", a typo in a word not yet finished, offers Kao Kim Hourn', () => {
      assert.equal(first('Kao Kim Huor')!.id, 'kao-kim-hourn');
    });

    it('typing a word two typos away, "Hounr Kmi", offers nothing', () => {
      assert.deepEqual(query('Hounr Kmi'), []);
    });
  });

  describe('each entity once, under its best form', () => {
    it('typing "ARSOM" lists ARSOM once (acronym), not again for its aliases or names', () => {
      const list = query('ARSOM', 50);
      assert.equal(list.filter((c) => c.id === 'arsom').length, 1);
      assert.equal(list[0].via, 'acronym');
    });

    it('typing "ASEAN" lists no entity twice', () => {
      const list = ids('ASEAN', 50);
      assert.equal(new Set(list).size, list.length);
    });

    it('respects the limit and returns nothing for nothing typed', () => {
      assert.equal(query('A', 3).length, 3);
      assert.deepEqual(query('   '), []);
      assert.deepEqual(query('—'), []);
      assert.deepEqual(query('ASEAN', 0), []);
    });
  });

  describe('the curated data', () => {
    const entities: Entity[] = realEntities();

    it('every acronym of the curated data is offered first when typed in full', function () {
      assert.ok(entities.length > 0, 'the curated data has no entities');
      const real = buildCompletionIndex(entities);
      for (const e of entities) {
        for (const a of e.acronyms ?? []) {
          const top = real.query(a, 10).filter((c) => c.tier === 0 && c.label === a);
          assert.ok(top.some((c) => c.id === e.id), `${a} → ${e.id}`);
        }
      }
    });

    it('every curated name is offered for its first word plus the beginning of its second', function () {
      assert.ok(entities.length > 0, 'the curated data has no entities');
      const real = buildCompletionIndex(entities);
      for (const e of entities) {
        const name = e.name.id ?? e.name.en;
        const typed = name.slice(0, Math.min(name.length, name.indexOf(' ') + 3 || name.length));
        assert.ok(real.query(typed, 100).some((c) => c.id === e.id), `${typed} → ${e.id}`);
      }
    });
  });
});
