import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

/** Runs the built CLI the way a CI job would: a subprocess, no TTY. */
function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', LANG: 'en_US.UTF-8', ...options.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the asean-ref command line', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-cli-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const draft = (name: string, text: string | Buffer) => {
    writeFileSync(path.join(work, name), text);
    return name;
  };

  describe('check', () => {
    it('exits 0 on a clean draft and prints nothing', () => {
      draft('ok.md', 'Pertemuan ke-16 ARSOM di Bali membahas kerja sama dengan Rusia.\n');
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
    });

    it('exits 1 when a draft names a summit the record does not hold, at --fail-on information', () => {
      draft('bad.md', 'Dalam KTT ASEAN ke-99 nanti.\n');
      const r = run(['check', '--fail-on', 'information', 'bad.md'], { cwd: work });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^bad\.md:1:7: information: .*ke-99.* \[unknown-instance\]$/m);
    });

    it('lets information findings pass under the default --fail-on warning', () => {
      draft('bad.md', 'Dalam KTT ASEAN ke-99 nanti.\n');
      assert.equal(run(['check', 'bad.md'], { cwd: work }).code, 0);
    });

    it('expands globs and writes JSON a script can read', () => {
      mkdirSync(path.join(work, 'docs'));
      draft('docs/a.md', 'KTT ASEAN ke-99\n');
      draft('docs/b.md', 'ARSOM\n');
      const r = run(['check', '--format', 'json', 'docs/*.md'], { cwd: work });
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.map((f: { file: string }) => f.file), ['docs/a.md', 'docs/b.md']);
      assert.equal(out[0].diagnostics[0].rule, 'unknown-instance');
      assert.equal(out[0].diagnostics[0].line, 1);
    });

    it('writes SARIF 2.1.0 that a code host can annotate a pull request with', () => {
      draft('bad.md', 'Teks.\n\nDalam KTT ASEAN ke-99 nanti.\n');
      const sarif = JSON.parse(run(['check', '--format', 'sarif', 'bad.md'], { cwd: work }).stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs[0].tool.driver.name, 'asean-ref');
      assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'unknown-instance'));
      const result = sarif.runs[0].results[0];
      assert.equal(result.ruleId, 'unknown-instance');
      assert.equal(result.level, 'note');
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'bad.md' });
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 7, endLine: 3, endColumn: 22 });
    });

    it('reports each unreadable input by name, checks the rest, and exits 2', () => {
      draft('good.md', 'KTT ASEAN ke-99\n');
      draft('binary.md', Buffer.from([0x41, 0x00, 0x42]));
      draft('latin1.md', Buffer.from([0x41, 0xe9, 0x0a]));
      mkdirSync(path.join(work, 'folder.md'));
      const args = ['check', '--fail-on', 'information', 'missing.md', 'folder.md', 'binary.md', 'latin1.md', 'good.md'];
      const r = run(args, { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^missing\.md: no such file$/m);
      assert.match(r.stderr, /^folder\.md: is a directory/m);
      assert.match(r.stderr, /^binary\.md: is a binary file/m);
      assert.match(r.stderr, /^latin1\.md: is not valid UTF-8 text$/m);
      assert.match(r.stdout, /^good\.md:1:1: information:/m);
    });

    it('reports an unreadable file without stopping', function () {
      if (process.getuid?.() === 0) this.skip(); // root reads everything
      draft('secret.md', 'ARSOM');
      chmodSync(path.join(work, 'secret.md'), 0);
      const r = run(['check', 'secret.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /secret\.md: permission denied/);
    });

    it('exits 2 with path:line:col when the team data folder has a malformed file', () => {
      mkdirSync(path.join(work, '.asean-ref'));
      writeFileSync(path.join(work, '.asean-ref/team.json'), '{\n  "entities": [\n    { "id": "x", }\n  ]\n}\n');
      draft('ok.md', 'ARSOM\n');
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`^${path.join('.asean-ref', 'team.json').replace(/\./g, '\\.')}:3:\\d+: `, 'm'));
    });

    it('honours failOn and the team data folder named in .asean-ref.json', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ failOn: 'information', dataPaths: ['team-data'] }));
      draft('bad.md', 'KTT ASEAN ke-99\n');
      assert.equal(run(['check', 'bad.md'], { cwd: work }).code, 1);
    });

    it('rejects a misspelt setting in .asean-ref.json with exit 2', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ failon: 'error' }));
      draft('ok.md', 'ARSOM\n');
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /invalid setting "failon"/);
    });
  });

  describe('scan', () => {
    it('lists ARSOM in an Indonesian draft at its line and column', () => {
      draft('d.md', '# Judul\n\nHasil Pertemuan ke-16 ARSOM dan KTT ASEAN ke-99.\n');
      const r = run(['scan', 'd.md'], { cwd: work });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^3:7-3:28 {2}Pertemuan ke-16 ARSOM {2}→ arsom-16 \(meeting\)/m);
      assert.match(r.stdout, /KTT ASEAN ke-99 {2}→ asean-summit \(meeting-series\) ASEAN Summit — instance 99 unknown/);
    });

    it('prints JSON with --json', () => {
      draft('d.md', 'AOIP\n');
      const out = JSON.parse(run(['scan', '--json', 'd.md'], { cwd: work }).stdout);
      assert.equal(out.references[0].candidates[0].id, 'aoip');
    });

    it('exits 2 for a missing file', () => {
      assert.equal(run(['scan', 'nope.md'], { cwd: work }).code, 2);
    });
  });

  describe('lookup', () => {
    it('prints the ARSOM card with its Bali meeting and a source, without colour when piped', () => {
      const r = run(['lookup', 'ARSOM']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /ASEAN-Russia Senior Officials' Meeting \(ARSOM\)/);
      assert.match(r.stdout, /16th — Legian, Bali, 19–20 Feb 2019/);
      assert.match(r.stdout, /Baliekbis\.com/);
      assert.match(r.stdout, /baliekbis-2019-02-arsom\.md:\d+:\d+/);
      assert.doesNotMatch(r.stdout, /\x1b\[/);
    });

    it('finds the entity behind a typo and says so', () => {
      const r = run(['lookup', 'Kao Kim Huorn']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /did you mean Kao Kim Hourn/);
    });

    it('resolves an ordinal phrase exactly', () => {
      assert.match(run(['lookup', 'KTT ASEAN ke-42']).stdout, /^42nd ASEAN Summit/);
    });

    it('gives the entity and where each quote is, as JSON', () => {
      const [result] = JSON.parse(run(['lookup', '--json', 'AOIP']).stdout);
      assert.equal(result.match, 'exact');
      assert.equal(result.entities[0].id, 'aoip');
      assert.ok(result.entities[0].sources[0].line > 0);
    });

    it('exits 1 for a term that matches nothing', () => {
      const r = run(['lookup', 'qqqqzzzz']);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /qqqqzzzz: not found/);
    });

    it('prints the card in Indonesian with --lang id', () => {
      assert.match(run(['lookup', '--lang', 'id', 'ARSOM']).stdout, /Pertemuan Pejabat Senior ASEAN-Rusia/);
    });
  });

  describe('glossary', () => {
    it('prints the abbreviations an Indonesian draft uses as a Markdown table', () => {
      draft('d.md', 'Menko PMK membahas TPPO dan AOIP bersama ARSOM.\n');
      const r = run(['glossary', 'd.md'], { cwd: work });
      assert.equal(r.code, 0);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines[0], '| Singkatan | Kepanjangan |');
      assert.deepEqual(lines.slice(2).map((l) => l.split('|')[1].trim()), ['AOIP', 'ARSOM', 'Menko PMK', 'TPPO']);
    });

    it('heads the table in English with --lang en', () => {
      draft('d.md', 'AOIP\n');
      assert.match(run(['glossary', '--lang', 'en', 'd.md'], { cwd: work }).stdout, /^\| Abbreviation \| Expansion \|\n\| --- \| --- \|\n\| AOIP \| ASEAN Outlook on the Indo-Pacific \|$/m);
    });
  });

  describe('data check', () => {
    it('passes on the shipped data with the summary line', () => {
      const r = run(['data', 'check']);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /^\d+ entities, 5 sources, \d+ quotes verified$/m);
    });

    it('exits 1 with path:line:col for a bad team file', () => {
      mkdirSync(path.join(work, 'team'));
      writeFileSync(path.join(work, 'team/x.json'), '{ "entities": [ { "id": "Bad Id" } ] }');
      const r = run(['data', 'check', 'team'], { cwd: work });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^team\/x\.json:1:\d+: /m);
    });

    it('exits 2 for a folder that does not exist', () => {
      assert.equal(run(['data', 'check', 'nowhere'], { cwd: work }).code, 2);
    });
  });

  describe('usage', () => {
    it('prints help for the tool and for each command', () => {
      assert.match(run(['--help']).stdout, /Commands:/);
      for (const c of ['check', 'scan', 'lookup', 'glossary', 'data']) assert.match(run([c, '--help']).stdout, /^Usage: asean-ref /, c);
    });

    it('exits 2 on an unknown command, an unknown option or a missing argument', () => {
      assert.equal(run(['frobnicate']).code, 2);
      assert.equal(run(['check', '--colour', 'x.md']).code, 2);
      assert.equal(run(['check']).code, 2);
      assert.equal(run(['check', '--format', 'xml', 'x.md']).code, 2);
      assert.equal(run([]).code, 2);
    });

    it('prints its version', () => {
      assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    });
  });
});
