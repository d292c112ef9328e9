/**
 * Generated malformed and hostile data files, each saved over the team's good entity file (or its
 * source article) while the server runs: each gets a diagnostic at path:line:col or a clear
 * file-level message, the server answers the reload within the wait limit, and the hover on the
 * team's acronym stays byte-identical to the one from the last good data.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf } from '../lsp/helpers/client';
import { TEAM_DRAFT, TEAM_SOURCE, teamEntities, writeTeamData } from '../lsp/helpers/team';
import { count, FULL } from './counts';

type Content = string | Buffer;
interface Case {
  name: string;
  /** The source article instead of the entity file. */
  source?: boolean;
  /** Writes the hostile version at `file` (default: writes `content`). */
  write?: (file: string, outside: string) => void;
  content?: Content;
}

const GOOD = teamEntities('Jakarta Coordination Desk');
const good = () => JSON.parse(GOOD) as { entities: Record<string, unknown>[] };
/** The good file with the one entity's fields changed. */
const withEntity = (fields: Record<string, unknown>): string => JSON.stringify({ entities: [{ ...good().entities[0], ...fields }] }, null, 2);
const withEntities = (list: unknown[]): string => JSON.stringify({ entities: list }, null, 2);
const meeting = (ordinal: unknown) => `{"entities":[{"id":"team-sum","kind":"meeting","series":"asean-summit","ordinal":${ordinal},"name":{"en":"A summit"},"description":{"en":"x","id":"x"},"sources":[{"source":"team-memo-2023","quote":"dipimpin oleh Jakarta Coordination Desk (JKCD)"}]}]}`;
const deep = (n: number) => withEntity({ description: '@@' }).replace('"@@"', '['.repeat(n) + ']'.repeat(n));
const link = (target: (outside: string) => string) => (file: string, outside: string) => symlinkSync(target(outside), file);

function cases(): Case[] {
  const truncations = count(12, 40);
  const list: Case[] = [];
  for (let i = 1; i <= truncations; i++) {
    const at = Math.floor((GOOD.length * i) / (truncations + 1));
    list.push({ name: `the good file cut at byte ${at}`, content: GOOD.slice(0, at) });
  }
  list.push(
    { name: 'a trailing comma', content: GOOD.replace('"JKCD"\n', '"JKCD",\n') },
    { name: 'a comment', content: GOOD.replace('{', '{ // note') },
    { name: 'single quotes', content: GOOD.replace('"team-jkcd"', "'team-jkcd'") },
    { name: 'an unquoted key', content: GOOD.replace('"kind"', 'kind') },
    { name: 'NaN', content: withEntity({ ordinal: 1 }).replace('"ordinal": 1', '"ordinal": NaN') },
    { name: 'a missing colon', content: GOOD.replace('"kind":', '"kind"') },
    { name: 'an extra closing brace', content: GOOD + '}' },
    { name: 'two top-level values', content: GOOD + GOOD },
    { name: 'no sources', content: withEntity({ sources: undefined }) },
    { name: 'a misspelt kind', content: withEntity({ kind: 'organisation' }) },
    { name: 'a name that is a string', content: withEntity({ name: 'JKCD' }) },
    { name: 'an empty description', content: withEntity({ description: { en: '', id: '' } }) },
    { name: 'an id in capitals', content: withEntity({ id: 'Team-JKCD' }) },
    { name: 'entities not an array', content: '{"entities": {"0": {}}}' },
    { name: 'a top-level array', content: '[]' },
    { name: 'an unknown property', content: withEntity({ nmae: 'x' }) },
    { name: 'ordinal 4294967313 (2^32 + 17)', content: meeting(4294967313) },
    { name: 'ordinal 1e400 (Infinity)', content: meeting('1e400') },
    { name: 'ordinal -1', content: meeting(-1) },
    { name: 'ordinal 1.5', content: meeting(1.5) },
    { name: 'a 5,000-character description', content: withEntity({ description: { en: 'x'.repeat(5000), id: 'x' } }) },
    { name: 'a 3,000-character quote', content: withEntity({ sources: [{ source: 'team-memo-2023', quote: 'y'.repeat(3000) }] }) },
    { name: 'a duplicate key', content: GOOD.replace('"kind": "organization",', '"kind": "organization",\n      "kind": "organization",') },
    { name: 'a duplicate "id" key', content: GOOD.replace('"kind": "organization",', '"kind": "organization",\n      "id": "team-other",') },
    { name: 'two entities with one id', content: withEntities([good().entities[0], { ...good().entities[0], acronyms: ['JKCX'] }]) },
    { name: 'the id of a shipped entity', content: withEntity({ id: 'arsom', acronyms: ['JKCX'] }) },
    { name: 'a relation to an unknown entity', content: withEntity({ related: [{ type: 'part-of', target: 'no-such-entity' }] }) },
    { name: 'an unknown source', content: withEntity({ sources: [{ source: 'no-such-source', quote: 'dipimpin oleh' }] }) },
    { name: 'a quote the source does not have', content: withEntity({ sources: [{ source: 'team-memo-2023', quote: 'never said this' }] }) },
    { name: "a shipped entity's acronym (ARSOM)", content: withEntity({ acronyms: ['JKCD', 'ARSOM'] }) },
    { name: 'a "__proto__" wrapper around the file', content: `{"__proto__": ${GOOD}}` },
    { name: 'a "__proto__" wrapper around the entity', content: `{"entities": [{"__proto__": ${JSON.stringify(good().entities[0])}}]}` },
    { name: 'a "constructor" key', content: withEntity({ constructor: { name: 'x' } }) },
    { name: 'entities under "__proto__"', content: '{"__proto__": [], "entities": {"__proto__": []}}' },
    { name: 'a "__proto__" quote', content: withEntity({ sources: [{ source: 'team-memo-2023', quote: '__proto__' }] }) },
    { name: '10,000-deep nesting', content: deep(10_000) },
    { name: '100,000-deep nesting', content: deep(100_000) },
    { name: 'a file over the size limit', content: Buffer.alloc((FULL ? 100 : 21) * 1024 * 1024, 0x20) },
    { name: '400,000 invalid entities (2 MB)', content: `{"entities":[${'{},'.repeat(FULL ? 400_000 : 40_000)}{}]}` },
    { name: 'an empty file', content: '' },
    { name: 'only whitespace', content: ' \n\t\n' },
    { name: 'null', content: 'null' },
    { name: 'a string', content: '"entities"' },
    { name: 'Latin-1', content: Buffer.from(teamEntities('Caf\u00e9 Desk'), 'latin1') },
    { name: 'UTF-16 LE with a byte-order mark', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(teamEntities('Desk'), 'utf16le')]) },
    { name: 'UTF-16 BE with a byte-order mark', content: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(teamEntities('Desk'), 'utf16le').swap16()]) },
    { name: 'UTF-16 LE without a byte-order mark', content: Buffer.from(teamEntities('Desk'), 'utf16le') },
    { name: 'NUL bytes', content: GOOD.replace('"team-jkcd"', '"team\u0000jkcd"') },
    { name: 'random bytes', content: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)) },
    { name: 'a named pipe', write: (file) => execFileSync('mkfifo', [file]) },
    { name: 'a link to /dev/zero', write: link(() => '/dev/zero') },
    { name: 'a link to a file outside the data folder', write: (file, outside) => (writeFileSync(path.join(outside, 'x.json'), teamEntities('Outside Desk')), symlinkSync(path.join(outside, 'x.json'), file)) },
    { name: 'a folder', write: (file) => mkdirSync(file) },
    { name: 'a CRLF file with a syntax error', content: GOOD.replace(/\n/g, '\r\n').replace('"JKCD"\r\n', '"JKCD",\r\n') },
    { name: 'a byte-order mark and a syntax error', content: '\ufeff' + GOOD.replace('"kind":', '"kind"') },
    { name: 'a source with no front matter', source: true, content: TEAM_SOURCE.replace(/^---[^]*?---\n/, '') },
    { name: 'a source whose front matter is not closed', source: true, content: TEAM_SOURCE.replace(/\n---\n/, '\n') },
    { name: 'a source with a YAML error', source: true, content: TEAM_SOURCE.replace('title:', 'title: [') },
    { name: 'a source with a duplicate key', source: true, content: TEAM_SOURCE.replace('language: id', 'language: id\nlanguage: en') },
    { name: 'a source without the quoted passage', source: true, content: TEAM_SOURCE.replace('dipimpin oleh', 'dipimpin') },
    { name: 'a source in Latin-1', source: true, content: Buffer.from(TEAM_SOURCE + 'Caf\u00e9\n', 'latin1') },
    { name: 'a source with deep front matter', source: true, content: TEAM_SOURCE.replace('title:', `extra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\ntitle:`) },
    { name: 'a source that is a named pipe', source: true, write: (file) => execFileSync('mkfifo', [file]) },
  );
  return list;
}

describe('hostile data files saved while the server runs', function () {
  this.timeout(FULL ? 600000 : 120000);
  let ws: string;
  let outside: string;
  let dataDir: string;
  let client: LspClient;
  let baseline: string;
  const draftUri = () => fileUri(path.join(ws, 'laporan.md'));
  const hover = async () => JSON.stringify(await client.hover(draftUri(), positionOf(TEAM_DRAFT, 'JKCD', 2)));
  let slowest = 0;
  /** Puts the good files back after a case, even a failed one, so one failure does not fail the rest. */
  let restore: (() => Promise<unknown>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  before(async () => {
    ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-battery-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-battery-out-'));
    dataDir = path.join(ws, '.asean-ref');
    writeTeamData(dataDir);
    client = await LspClient.start({ folders: [ws], settings: { aseanRef: { cardLanguage: 'en' } } });
    await client.open(draftUri(), TEAM_DRAFT);
    baseline = await hover();
    assert.ok(baseline.includes('Jakarta Coordination Desk'));
  });

  after(async () => {
    await client?.stop();
    rmSync(ws, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const all = cases();
  it(`has at least 60 cases (${all.length})`, () => assert.ok(all.length >= 60));

  for (const c of all) {
    it(`${c.name}: reported at a place, the last good card still served`, async () => {
      const file = c.source ? path.join(dataDir, 'sources', 'team-memo.md') : path.join(dataDir, 'team.json');
      const uri = fileUri(file);
      const started = Date.now();
      restore = async () => {
        rmSync(file, { recursive: true, force: true });
        writeTeamData(dataDir);
        await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
      };
      // A broken source is reported on itself, or on the entity file whose quote it no longer holds.
      const teamUri = fileUri(path.join(dataDir, 'team.json'));
      const reported = client.next<PublishDiagnosticsParams>('textDocument/publishDiagnostics', `diagnostics for ${uri}`, (p) => (p.uri === uri || (c.source === true && p.uri === teamUri)) && p.diagnostics.length > 0);
      rmSync(file, { recursive: true, force: true });
      if (c.write) c.write(file, outside);
      else writeFileSync(file, c.content ?? '');
      await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
      const { diagnostics } = await reported;
      for (const d of diagnostics) {
        assert.ok(Number.isInteger(d.range.start.line) && Number.isInteger(d.range.start.character), JSON.stringify(d));
        assert.ok(String(d.message).length > 0 && String(d.message).length < 2000, String(d.message).slice(0, 200));
      }
      assert.ok(diagnostics.length <= 202, `${diagnostics.length} diagnostics`);
      assert.equal(await hover(), baseline);
      slowest = Math.max(slowest, Date.now() - started);
      // Back to the good version, which must be taken into service again.
      const cleared = client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
      await restore?.();
      restore = undefined;
      await cleared;
      assert.equal(await hover(), baseline);
    });
  }

  it('a byte-order mark or CRLF line ends on a good file are accepted and served', async () => {
    const file = path.join(dataDir, 'team.json');
    for (const [what, text] of [
      ['BOM', '\ufeff' + teamEntities('Desk With BOM')],
      ['CRLF', teamEntities('Desk With CRLF').replace(/\n/g, '\r\n')],
    ]) {
      writeFileSync(file, text);
      const status = await client.filesChanged([{ uri: fileUri(file), type: FileChangeType.Changed }]);
      assert.equal(status.dataProblems, 0, `${what}: ${client.logs.slice(-3).join('\n')}`);
      assert.ok((await hover()).includes(`Desk With ${what}`), what);
    }
  });

  it('the server is still running, and the slowest reload took under 15 s', () => {
    assert.ok(client.running);
    assert.ok(slowest < 15000, `${slowest} ms`);
    if (FULL) console.log(`      ${all.length} hostile data files; slowest reload and hover ${slowest} ms`);
  });
});
