import assert from 'node:assert/strict';
import path from 'node:path';
import { InlineCompletionTriggerKind, type InlineCompletionList } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OFFER_LIMITS, offersInProse, offersOnPrefixes, shippedProse } from '../../../bench/offers';
import { asYouTypeOffers } from '../../../server/src/features/completion-offer';
import { maskerUpTo } from '../../../server/src/features/completion-typed';
import { buildIndex } from '../../../server/src/index/build';
import { defaultSettings } from '../../../server/src/settings';
import { realEntities } from '../../fixtures/completion/load';
import { atCaret, openDraft } from '../helpers/service';

const ROOT = path.resolve(__dirname, '../../..');
const dataset = { entities: realEntities(), sources: [], origins: {} };
const index = buildIndex(dataset);

/** What the writer would see offered after typing `typed` (the text before the cursor), as whole phrases. */
function offered(typed: string): string[] {
  const found = asYouTypeOffers(typed, typed.length, maskerUpTo(typed, typed.length), index);
  return found ? found.offers.map((o) => typed.slice(0, found.start) + o.text) : [];
}

/** Every keystroke of `line` typed in turn: the prefixes after which an offer would appear. */
const offeredWhileTyping = (line: string): string[] => [...line].map((_, i) => line.slice(0, i + 1)).filter((p) => offered(p).length > 0);

function inline(draft: string, settings = defaultSettings, selected = false): InlineCompletionList & { doc: TextDocument } {
  const { service, doc, ctx, position } = atCaret(index, draft, settings);
  const context = { triggerKind: InlineCompletionTriggerKind.Automatic, ...(selected ? { selectedCompletionInfo: { range: { start: position, end: position }, text: 'x' } } : {}) };
  return { ...service.inlineCompletion(ctx, position, context), doc };
}

describe('as-you-type offers (ghost text) in ordinary prose', () => {
  for (const line of [
    'Pertemuan itu berlangsung pada 2023',
    'Tahun 2019',
    'The meeting was held in 2018',
    'Laporan ini disusun oleh tim',
    'Menteri luar negeri',
    'Pada pertemuan',
    'Para pemimpin menghadiri summit',
    'dan yang di pada per untuk dengan',
    'the and in of with for',
  ]) {
    it(`typing "${line}" ends with no offer, so Enter or a full stop after it has nothing to accept`, () => {
      assert.deepEqual(offered(line), []);
    });
  }

  it('a function word offers nothing on its own, in either language, at the start of a sentence too', () => {
    for (const word of ['dan', 'Dan', 'yang', 'di', 'Pada', 'per', 'Per', 'the', 'The', 'and', 'in']) assert.deepEqual(offered(`Kalimat. ${word}`), [], word);
  });

  it('a number or year on its own offers nothing: "pada 2", "Tahun 201", "in 2018"', () => {
    for (const typed of ['pada 2', 'Tahun 201', 'in 2018', '2023', 'Pada tahun 2']) assert.deepEqual(offered(typed), [], typed);
  });

  it('a word that only begins a later word of a name offers nothing: "Hourn", "Luar"', () => {
    assert.deepEqual(offered('Sekjen Hourn'), []);
    assert.deepEqual(offered('Kementerian luar'), []);
  });

  it('an ordinary word in lower case offers nothing though a name begins with its letters: "tim", "pertemuan"', () => {
    assert.deepEqual(offered('oleh tim'), []);
    assert.deepEqual(offered('pada pertemuan'), []);
  });

  it('a reference already typed in full offers nothing more: "ASEAN", "ARSOM", "KTT ASEAN"', () => {
    for (const typed of ['ASEAN', 'negara ASEAN', 'ARSOM', 'KTT ASEAN']) assert.deepEqual(offered(typed), [], typed);
  });

  it('typing such lines keystroke by keystroke, offers appear only inside a capitalised word that may begin a name, or an ordinal reference', () => {
    const lines = ['Pertemuan itu berlangsung pada 2023', 'Tahun 2019', 'Laporan ini disusun oleh tim', 'Menteri luar negeri', 'Pada pertemuan', 'Ini ARSOM ke-1'];
    const at = lines.flatMap(offeredWhileTyping);
    const capitalisedWord = /(?:^|\s)\p{Lu}\S*$/u;
    assert.ok(at.length > 0 && at.every((p) => capitalisedWord.test(p) || p.startsWith('Ini ARSOM')), at.join(' | '));
    assert.ok(at.includes('Ini ARSOM ke-1'));
  });
});

describe('as-you-type offers where a reference is being typed', () => {
  it('typing "ARS" offers ARSOM first, keeping the typed letters', () => {
    assert.equal(offered('Hasil ARS')[0], 'Hasil ARSOM');
  });

  it('an acronym needs its capitals: "Ars" offers nothing', () => {
    assert.deepEqual(offered('Hasil Ars'), []);
  });

  it('"ARSOM ke-1" offers ARSOM ke-16 (an ordinal being written)', () => {
    assert.ok(offered('Ini ARSOM ke-1').includes('Ini ARSOM ke-16'));
  });

  it('"KTT ASEAN ke-4" is the 4th Summit typed in full, so it offers nothing more (not ke-42)', () => {
    assert.deepEqual(offered('Ini KTT ASEAN ke-4'), []);
  });

  it('English ordinals: "the 4" and "42n" offer the 42nd ASEAN Summit', () => {
    assert.ok(offered('at the 4').includes('at the 42nd ASEAN Summit'));
    assert.ok(offered('at the 42n').includes('at the 42nd ASEAN Summit'));
  });

  it('a personal name from its first three letters: "Kao" offers Kao Kim Hourn', () => {
    assert.equal(offered('Sekjen ASEAN Kao')[0], 'Sekjen ASEAN Kao Kim Hourn');
  });

  it('the writer\'s own spelling is kept: "Timor L" continues as "Timor Leste", never rewriting the space', () => {
    assert.equal(offered('di Timor L')[0], 'di Timor Leste');
  });

  it('a name ending in a year can be completed from its digits: "ACV 20"', () => {
    assert.ok(offered('Visi ACV 20').some((o) => o.startsWith('Visi ACV 20') && o.length > 'Visi ACV 20'.length));
  });
});

describe('inline completion answers', () => {
  it('one range from the start of the typed phrase to the cursor; the insert text begins with exactly what was typed', () => {
    const list = inline('Presiden menghadiri ARSOM ke-1|');
    const item = list.items.find((i) => i.insertText === 'ARSOM ke-16');
    assert.ok(item, JSON.stringify(list.items));
    assert.deepEqual(item.range, { start: { line: 0, character: 20 }, end: { line: 0, character: 30 } });
    assert.equal(list.doc.getText(item.range!), 'ARSOM ke-1');
  });

  it('nothing when the writer switched as-you-type offers off', () => {
    assert.deepEqual(inline('Hasil ARS|', { ...defaultSettings, asYouType: false }).items, []);
  });

  it('nothing while the suggest widget is open (VS Code previews its selected item instead)', () => {
    assert.deepEqual(inline('Hasil ARS|', defaultSettings, true).items, []);
  });

  it('nothing inside code, a link destination, or after a space', () => {
    for (const draft of ['Lihat `ARS|`', '```\nARS|\n```\n', '[laporan](ARS|)', 'Hasil ARS |']) assert.deepEqual(inline(draft).items, [], draft);
  });

  it('a position past the end of a line or the document → nothing, never throws', () => {
    const { service, ctx } = openDraft(index, 'Hasil ARS');
    for (const position of [{ line: 0, character: 99 }, { line: 3, character: 0 }, { line: -1, character: 2 }]) {
      assert.deepEqual(service.inlineCompletion(ctx, position).items, []);
    }
  });
});

describe('how often offers appear (the figures bench/results.md reports)', () => {
  it('typing the shipped articles and example drafts, an offer the writer did not go on to type appears at under 5 % of keystrokes', () => {
    const prose = offersInProse(shippedProse(ROOT), index);
    assert.ok(prose.keystrokes > 10_000, `${prose.keystrokes} keystrokes`);
    assert.ok(prose.unwantedRate < OFFER_LIMITS.unwantedRate, `${(prose.unwantedRate * 100).toFixed(2)} % unwanted: ${prose.examples.join(' | ')}`);
  });

  it('for at least 95 % of the query mix\'s prefixes of known forms, the entity meant is among the first three offers', () => {
    const prefixes = offersOnPrefixes(dataset, index);
    assert.ok(prefixes.prefixes > 200, `${prefixes.prefixes} prefixes`);
    assert.ok(prefixes.rate >= OFFER_LIMITS.top3Rate, `${(prefixes.rate * 100).toFixed(1)} %; missed: ${prefixes.missed.join(' | ')}`);
  });
});
