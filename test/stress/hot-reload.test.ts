/**
 * Hot-reload atomicity: the team's entity file is rewritten in several chunks, the editor's
 * watcher reporting each chunk, while hovers run without pause. Every answer must be one whole
 * snapshot: the card of the old version or of the new one, byte for byte, never a mixture, never
 * empty. A half-written file is just a broken version: the last good one serves.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient, positionOf } from '../lsp/helpers/client';
import { TEAM_DRAFT, teamEntities, writeTeamData } from '../lsp/helpers/team';
import { count } from './counts';

const CHUNKS = 5;

describe('a data file rewritten in chunks while hovers run', function () {
  const total = count(300, 2000);
  this.timeout(300000);

  it(`${total} hovers each answer from one whole snapshot`, async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-reload-'));
    const file = writeTeamData(path.join(ws, '.asean-ref'));
    const uri = fileUri(file);
    const draftUri = fileUri(path.join(ws, 'laporan.md'));
    const client = await LspClient.start({ folders: [ws], settings: { aseanRef: { cardLanguage: 'en' } } });
    try {
      await client.open(draftUri, TEAM_DRAFT);
      const hover = async () => JSON.stringify(await client.hover(draftUri, positionOf(TEAM_DRAFT, 'JKCD', 2)));
      const versions = [teamEntities('Jakarta Coordination Desk'), teamEntities(`Jakarta Coordination Desk, renamed ${'and renamed '.repeat(40)}`)];
      /** Writes a version in chunks, telling the server after each one. */
      const rewrite = async (text: string) => {
        const fd = openSync(file, 'w');
        try {
          const size = Math.ceil(text.length / CHUNKS);
          for (let at = 0; at < text.length; at += size) {
            writeSync(fd, text.slice(at, at + size));
            await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
          }
        } finally {
          closeSync(fd);
        }
        await client.filesChanged([{ uri, type: FileChangeType.Changed }]);
      };
      const cards: string[] = [await hover()];
      await rewrite(versions[1]);
      cards.push(await hover());
      assert.notEqual(cards[0], cards[1]);

      let done = 0;
      let stop = false;
      const seen = new Map<string, number>();
      const hovering = (async () => {
        while (done < total) {
          const batch = await Promise.all(Array.from({ length: 10 }, hover));
          for (const answer of batch) seen.set(answer, (seen.get(answer) ?? 0) + 1);
          done += batch.length;
        }
        stop = true;
      })();
      for (let round = 0; !stop; round++) await rewrite(versions[round % 2]);
      await hovering;
      const unexpected = [...seen.keys()].filter((answer) => !cards.includes(answer));
      assert.deepEqual(unexpected, [], 'an answer that is neither whole version');
      assert.ok(client.running);
      await rewrite(versions[1]);
      assert.equal(await hover(), cards[1]);
    } finally {
      await client.stop();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
