/** The README the Marketplace shows: every shipped article attributed (publisher, title, date), and the sections a user looks for. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { statsLine } from '../../server/src/data/assemble';
import { loadDataDir } from '../../server/src/data/load';

const ROOT = path.resolve(__dirname, '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('attributes every shipped source article: publisher, title and date on one row', () => {
    const dir = path.join(ROOT, 'data', 'sources');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 5);
    for (const file of files) {
      const front = parse(readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[1]) as { title: string; publisher: string; published: { date: string } };
      const row = `| ${front.publisher} | ${front.title} | ${front.published.date} |`;
      assert.ok(README.includes(row), `${file}: no row "${row}"`);
    }
  });

  it('quotes what data check says of the shipped data, and the same counts of quotes and cited pages', () => {
    const { stats } = loadDataDir(path.join(ROOT, 'data'));
    assert.ok(README.includes(`\n${statsLine(stats)}\n`), `the README quotes "${statsLine(stats)}"`);
    assert.ok(README.includes(`**${stats.quotes} quotes**`) && README.includes(`**${stats.citations} cited pages**`));
  });

  it('opens with what it does and a screenshot, and has the sections a user looks for', () => {
    const head = README.slice(0, 3000);
    assert.match(head, /Hover cards/);
    assert.match(head, /!\[[^\]]+\]\([^)]+\.png\)/);
    for (const section of ['## Quick start', '**Settings.**', '## Command line', '## Privacy', '## Troubleshooting', '## Known limitations', '### Sources']) {
      assert.ok(README.includes(section), section);
    }
  });
});
