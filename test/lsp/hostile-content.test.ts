/**
 * Hostile data content: a team entity whose description carries Markdown links, HTML and command
 * URIs, and whose quotes are "__proto__" and "constructor". Cards and completions show it as text;
 * the only links are https:, http: or files inside the data folder; Go to Definition never leaves it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf } from './helpers/client';
import { TEAM_SOURCE, teamEntities, writeTeamData } from './helpers/team';

const HOSTILE = '[klik](command:workbench.action.quit) <img src=x onerror=alert(1)> [js](javascript:alert(1)) ![x](file:///etc/passwd) <script>x</script>';
const DRAFT = 'Laporan untuk JKCD.\n';

describe('hostile text in a team data file', function () {
  let ws: string;
  let dataDir: string;
  let client: LspClient;
  const draftUri = () => fileUri(path.join(ws, 'laporan.md'));

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-content-'));
    dataDir = path.join(ws, '.asean-ref');
    const file = writeTeamData(dataDir);
    writeFileSync(path.join(dataDir, 'sources', 'team-memo.md'), `${TEAM_SOURCE}\nKode __proto__ dan constructor tertulis di sini.\n`);
    const data = JSON.parse(teamEntities('Jakarta Coordination Desk'));
    data.entities[0].description.en = HOSTILE;
    data.entities[0].sources.push({ source: 'team-memo-2023', quote: '__proto__' }, { source: 'team-memo-2023', quote: 'constructor' });
    writeFileSync(file, JSON.stringify(data, null, 2));
    client = await LspClient.start({ folders: [ws], settings: { aseanRef: { cardLanguage: 'en' } } });
    assert.equal(client.firstStatus.dataProblems, 0, client.logs.join('\n'));
    await client.open(draftUri(), DRAFT);
  });

  after(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  /** Every link target of the Markdown is http(s) or a file inside the data folder (by real path). */
  function assertSafe(markdown: string): void {
    assert.ok(!/<img|<script/i.test(markdown), markdown);
    const inside = realpathSync(dataDir);
    for (const [, target] of markdown.matchAll(/\]\(([^)\s]*)/g)) {
      if (/^https?:/.test(target)) continue;
      assert.ok(target.startsWith('file://'), `link to ${target}`);
      const file = realpathSync(decodeURIComponent(new URL(target).pathname));
      assert.ok(file.startsWith(inside + path.sep), `link outside the data folder: ${target}`);
    }
  }

  it('the card shows the markup as text, with no command, javascript: or outside links', async () => {
    const hover = await client.hover(draftUri(), positionOf(DRAFT, 'JKCD', 1));
    const markdown = (hover!.contents as MarkupContent).value;
    assertSafe(markdown);
    assert.ok(markdown.includes('onerror'), 'the description is shown, as text');
  });

  it('quotes "__proto__" and "constructor" are verified and linked to their place', async () => {
    const markdown = (((await client.hover(draftUri(), positionOf(DRAFT, 'JKCD', 1)))!.contents) as MarkupContent).value;
    for (const quote of ['\\_\\_proto\\_\\_', 'constructor']) assert.ok(markdown.includes(`[“${quote}”](${fileUri(path.join(dataDir, 'sources', 'team-memo.md'))}#L13,`), markdown);
  });

  it('Go to Definition opens only files inside the data folder', async () => {
    const locations = await client.definition(draftUri(), positionOf(DRAFT, 'JKCD', 1));
    assert.ok(locations.length > 0);
    for (const l of locations) assert.ok(realpathSync(new URL(l.uri).pathname).startsWith(realpathSync(dataDir) + path.sep), l.uri);
  });

  it('the completion of the acronym is escaped the same way', async () => {
    const text = 'Laporan untuk JK';
    const uri = fileUri(path.join(ws, 'ketik.md'));
    await client.open(uri, text);
    const items = await client.completion(uri, { line: 0, character: text.length });
    const item = items.find((i) => JSON.stringify(i).includes('Jakarta Coordination Desk'));
    assert.ok(item, JSON.stringify(items.slice(0, 3)));
    const resolved = await client.resolve(item);
    const doc = resolved.documentation;
    const markdown = typeof doc === 'string' ? doc : (doc?.value ?? '');
    assertSafe(markdown);
  });
});
