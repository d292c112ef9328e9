/**
 * Completion through stdio as an editor asks for it: the as-you-type offers (inline completion, on every
 * keystroke), the list on Ctrl+Space, their languages, and the settings that govern them.
 */
import assert from 'node:assert/strict';
import { LspClient } from './helpers/client';

const labelsOf = (items: { label: string }[]): string[] => items.map((i) => i.label);
const INVOKED = { triggerKind: 1 } as const;

describe('completion offers through the language server', function () {
  let client: LspClient;
  let n = 0;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client?.stop();
  });

  /** Opens a one-line untitled draft and asks at its end. */
  async function at<T>(text: string, ask: (uri: string, position: { line: number; character: number }) => Promise<T>): Promise<T> {
    const uri = `untitled:Untitled-offers-${++n}`;
    await client.open(uri, text);
    try {
      return await ask(uri, { line: 0, character: text.length });
    } finally {
      await client.close(uri);
    }
  }

  it('advertises inline completion, and completion with no trigger characters (a popup that opens by itself would take Enter)', () => {
    const caps = client.initializeResult?.capabilities;
    assert.ok(caps?.inlineCompletionProvider, 'inlineCompletionProvider');
    assert.deepEqual(caps?.completionProvider?.triggerCharacters ?? [], []);
  });

  it('typing "ARS" in an Indonesian draft offers ARSOM inline, keeping the typed letters', async () => {
    const items = await at('Delegasi Indonesia menghadiri ARS', (uri, p) => client.inlineCompletion(uri, p));
    assert.equal(items[0]?.insertText, 'ARSOM');
    assert.deepEqual(items[0]?.range, { start: { line: 0, character: 30 }, end: { line: 0, character: 33 } });
  });

  it('typing "pada 2023", "Tahun 2019" or "oleh tim" offers nothing inline', async () => {
    for (const text of ['Pertemuan itu berlangsung pada 2023', 'Tahun 2019', 'Laporan ini disusun oleh tim', 'Para pemimpin menghadiri summit']) {
      assert.deepEqual(await at(text, (uri, p) => client.inlineCompletion(uri, p)), [], text);
    }
  });

  it('Ctrl+Space after "ASEAN-Russia Sen" lists the Indonesian name first in an Indonesian draft, the English one in an English draft', async () => {
    const id = await at('Hasil ASEAN-Russia Sen dibahas dalam pertemuan tersebut', (uri) => client.completion(uri, { line: 0, character: 22 }, INVOKED));
    assert.equal(labelsOf(id)[0], 'Pertemuan Pejabat Senior ASEAN-Rusia', labelsOf(id).slice(0, 4).join(' | '));
    const en = await at('The outcome of the ASEAN-Russia Sen was discussed by the officials of the member states', (uri) => client.completion(uri, { line: 0, character: 35 }, INVOKED));
    assert.equal(labelsOf(en)[0], "ASEAN-Russia Senior Officials' Meeting", labelsOf(en).slice(0, 4).join(' | '));
  });

  it('Ctrl+Space after "SOC-COM ke" in an Indonesian draft lists "SOC-COM ke-20"', async () => {
    const items = await at('Delegasi Indonesia menghadiri SOC-COM ke', (uri, p) => client.completion(uri, p, INVOKED));
    assert.ok(labelsOf(items).includes('SOC-COM ke-20'), labelsOf(items).join(' | '));
  });
});

describe('completion settings through the language server', () => {
  it('aseanRef.cardLanguage "en" gives an Indonesian draft Indonesian labels with English details and cards', async () => {
    const client = await LspClient.start({ settings: { aseanRef: { cardLanguage: 'en' } } });
    try {
      const uri = 'untitled:Untitled-card-en';
      const text = 'Delegasi Indonesia menghadiri pertemuan ARS';
      await client.open(uri, text);
      const items = await client.completion(uri, { line: 0, character: text.length }, INVOKED);
      assert.deepEqual(labelsOf(items).slice(0, 2), ['ARSOM', 'Pertemuan Pejabat Senior ASEAN-Rusia']);
      assert.match(items[0].detail ?? '', /^Meeting series — /);
      const doc = (await client.resolve(items[0])).documentation;
      assert.ok(doc && typeof doc !== 'string' && doc.value.includes('ASEAN-Russia Senior Officials'), JSON.stringify(doc));
    } finally {
      await client.stop();
    }
  });

  it('aseanRef.completion.asYouType false switches inline offers off, and Ctrl+Space still lists ARSOM', async () => {
    const client = await LspClient.start({ settings: { aseanRef: { completion: { asYouType: false } } } });
    try {
      const uri = 'untitled:Untitled-off';
      const text = 'Delegasi Indonesia menghadiri ARS';
      await client.open(uri, text);
      const position = { line: 0, character: text.length };
      assert.deepEqual(await client.inlineCompletion(uri, position), []);
      assert.equal((await client.completion(uri, position, INVOKED))[0]?.label, 'ARSOM');
    } finally {
      await client.stop();
    }
  });
});
