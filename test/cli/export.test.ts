/**
 * `asean-ref export`: the terms the data knows, for the spell checkers a writer already runs. Checked with the
 * real cspell on the example brief: the words it flags are all in our data, and the exported dictionary
 * silences them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const cspell = path.join(root, 'node_modules', 'cspell', 'bin.mjs');
const BRIEF = path.join(root, 'examples', 'brief-aoip.md');

const run = (args: string[], cwd = root) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
/** The words cspell flags in the brief, with the config in `cwd` if there is one. */
const flagged = (cwd: string): string[] =>
  spawnSync(process.execPath, [cspell, '--no-progress', '--no-summary', '--words-only', '--unique', 'brief-aoip.md'], { cwd, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .sort();

describe('asean-ref export', function () {
  this.timeout(60_000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-export-'));
    copyFileSync(BRIEF, path.join(work, 'brief-aoip.md'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('--format cspell: a dictionary that makes cspell stop flagging the brief’s ASEAN names and acronyms', () => {
    const before = flagged(work);
    assert.ok(before.length >= 10 && before.includes('ARSOM') && before.includes('Suryodipuro'), `cspell flags ${before.join(' ')}`);
    const r = run(['export', '--format', 'cspell'], work);
    assert.equal(r.status, 0, r.stderr);
    writeFileSync(path.join(work, 'asean-terms.txt'), r.stdout);
    writeFileSync(path.join(work, 'cspell.json'), JSON.stringify({ version: '0.2', dictionaryDefinitions: [{ name: 'asean', path: './asean-terms.txt' }], dictionaries: ['asean'] }));
    assert.deepEqual(flagged(work), [], `of ${before.length} flagged words`);
  });

  it('--format vale: one escaped word a line, acronyms and names only', () => {
    const lines = run(['export', '--format', 'vale']).stdout.split('\n').filter(Boolean);
    assert.ok(lines.includes('ARSOM') && lines.includes('Morgulov'), lines.slice(0, 20).join(' '));
    assert.ok(!lines.includes('the') && !lines.includes('dan'), 'no ordinary words');
    for (const line of lines) assert.doesNotThrow(() => new RegExp(line), line);
  });

  it("--format text (the default): every form, the team's own included", () => {
    mkdirSync(path.join(work, '.asean-ref', 'sources'), { recursive: true });
    writeFileSync(path.join(work, '.asean-ref', 'sources', 'team-memo-2023.md'), readFileSync(path.join(root, 'test/fixtures/team/team-memo-2023.md')));
    writeFileSync(
      path.join(work, '.asean-ref', 'team.json'),
      JSON.stringify({ entities: [{ id: 'team-jkcd', kind: 'organization', name: { en: 'Jakarta Coordination Desk' }, acronyms: ['JKCD'], description: { en: 'x', id: 'x' }, sources: [{ source: 'team-memo-2023', quote: 'dipimpin oleh Jakarta Coordination Desk (JKCD)' }] }] }),
    );
    const forms = run(['export'], work).stdout.split('\n');
    for (const f of ['ARSOM', "ASEAN-Russia Senior Officials' Meeting", 'JKCD', 'Jakarta Coordination Desk']) assert.ok(forms.includes(f), f);
  });

  it('refuses an unknown format and arguments', () => {
    assert.equal(run(['export', '--format', 'hunspell']).status, 2);
    assert.equal(run(['export', 'x.md']).status, 2);
  });
});
