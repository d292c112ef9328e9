import assert from 'node:assert/strict';
import { CompletionItemKind, CompletionTriggerKind, type CompletionItem, type CompletionList, type MarkupContent, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, Lang } from '../../../server/src/data/dataset';
import { buildIndex } from '../../../server/src/index/build';
import type { EntityIndex } from '../../../server/src/index/types';
import { maskNonProse } from '../../../server/src/scan/prose';
import { requestContext } from '../../../server/src/service/service';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { fixtureEntities, realEntities } from '../../fixtures/completion/load';
import { atCaret, inLanguage, openDraft, serviceOver } from '../helpers/service';

const indexOf = (entities: Entity[]): EntityIndex => buildIndex({ entities, sources: [], origins: {} });
const index = indexOf(fixtureEntities());
/** Completion at the "|" in `draft` (the bar is removed), written in `lang`, as VS Code asks while the writer types. */
function complete(draft: string, lang: Lang = 'id', explicit = false, at = index, settings: Settings = defaultSettings): CompletionList & { doc: TextDocument } {
  const { service, doc, ctx, position } = atCaret(at, draft, settings);
  const context = { triggerKind: explicit ? CompletionTriggerKind.Invoked : CompletionTriggerKind.TriggerForIncompleteCompletions };
  return { ...service.completion(inLanguage(ctx, lang), position, context), doc };
}
const resolveCompletion = (item: CompletionItem, at: EntityIndex) => serviceOver(at).resolveCompletion(item);

const labels = (list: CompletionList): string[] => list.items.map((i) => i.label);

/** The draft after accepting an item. */
function accept(list: ReturnType<typeof complete>, label: string): string {
  const item = list.items.find((i) => i.label === label);
  assert.ok(item, `no item ${label} in ${labels(list).join(' | ')}`);
  return TextDocument.applyEdits(list.doc, [item.textEdit as TextEdit]);
}

describe('completion while writing a draft', () => {
  it('typing "ARS" in an Indonesian draft offers ARSOM first', () => {
    const list = complete('Hasil pertemuan ARS|');
    assert.equal(list.items[0].label, 'ARSOM');
    assert.equal(list.isIncomplete, true);
    assert.equal(accept(list, 'ARSOM'), 'Hasil pertemuan ARSOM');
  });

  it('offers the acronym, the full name and "Full Name (ACR)" of ARSOM as three items in a row, named in the draft language', () => {
    assert.deepEqual(labels(complete('ARS|')).slice(0, 3), ['ARSOM', 'Pertemuan Pejabat Senior ASEAN-Rusia', 'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)']);
    assert.deepEqual(labels(complete('ARS|', 'en')).slice(0, 3), ['ARSOM', "ASEAN-Russia Senior Officials' Meeting", "ASEAN-Russia Senior Officials' Meeting (ARSOM)"]);
  });

  it('typing the start of a name offers the name first, then "Name (ACR)", then the acronym', () => {
    assert.deepEqual(labels(complete('Implementasi ASEAN Outlook|', 'en')).slice(0, 3), ['ASEAN Outlook on the Indo-Pacific', 'ASEAN Outlook on the Indo-Pacific (AOIP)', 'AOIP']);
  });

  it('"KTT ASEAN ke-4" completes to KTT ASEAN ke-42 and replaces all three words', () => {
    const list = complete('Presiden menghadiri KTT ASEAN ke-4|');
    assert.equal(list.items[0].label, 'KTT ASEAN ke-42');
    assert.equal(accept(list, 'KTT ASEAN ke-42'), 'Presiden menghadiri KTT ASEAN ke-42');
    assert.deepEqual((list.items[0].textEdit as TextEdit).range, { start: { line: 0, character: 20 }, end: { line: 0, character: 34 } });
  });

  it('a hyphen just typed still counts: "KTT ASEAN ke-" offers the numbered summits', () => {
    assert.deepEqual(labels(complete('KTT ASEAN ke-|')).slice(0, 2), ['KTT ASEAN ke-42', 'KTT ASEAN ke-43']);
  });

  it('typing "Hourn" offers Kao Kim Hourn and replaces only the typed word', () => {
    const list = complete('Sekjen ASEAN Hourn|');
    assert.equal(accept(list, 'Kao Kim Hourn'), 'Sekjen ASEAN Kao Kim Hourn');
  });

  describe('typos', () => {
    for (const [draft, label, result] of [
      ['Pernyataan Kao Kim Huorn|', 'Kao Kim Hourn', 'Pernyataan Kao Kim Hourn'],
      ['Hasil ARSMO|', 'ARSOM', 'Hasil ARSOM'],
      ['the ASEAN Outlok Indo-Pacific|', 'ASEAN Outlook on the Indo-Pacific', 'the ASEAN Outlook on the Indo-Pacific'],
    ] as const) {
      it(`typing "${draft.slice(0, -1)}" offers ${label} first and fixes the typed words`, () => {
        const list = complete(draft, 'en');
        assert.equal(list.items[0].label, label);
        assert.equal(accept(list, label), result);
      });
    }

    it('a fuzzy item carries the typed text as filterText, so VS Code keeps it and the server order', () => {
      const list = complete('Kao Kim Huorn|');
      assert.ok(list.items.every((i) => i.filterText === 'Kao Kim Huorn'));
    });
  });

  describe('aliases in both languages', () => {
    it('typing "Sekjen AS" in an Indonesian draft offers Sekjen ASEAN', () => {
      assert.equal(complete('Menurut Sekjen AS|').items[0].label, 'Sekjen ASEAN');
    });

    it('typing "Dr. Kao" in an English draft offers Dr. Kao Kim Hourn with the whole "Dr. Kao" replaced', () => {
      assert.equal(accept(complete('said Dr. Kao|', 'en'), 'Dr. Kao Kim Hourn'), 'said Dr. Kao Kim Hourn');
    });

    it('the label detail shows the name in the other language: Vietnam for Viet Nam, and Viet Nam for Vietnam', () => {
      const viet = complete('in Viet Na|', 'en').items[0];
      assert.equal(viet.label, 'Viet Nam');
      assert.deepEqual(viet.labelDetails, { description: 'Vietnam' });
      const vietnam = complete('di Vietn|', 'id').items[0];
      assert.equal(vietnam.label, 'Vietnam');
      assert.deepEqual(vietnam.labelDetails, { description: 'Viet Nam' });
    });

    it('a name typed in the other language is offered in the draft language first, and as typed after it', () => {
      assert.deepEqual(labels(complete('di Vietn|', 'en')).slice(0, 2), ['Viet Nam', 'Vietnam']);
      assert.deepEqual(labels(complete('hasil ASEAN-Russia Sen|', 'id', false, index)).slice(0, 4), [
        'Pertemuan Pejabat Senior ASEAN-Rusia',
        'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)',
        'ARSOM',
        "ASEAN-Russia Senior Officials' Meeting",
      ]);
    });
  });

  describe('what is typed', () => {
    it('stops at punctuation: after "laporan, " only "ARS" is replaced', () => {
      assert.equal(accept(complete('Menurut laporan, ARS|'), 'ARSOM'), 'Menurut laporan, ARSOM');
    });

    it('looks back over at most six words', () => {
      const list = complete('satu dua tiga empat lima enam tujuh KTT ASEAN ke-4|');
      assert.equal(accept(list, 'KTT ASEAN ke-42'), 'satu dua tiga empat lima enam tujuh KTT ASEAN ke-42');
    });

    it('only the cursor line counts: "KTT" on the line above is not part of what is replaced', () => {
      assert.equal(accept(complete('KTT\nASEAN ke-4|'), 'KTT ASEAN ke-42'), 'KTT\nKTT ASEAN ke-42');
    });

    it('a prefix match of the last word is listed before a fuzzy match of the phrase: "pertemuan ARS" offers ARSOM first', () => {
      const list = complete('Hasil pertemuan ARS|');
      assert.equal(list.items[0].label, 'ARSOM');
      assert.equal(accept(list, 'ARSOM'), 'Hasil pertemuan ARSOM');
    });

    it('an entity the whole phrase also matches replaces the whole phrase: "pertemuan ARS" → "Pertemuan ke-16 ARSOM", not "pertemuan Pertemuan …"', () => {
      const list = complete('Hasil pertemuan ARS|');
      assert.equal(accept(list, 'Pertemuan ke-16 ARSOM'), 'Hasil Pertemuan ke-16 ARSOM');
      // One range and one filterText for all items, so VS Code scores them alike and keeps the server order.
      assert.equal(new Set(list.items.map((i) => JSON.stringify((i.textEdit as TextEdit).range))).size, 1);
      assert.ok(list.items.every((i) => i.filterText === 'pertemuan ARS'));
    });

    it('no word before the cursor → empty list while typing', () => {
      assert.deepEqual(complete('Hasil ARSOM |').items, []);
      assert.deepEqual(complete('|').items, []);
      assert.deepEqual(complete('ARSOM, |').items, []);
    });

    it('asked for explicitly on an empty line → nothing (no arbitrary "top" list)', () => {
      assert.deepEqual(complete('|', 'id', true).items, []);
      assert.deepEqual(complete('Hasil:\n|', 'id', true).items, []);
    });

    it('asked for explicitly right after "KTT ASEAN " → completes the phrase before the space', () => {
      const list = complete('Presiden menghadiri KTT ASEAN |', 'id', true);
      assert.equal(accept(list, 'KTT ASEAN ke-42'), 'Presiden menghadiri KTT ASEAN ke-42');
    });

    it('typing inside a code span, a fenced block or a link destination → nothing', () => {
      assert.deepEqual(complete('Lihat `ARS|` di sini').items, []);
      assert.deepEqual(complete('Lihat `ARS` |', 'id', true).items, []);
      assert.deepEqual(complete('```\nARS|\n```\n').items, []);
      assert.deepEqual(complete('[laporan](ARS|)').items, []);
      assert.equal(complete('[ARS|](https://example.org)').items[0].label, 'ARSOM');
    });

    it('a position past the end of the document → empty list, never throws', () => {
      const { service, ctx } = openDraft(index, 'KTT ASEAN ke-4');
      for (const position of [{ line: 0, character: 99 }, { line: 5, character: 0 }, { line: 1, character: 3 }]) {
        assert.deepEqual(service.completion(ctx, position).items, []);
      }
    });

    it('an empty index offers nothing and never throws', () => {
      assert.deepEqual(complete('ARS|', 'id', false, indexOf([])).items, []);
    });
  });

  describe('items', () => {
    it('each entity appears once per form: no label repeats for the same entity', () => {
      const items = complete('ASEAN|').items;
      const pairs = items.map((i) => `${(i.data as { id: string }).id}|${i.label}`);
      assert.equal(new Set(pairs).size, pairs.length);
    });

    it('sortText is the zero-padded rank, so VS Code keeps the server order', () => {
      const items = complete('A|').items;
      assert.deepEqual(items.map((i) => i.sortText), items.map((_, i) => String(i).padStart(4, '0')));
    });

    it('the list is capped at 50 items', () => {
      const many = Array.from({ length: 80 }, (_, i) => ({ ...fixtureEntities()[0], id: `org-${i}`, name: { en: `Organisation ${i}` }, acronyms: [`ORG${i}`] }));
      assert.equal(complete('ORG|', 'en', false, indexOf(many)).items.length, 50);
    });

    it('kind and detail say what the entity is, in the draft language', () => {
      const [meeting] = complete('KTT ASEAN ke-42|').items;
      assert.equal(meeting.kind, CompletionItemKind.Event);
      assert.equal(meeting.detail, 'Pertemuan — KTT ASEAN ke-42 di Labuan Bajo.');
      const [person] = complete('Kao Kim|', 'en').items;
      assert.equal(person.kind, CompletionItemKind.Reference);
      assert.equal(person.detail, 'Person — Secretary-General of ASEAN from 2023.');
      assert.equal(complete('AOIP|').items[0].kind, CompletionItemKind.File);
      assert.equal(complete('ASEAN|').items[0].kind, CompletionItemKind.Module);
      assert.equal(complete('KTT|').items[0].kind, CompletionItemKind.Keyword);
    });

    it('the list carries no documentation; resolving an item adds its hover card', () => {
      const item = complete('ARS|').items[0];
      assert.equal(item.documentation, undefined);
      assert.deepEqual(item.data, { id: 'arsom', lang: 'id' });
      const resolved = resolveCompletion(item, index);
      const doc = resolved.documentation as MarkupContent;
      assert.equal(doc.kind, 'markdown');
      assert.match(doc.value, /Pertemuan Pejabat Senior ASEAN-Rusia/);
    });

    it('with the card language set to English, an Indonesian draft gets Indonesian labels and English details and cards', () => {
      const list = complete('ARS|', 'id', false, index, { ...defaultSettings, cardLanguage: 'en' });
      assert.deepEqual(labels(list).slice(0, 2), ['ARSOM', 'Pertemuan Pejabat Senior ASEAN-Rusia']);
      assert.match(list.items[0].detail ?? '', /^Meeting series — /);
      const doc = resolveCompletion(list.items[0], index).documentation as MarkupContent;
      assert.match(doc.value, /ASEAN-Russia Senior Officials/);
    });

    it('resolving an item with foreign or stale data returns it unchanged', () => {
      for (const data of [undefined, 'arsom', { id: 'gone', lang: 'id' }, { id: 'arsom', lang: 'fr' }]) {
        const item: CompletionItem = { label: 'x', data };
        assert.deepEqual(resolveCompletion(item, index), item);
      }
    });
  });

  describe('the curated data', () => {
    const entities = realEntities();
    const real = entities.length ? indexOf(entities) : index;

    it('in the curated data, after "Outlok Indo-Pacific" the term Indo-Pacific comes first, and the AOIP item replaces "Outlok" too', function () {
      assert.ok(entities.some((e) => e.id === 'aoip'), 'the curated data has no aoip');
      const list = complete('implementasi Outlok Indo-Pacific|', 'en', false, real);
      assert.equal(accept(list, 'Indo-Pacific'), 'implementasi Outlok Indo-Pacific');
      assert.equal(accept(list, 'ASEAN Outlook on the Indo-Pacific'), 'implementasi ASEAN Outlook on the Indo-Pacific');
      assert.ok(labels(list).indexOf('ASEAN Outlook on the Indo-Pacific') < 5);
      // In an Indonesian draft the same items are named in Indonesian first.
      const id = complete('implementasi Outlok Indo-Pacific|', 'id', false, real);
      assert.deepEqual(labels(id).slice(0, 2), ['Indo-Pasifik', 'Indo-Pacific']);
    });

    for (const [draft, id, result] of [
      ['Hasil ARS|', 'arsom', 'Hasil ARSOM'],
      ['Presiden menghadiri KTT ASEAN ke-4|', 'asean-summit-4', 'Presiden menghadiri KTT ASEAN ke-4'],
      ['Presiden menghadiri KTT ASEAN ke-42|', 'asean-summit-42', 'Presiden menghadiri KTT ASEAN ke-42'],
      ['Pernyataan Kao Kim Huorn|', 'kao-kim-hourn', 'Pernyataan Kao Kim Hourn'],
      ['Sekjen ASEAN Hourn|', 'kao-kim-hourn', 'Sekjen ASEAN Kao Kim Hourn'],
      ['bersama Menko Muhad|', 'muhadjir-effendy', 'bersama Menko Muhadjir'],
    ] as const) {
      it(`in the curated data, "${draft.slice(0, -1)}" offers ${id} first → "${result}"`, function () {
        assert.ok(entities.some((e) => e.id === id), `the curated data has no ${id}`);
        const list = complete(draft, 'id', false, real);
        assert.equal((list.items[0]?.data as { id: string } | undefined)?.id, id, labels(list).slice(0, 5).join(' | '));
        assert.equal(TextDocument.applyEdits(list.doc, [list.items[0].textEdit as TextEdit]), result);
      });
    }

    it('typing each acronym of the curated data in a draft offers it as the first item of its entity', function () {
      assert.ok(entities.length > 0, 'the curated data has no entities');
      const real = indexOf(entities);
      for (const e of entities) {
        for (const a of e.acronyms ?? []) {
          const items = complete(`Hasil ${a}|`, 'id', false, real).items;
          assert.ok(items.some((i) => i.label === a && (i.data as { id: string }).id === e.id), `${a} → ${e.id}`);
        }
      }
    });
  });
});

describe('completion with the masked prose the server already holds', () => {
  it('answers exactly as when it masks the draft itself, in prose and inside code', () => {
    const drafts = ['Laporan tentang `ARS` dan\n\nHasil KTT ASEAN ke-4|', 'Kode `ARS|` di sini', '```\nARS|\n```', 'Rapat ARS|\n\n```\nlater fence\n```'];
    for (const draft of drafts) {
      const { service, doc, ctx, position } = atCaret(index, draft);
      const context = { triggerKind: CompletionTriggerKind.TriggerForIncompleteCompletions };
      const own = service.completion(inLanguage(requestContext({ ...ctx, masked: undefined }), 'id'), position, context);
      const masked = maskNonProse(doc.getText());
      const given = service.completion(inLanguage(requestContext({ ...ctx, masked: (a, b) => masked.slice(a, b) }), 'id'), position, context);
      assert.deepEqual(service.completion(inLanguage(ctx, 'id'), position, context), own, draft);
      assert.deepEqual(given, own, draft);
    }
  });
});
