/**
 * The data the server starts with, damaged: it still starts, says which file and why, counts the
 * problem in its status, and answers with nothing rather than with something wrong.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LspClient, PACKAGE_ROOT } from './helpers/client';

describe('a server whose compiled data is damaged', function () {
  let dir: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'asean-ref-damaged-'));
    for (const f of ['data.jsonl', 'data.bin']) copyFileSync(path.join(PACKAGE_ROOT, 'dist', f), path.join(dir, f));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [damage, spoil, says] of [
    ['a data.bin from another build', (d: string) => flipByte(path.join(d, 'data.bin')), 'data.bin:1:1: written by another build than its data.jsonl'],
    ['no data.bin', (d: string) => rmSync(path.join(d, 'data.bin')), 'no such file or directory'],
    ['a data.jsonl cut short', (d: string) => truncate(path.join(d, 'data.jsonl')), 'data.jsonl:1:1: the header promises'],
  ] as const) {
    it(`with ${damage}, starts, names the file and the fault, and hovers answer nothing`, async () => {
      spoil(dir);
      client = await LspClient.start({ dataFile: path.join(dir, 'data.jsonl') });
      assert.equal(client.firstStatus.entities, 0);
      assert.equal(client.firstStatus.dataProblems, 1);
      const log = client.logs.find((l) => l.includes('could not load the shipped data'));
      assert.ok(log?.startsWith(`${path.join(dir, 'data.jsonl')}:1:1: `) && log.includes(says), client.logs.join('\n'));
      const uri = 'file:///draft.md';
      await client.open(uri, 'Pertemuan ke-16 ARSOM di Bali.');
      assert.equal(await client.hover(uri, { line: 0, character: 17 }), null);
    });
  }
});

function flipByte(file: string): void {
  const bytes = readFileSync(file);
  bytes[3] ^= 0x01; // in the build id at its start
  writeFileSync(file, bytes);
}

function truncate(file: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.slice(0, text.indexOf('\n', text.length >> 1) + 1));
}
