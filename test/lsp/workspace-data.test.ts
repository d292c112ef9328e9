/**
 * A team's own entities in the workspace's `.asean-ref/` folder: loaded at start, reloaded when the
 * files change on disk (workspace/didChangeWatchedFiles, as the editor's watcher sends it), and a
 * broken edit never takes the last good data out of service.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, hoverText, LspClient, positionOf } from './helpers/client';
import { TEAM_SOURCE, teamEntities } from './helpers/team';

const SOURCE = TEAM_SOURCE;
const entities = teamEntities;

const DRAFT = 'Laporan ini disiapkan untuk JKCD di Jakarta.\n';

describe("a team's own data in .asean-ref/", function () {
  let ws: string;
  let dataDir: string;
  let entityFile: string;
  let entityUri: string;
  let draftUri: string;
  let client: LspClient;
  let shippedEntities: number;

  const hoverJkcd = async (): Promise<string> => hoverText(await client.hover(draftUri, positionOf(DRAFT, 'JKCD', 2)));
  /** Writes the entity file and tells the server, as the editor's file watcher would. */
  const save = (text: string, type: FileChangeType = FileChangeType.Changed) => {
    writeFileSync(entityFile, text);
    return client.filesChanged([{ uri: entityUri, type }]);
  };

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-ws-'));
    dataDir = path.join(ws, '.asean-ref');
    mkdirSync(path.join(dataDir, 'sources'), { recursive: true });
    writeFileSync(path.join(dataDir, 'sources', 'team-memo.md'), SOURCE);
    entityFile = path.join(dataDir, 'team.json');
    entityUri = fileUri(entityFile);
    writeFileSync(entityFile, entities('Jakarta Coordination Desk'));
    draftUri = fileUri(path.join(ws, 'laporan.md'));

    const bare = await LspClient.start({ folders: [] });
    shippedEntities = bare.firstStatus.entities;
    await bare.stop();

    client = await LspClient.start({ folders: [ws], settings: { aseanRef: { cardLanguage: 'en', dataPaths: ['.asean-ref'] } } });
    await client.open(draftUri, DRAFT);
  });

  after(async () => {
    await client?.stop();
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  it('the server watches the data folder through the editor', () => {
    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watchers.length > 0, `registrations: ${JSON.stringify(client.registrations)}`);
  });

  it("hovering the team's acronym shows the team's entity, loaded at start", async () => {
    const text = await hoverJkcd();
    assert.ok(text.includes('Jakarta Coordination Desk'), text);
    assert.ok(text.includes(fileUri(path.join(dataDir, 'sources', 'team-memo.md'))), `no link to the team's source:\n${text}`);
    assert.equal(client.firstStatus.entities, shippedEntities + 1);
    assert.equal(client.firstStatus.dataProblems, 0);
  });

  it('a malformed edit is reported on the data file at the exact place, and hovering still shows the last good data', async () => {
    const broken = entities('Jakarta Liaison Desk').replace('"JKCD"\n', '"JKCD",\n');
    const comma = positionOf(broken, '"JKCD",', '"JKCD"'.length);
    const published = client.nextDiagnostics(entityUri, (p) => p.diagnostics.length > 0);
    const status = await save(broken);
    const { diagnostics } = await published;
    assert.equal(status.dataProblems, diagnostics.length);
    assert.equal(status.dataErrors, 1, 'the status counts the syntax error as an error');
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(diagnostics[0].range, { start: comma, end: { line: comma.line, character: comma.character + 1 } });
    const message = String(diagnostics[0].message);
    assert.match(message, /comma/);
    const logged = `${entityFile}:${comma.line + 1}:${comma.character + 1}: ${message}`;
    assert.ok(client.logs.includes(logged), `the log does not have "${logged}":\n${client.logs.join('\n')}`);

    const text = await hoverJkcd();
    assert.ok(text.includes('Jakarta Coordination Desk') && !text.includes('Liaison'), text);
  });

  it('fixing the file takes effect without a restart and clears its diagnostics', async () => {
    const refreshes = client.semanticTokensRefreshes;
    const cleared = client.nextDiagnostics(entityUri, (p) => p.diagnostics.length === 0);
    const status = await save(entities('Jakarta Liaison Desk'));
    await cleared;
    assert.equal(status.dataProblems, 0);
    assert.equal(status.dataErrors, 0);
    assert.equal(status.entities, shippedEntities + 1);
    const text = await hoverJkcd();
    assert.ok(text.includes('Jakarta Liaison Desk'), text);
    assert.ok(client.semanticTokensRefreshes > refreshes, 'the editor is asked to re-request semantic tokens');
  });

  it('the same change reported twice (two watchers) is harmless', async () => {
    const status = await client.filesChanged([
      { uri: entityUri, type: FileChangeType.Changed },
      { uri: entityUri, type: FileChangeType.Changed },
    ]);
    assert.equal(status.entities, shippedEntities + 1);
    assert.ok((await hoverJkcd()).includes('Jakarta Liaison Desk'));
  });

  it('deleting the file takes its entity out of service; restoring it brings it back', async () => {
    const aside = `${entityFile}.bak`;
    renameSync(entityFile, aside);
    let status = await client.filesChanged([{ uri: entityUri, type: FileChangeType.Deleted }]);
    assert.equal(status.entities, shippedEntities);
    assert.equal(await client.hover(draftUri, positionOf(DRAFT, 'JKCD', 2)), null);

    renameSync(aside, entityFile);
    status = await client.filesChanged([{ uri: entityUri, type: FileChangeType.Created }]);
    assert.equal(status.entities, shippedEntities + 1);
    assert.ok((await hoverJkcd()).includes('Jakarta Liaison Desk'));
  });

  it('pointing aseanRef.dataPaths at another folder loads that folder instead', async () => {
    const other = path.join(ws, 'team-data');
    mkdirSync(path.join(other, 'sources'), { recursive: true });
    writeFileSync(path.join(other, 'sources', 'team-memo.md'), SOURCE);
    writeFileSync(path.join(other, 'entities.json'), entities('Jakarta Desk From Settings'));
    const status = await client.changeSettings({ aseanRef: { cardLanguage: 'en', dataPaths: ['team-data'] } });
    assert.equal(status.entities, shippedEntities + 1);
    assert.ok((await hoverJkcd()).includes('Jakarta Desk From Settings'));

    const back = await client.changeSettings({ aseanRef: { cardLanguage: 'en', dataPaths: ['.asean-ref'] } });
    assert.equal(back.entities, shippedEntities + 1);
    assert.ok((await hoverJkcd()).includes('Jakarta Liaison Desk'));
  });

  it('a broken data file present at start is reported, and the rest is served', async () => {
    const ws2 = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-ws-'));
    try {
      mkdirSync(path.join(ws2, '.asean-ref'), { recursive: true });
      const bad = path.join(ws2, '.asean-ref', 'bad.json');
      writeFileSync(bad, '{ "entities": [ }\n');
      const second = await LspClient.start({ folders: [ws2] });
      try {
        const status = second.firstStatus;
        assert.ok(status.dataProblems >= 1);
        assert.equal(status.entities, shippedEntities);
        assert.ok(second.logs.some((l) => l.startsWith(`${bad}:1:`)), second.logs.join('\n'));
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(ws2, { recursive: true, force: true });
    }
  });
});
