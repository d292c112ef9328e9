/**
 * The house-style checks and the writer's commands over stdio, as an editor sees them: findings with
 * their quick fixes, workspace symbols, and the list-of-abbreviations command returning its edit.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ExecuteCommandRequest, WorkspaceSymbolRequest, type WorkspaceEdit, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { LspClient } from './helpers/client';

describe('house style over LSP', function () {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('a draft gets first-use, fact and unknown-acronym findings, and the first-use and fact quick fixes edit only the finding', async () => {
    const uri = 'file:///tmp/house-style.md';
    const text = 'Pertemuan ke-16 ARSOM dibuka di Bali.\r\n\r\nKTT ke-3 ASEAN-Rusia di Singapura pada 14 November 2019 dibahas oleh JKCD.\r\n';
    const { diagnostics } = await client.open(uri, text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]),
      [['first-use-not-spelled-out', 2, 0, 16], ['fact-contradicts-data', 2, 2, 39], ['unknown-acronym', 3, 2, 69]],
    );
    const doc = TextDocument.create(uri, 'markdown', 1, text);
    const [spell] = await client.codeActions(uri, [diagnostics[0]]);
    assert.equal(spell.title, 'Tulis kepanjangan: ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia)');
    assert.equal(TextDocument.applyEdits(doc, spell.edit!.changes![uri]).split('\r\n')[0], 'Pertemuan ke-16 ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) dibuka di Bali.');
    const [fact] = await client.codeActions(uri, [diagnostics[1]]);
    assert.equal(fact.title, 'Pakai nilai dalam data: 14 November 2018');
    assert.match(TextDocument.applyEdits(doc, fact.edit!.changes![uri]), /di Singapura pada 14 November 2018 dibahas/);
    await client.close(uri);
  });

  it('a suppression comment in the draft hides the finding, and the aseanRef.exemptAcronyms setting is read', async () => {
    const uri = 'file:///tmp/suppressed.md';
    const { diagnostics } = await client.open(uri, '<!-- asean-ref-disable-next-line unknown-acronym -->\nThe JKCD met.\n\nThe AOIP was read.\n');
    assert.deepEqual(diagnostics.map((d) => d.code), ['first-use-not-spelled-out']);
    const again = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.changeSettings({ aseanRef: { exemptAcronyms: ['ASEAN', 'AOIP'] } });
    assert.deepEqual((await again).diagnostics, []);
    await client.changeSettings({ aseanRef: {} });
    await client.close(uri);
  });

  it('workspace/symbol finds entities by acronym or name in either language, each with where its source is', async () => {
    assert.equal(client.initializeResult?.capabilities.workspaceSymbolProvider, true);
    const found = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Pejabat Senior ASEAN-Rusia' })) as WorkspaceSymbol[];
    const arsom = found.find((s) => (s.data as { id: string }).id === 'arsom');
    assert.ok(arsom, JSON.stringify(found.slice(0, 3)));
    assert.match(arsom.location.uri, /baliekbis-2019-02-arsom\.md$/);
  });

  it('the list-of-abbreviations command returns the edit that writes the table, and rewrites it in place the second time', async () => {
    const uri = 'file:///tmp/glossary.md';
    const text = 'The AOIP and the ARSOM were discussed.\n';
    await client.open(uri, text);
    assert.deepEqual(client.initializeResult?.capabilities.executeCommandProvider?.commands, ['asean-ref.server.abbreviationsEdit', 'asean-ref.server.citationEdit']);
    const command = 'asean-ref.server.abbreviationsEdit';
    const edit = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [uri] })) as WorkspaceEdit;
    const withTable = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edit.changes![uri]);
    assert.match(withTable, /<!-- asean-ref-abbreviations -->\n## List of Abbreviations\n\n\| Abbreviation \| Expansion \|\n\| --- \| --- \|\n\| AOIP \| ASEAN Outlook on the Indo-Pacific \|\n\| ARSOM \| ASEAN-Russia Senior Officials' Meeting \|\n<!-- \/asean-ref-abbreviations -->\n$/);
    await client.close(uri);
    await client.open(uri, withTable);
    const again = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [uri] })) as WorkspaceEdit;
    assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, withTable), again.changes![uri]), withTable);
    await client.close(uri);
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: ['file:///tmp/not-open.md'] }), null);
  });

  it('the citation command returns the footnote edit for the reference at a position', async () => {
    const uri = 'file:///tmp/cite.md';
    const text = 'Delegasi menghadiri ARSOM di Bali.\n';
    await client.open(uri, text);
    const edit = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'asean-ref.server.citationEdit', arguments: [uri, { line: 0, character: 22 }] })) as WorkspaceEdit;
    const out = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edit.changes![uri]);
    assert.match(out, /^Delegasi menghadiri ARSOM\[\^baliekbis-2019-02-arsom\] di Bali\.\n\n\[\^baliekbis-2019-02-arsom\]: Baliekbis\.com, /);
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'asean-ref.server.citationEdit', arguments: [uri, { line: 0, character: 2 }] }), null);
    await client.close(uri);
  });
});
