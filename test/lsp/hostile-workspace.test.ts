/**
 * A hostile repository opened as a workspace: its .asean-ref/ holds link loops, a named pipe,
 * links to files outside the folder, a file in Latin-1. The server loads what it can at once,
 * says what it left out on each file, never reads outside the folder, and keeps the last good
 * version of a file that stops being readable.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, hoverText, LspClient, positionOf } from './helpers/client';
import { TEAM_DRAFT, teamEntities, writeTeamData } from './helpers/team';

const SECRET_KEY = 'do-not-leak-this-key-name';

describe('a hostile repository opened as a workspace', function () {
  let ws: string;
  let outside: string;
  let dataDir: string;
  let teamFile: string;
  let client: LspClient;
  const draftUri = () => fileUri(path.join(ws, 'laporan.md'));
  const hoverJkcd = async () => hoverText(await client.hover(draftUri(), positionOf(TEAM_DRAFT, 'JKCD', 2)));

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-hostile-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-outside-'));
    dataDir = path.join(ws, '.asean-ref');
    teamFile = writeTeamData(dataDir);
    // Two loops that a following walk never leaves, and a link up to the workspace.
    symlinkSync('.', path.join(dataDir, 'a'));
    symlinkSync('.', path.join(dataDir, 'b'));
    symlinkSync('..', path.join(dataDir, 'up'));
    execFileSync('mkfifo', [path.join(dataDir, 'pipe.json')]);
    writeFileSync(path.join(outside, 'secret.json'), JSON.stringify({ [SECRET_KEY]: 1 }));
    writeFileSync(path.join(outside, 'leak.md'), `---\nid: leak\n---\n${SECRET_KEY}\n`);
    symlinkSync(path.join(outside, 'secret.json'), path.join(dataDir, 'outside.json'));
    symlinkSync(path.join(outside, 'leak.md'), path.join(dataDir, 'sources', 'leak.md'));
    client = await LspClient.start({ folders: [ws], settings: { aseanRef: { cardLanguage: 'en' } } });
    await client.open(draftUri(), TEAM_DRAFT);
  });

  after(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('loads at once despite link loops and a named pipe, and serves the good file', async () => {
    assert.ok(client.firstStatus.entities > 0);
    assert.ok((await hoverJkcd()).includes('Jakarta Coordination Desk'));
  });

  it('says on the pipe and on each outward link why it was not read', () => {
    const logs = client.logs.join('\n');
    assert.match(logs, /pipe\.json:1:1: is not a regular file/);
    assert.match(logs, /outside\.json:1:1: is a link to a file outside the data folder/);
    assert.match(logs, /leak\.md:1:1: is a link to a file outside the data folder/);
  });

  it('never reads a file outside the data folder: its content and key names appear nowhere', async () => {
    assert.ok(!client.logs.join('\n').includes(SECRET_KEY));
    const leakUri = fileUri(path.join(dataDir, 'sources', 'leak.md'));
    assert.ok(!JSON.stringify(await client.definition(draftUri(), positionOf(TEAM_DRAFT, 'JKCD', 2))).includes(leakUri));
  });

  it('a file rewritten in Latin-1 is reported as not UTF-8, and its last good version keeps serving', async () => {
    const diagnostics = client.nextDiagnostics(fileUri(teamFile), (p) => p.diagnostics.length > 0);
    writeFileSync(teamFile, Buffer.from(teamEntities('Jakarta Coordination Desk — Caf\u00e9'), 'latin1'));
    await client.filesChanged([{ uri: fileUri(teamFile), type: FileChangeType.Changed }]);
    const { diagnostics: found } = await diagnostics;
    assert.match(String(found[0].message), /is not UTF-8 text .*save it as UTF-8/);
    assert.ok((await hoverJkcd()).includes('Jakarta Coordination Desk'));
  });

  it('a file replaced by a named pipe keeps its last good version', async () => {
    rmSync(teamFile);
    execFileSync('mkfifo', [teamFile]);
    await client.filesChanged([{ uri: fileUri(teamFile), type: FileChangeType.Changed }]);
    assert.ok((await hoverJkcd()).includes('Jakarta Coordination Desk'));
    // A full reload (settings changed) walks past the pipe, and keeps the last good version too.
    await client.changeSettings({ aseanRef: { cardLanguage: 'en', dataPaths: ['.asean-ref'] } });
    assert.ok((await hoverJkcd()).includes('Jakarta Coordination Desk'));
    rmSync(teamFile);
    writeFileSync(teamFile, teamEntities('Jakarta Coordination Desk'));
  });

  it('watcher URIs spelled with "..", "." or "//" name the same file: no false duplicate id', async () => {
    writeFileSync(teamFile, teamEntities('Jakarta Desk Renamed'));
    const spelled = [`${fileUri(dataDir)}/sources/../team.json`, `${fileUri(dataDir)}/./team.json`, `${fileUri(dataDir)}//team.json`];
    const status = await client.filesChanged(spelled.map((uri) => ({ uri, type: FileChangeType.Changed })));
    assert.equal(status.dataProblems, 3, client.logs.slice(-6).join('\n')); // the pipe, the two outward links
    assert.ok(!client.logs.some((l) => /duplicate/.test(l)), client.logs.join('\n'));
    assert.ok((await hoverJkcd()).includes('Jakarta Desk Renamed'));
  });
});

describe('a data folder that is a link to a large tree', function () {
  // Writing 52,000 files is slow on a busy machine; the server's part is quick.
  this.timeout(120000);
  it('loads the rest within the walk budget and says the folder was too large', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-big-'));
    const tree = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-tree-'));
    try {
      // More entries than the walk looks at (50,000), in nested folders.
      for (let d = 0; d < 26; d++) {
        const dir = path.join(tree, `d${d}`, 'inner');
        mkdirSync(dir, { recursive: true });
        for (let f = 0; f < 2000; f++) writeFileSync(path.join(dir, `${f}.txt`), '');
      }
      symlinkSync(tree, path.join(ws, '.asean-ref'));
      const client = await LspClient.start({ folders: [ws] });
      try {
        assert.ok(client.firstStatus.dataProblems >= 1);
        assert.match(client.logs.join('\n'), /more than 50000 entries/);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(ws, { recursive: true, force: true });
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
