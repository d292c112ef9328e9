// API-level tests inside a real VS Code extension host: the same commands the editor uses for hovers,
// completions and Go to Definition, on the fixture drafts. Run by `npm run test:vscode` (desktop VS Code
// via @vscode/test-electron) and, in CI, inside code-server's extension host by `npm run test:e2e`.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { drafts, indonesian } from '../../e2e/fixtures/drafts';
import { assertArsomCard, sourceLink } from '../../e2e/fixtures/expectations';
import { completionsAt, definitionsAt, endOf, extensionId, hoverAt, inWidgetOrder, labelOf, newDraft, openDraft, positionOf } from '../helpers';

describe('asean-ref in the VS Code extension host', function () {
  this.timeout(60_000);

  before(async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is installed`);
    await openDraft(drafts[0].fileName);
    await extension.activate();
    assert.ok(extension.isActive, `${extensionId} is active`);
  });

  for (const draft of drafts) {
    describe(`in the ${draft.languageName} draft`, () => {
      it('hovering ARSOM returns the ASEAN-Russia SOM card with its 16th meeting in Bali 2019 and a source link', async () => {
        const doc = await openDraft(draft.fileName);
        const card = await hoverAt(doc, positionOf(doc, 'ARSOM'));
        assertArsomCard(card);
        assert.match(card, sourceLink, 'the card links a source article');
      });

      it('completing after "ARS" offers ARSOM first', async () => {
        const doc = await newDraft(`typing-${draft.language}.md`, `${await readDraft(draft.fileName)}\n${draft.typedBeforeAcronym}ARS`);
        const items = await completionsAt(doc, endOf(doc), /^ARSOM\b/);
        const first = inWidgetOrder(items.filter((i) => labelOf(i).toLowerCase().startsWith('ars')))[0];
        assert.ok(first, `some completion starts with ARS; got ${items.map(labelOf).join(' | ')}`);
        assert.match(labelOf(first), /^ARSOM\b/);
      });

      it('Go to Definition on AOIP points at the quoted passage of a source article', async () => {
        const doc = await openDraft(draft.fileName);
        const locations = await definitionsAt(doc, positionOf(doc, 'AOIP'));
        assert.ok(locations.length > 0, 'at least one location');
        for (const { uri, range } of locations) {
          assert.match(uri.path, /\/data\/sources\/[\w.-]+\.md$/, 'a source article');
          const article = await vscode.workspace.openTextDocument(uri);
          const passage = article.getText(range.isEmpty ? article.lineAt(range.start.line).range : range);
          assert.ok(passage.trim().length > 3, `the location covers the quoted passage, got "${passage}"`);
          assert.ok(range.start.line > 0, 'the passage is in the article body, not its first line');
        }
      });
    });
  }

  it('completing after "KTT ASEAN ke-4" offers "KTT ASEAN ke-42", replacing what was typed', async () => {
    const typed = 'Persiapan KTT ASEAN ke-4';
    const doc = await newDraft('typing-ktt.md', `${await readDraft(indonesian.fileName)}\n${typed}`);
    const items = await completionsAt(doc, endOf(doc), /^KTT ASEAN ke-42\b/);
    const item = items.find((i) => labelOf(i).startsWith('KTT ASEAN ke-42'));
    assert.ok(item, `KTT ASEAN ke-42 is offered; got ${items.map(labelOf).join(' | ')}`);
    const insert = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
    const range = item.range && ('inserting' in item.range ? item.range.replacing : item.range);
    const line = doc.lineAt(doc.lineCount - 1).text;
    const start = range ? range.start.character : line.length - (/\S*$/.exec(line)?.[0].length ?? 0);
    assert.equal(line.slice(0, start) + insert, 'Persiapan KTT ASEAN ke-42', 'accepting it leaves "Persiapan KTT ASEAN ke-42"');
  });
});

async function readDraft(fileName: string): Promise<string> {
  return (await openDraft(fileName)).getText();
}
