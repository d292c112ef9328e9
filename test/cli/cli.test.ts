/**
 * `asean-ref`, the built dist/cli.js, run as a subprocess the way CI, a pre-commit hook or a writer's
 * terminal runs it: every command, every exit code, and bad input that must not stop a run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const fakeTty = path.join(__dirname, 'helpers/fake-tty.cjs');
const denyRead = path.join(__dirname, 'helpers/deny-read.cjs');
const isRoot = process.getuid?.() === 0;

interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Pretend stdout and stderr are a terminal. */
  tty?: boolean;
}

/** Runs the built CLI: no terminal unless asked, no NO_COLOR, an English locale, unless the test says otherwise. */
function run(args: string[], options: RunOptions = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...options.env };
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR;
  const preload = [...(options.tty ? ['-r', fakeTty] : []), ...(isRoot ? ['-r', denyRead] : [])];
  const r = spawnSync(process.execPath, [...preload, cli, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ANSI = /\x1b\[/;

/** A team's entity file for .asean-ref/, and the source it cites. */
const TEAM_SOURCE = readFileSync(path.join(__dirname, '../fixtures/team/team-memo-2023.md'), 'utf8');
const TEAM_ENTITIES = JSON.stringify({
  entities: [
    {
      id: 'team-jkcd',
      kind: 'organization',
      name: { en: 'Jakarta Coordination Desk', id: 'Meja Koordinasi Jakarta' },
      acronyms: ['JKCD'],
      description: { en: "The team's coordination desk in Jakarta.", id: 'Meja koordinasi tim di Jakarta.' },
      sources: [{ source: 'team-memo-2023', quote: 'dipimpin oleh Jakarta Coordination Desk (JKCD)' }],
    },
  ],
});

describe('the asean-ref command line', function () {
  this.timeout(30000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-cli-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  /** Writes a file into the temporary workspace and returns its name relative to it. */
  const draft = (name: string, text: string | Buffer): string => {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
    return name;
  };
  const teamData = (entities = TEAM_ENTITIES, dir = '.asean-ref'): void => {
    draft(`${dir}/sources/team-memo.md`, TEAM_SOURCE);
    draft(`${dir}/team.json`, entities);
  };

  describe('check', () => {
    it('check exits 0 and prints only the summary line for a clean draft', () => {
      draft('ok.md', 'Pertemuan ke-16 ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) di Bali membahas kerja sama dengan Rusia.\n');
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '1 file checked, 0 problems (0 errors, 0 warnings, 0 information)\n');
      assert.equal(r.stderr, '');
    });

    it('check exits 1 when a draft names a summit the record does not hold, at --fail-on information', () => {
      draft('bad.md', 'Dalam KTT ASEAN ke-99 nanti.\n');
      const r = run(['check', '--fail-on', 'information', 'bad.md'], { cwd: work });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, 'bad.md:1:7: information: KTT ASEAN ke-99: data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99 [unknown-instance]\n1 file checked, 1 problem (0 errors, 0 warnings, 1 information)\n');
    });

    it('check shows an information finding but passes under the default --fail-on warning', () => {
      draft('bad.md', 'Dalam KTT ASEAN ke-99 nanti.\n');
      const r = run(['check', 'bad.md'], { cwd: work });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /\[unknown-instance\]/);
    });

    it('check writes the finding in English for an English draft', () => {
      draft('bad.md', 'The leaders met at the 99th ASEAN Summit.\n');
      assert.equal(run(['check', 'bad.md'], { cwd: work }).stdout, 'bad.md:1:24: information: 99th ASEAN Summit: the record has no 99th ASEAN Summit [unknown-instance]\n1 file checked, 1 problem (0 errors, 0 warnings, 1 information)\n');
    });

    it('check fails on an ambiguous SOM only with --fail-on hint', () => {
      draft('som.md', 'The SOM met in Jakarta.\n');
      const hint = run(['check', '--fail-on', 'hint', 'som.md'], { cwd: work });
      assert.equal(hint.code, 1);
      assert.match(hint.stdout, /^som\.md:1:5: hint: "SOM" can mean: ASEAN Senior Officials' Meeting; Senior Officials' Meeting \[ambiguous-reference\]$/m);
      assert.equal(run(['check', '--fail-on', 'error', 'som.md'], { cwd: work }).code, 0);
    });

    it('check expands a quoted glob and writes JSON a script can read', () => {
      draft('docs/a.md', 'KTT ASEAN ke-99\n');
      draft('docs/b.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      draft('docs/node_modules/c.md', 'KTT ASEAN ke-98\n');
      const r = run(['check', '--format', 'json', 'docs/**/*.md'], { cwd: work });
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.map((f: { file: string }) => f.file), ['docs/a.md', 'docs/b.md']);
      assert.deepEqual(out[0].diagnostics[0], {
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 16,
        severity: 'information',
        rule: 'unknown-instance',
        message: 'KTT ASEAN ke-99: data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99',
      });
      assert.deepEqual(out[1].diagnostics, []);
    });

    it('check keeps an absolute glob absolute', () => {
      draft('docs/a.md', 'KTT ASEAN ke-99\n');
      const pattern = `${work.split(path.sep).join('/')}/docs/*.md`;
      const [file] = JSON.parse(run(['check', '--format', 'json', pattern], { cwd: root }).stdout);
      assert.equal(file.file, path.join(work, 'docs', 'a.md').split(path.sep).join('/'));
    });

    it('check exits 2 when a glob matches no file, and says which', () => {
      draft('a.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', 'a.md', 'reports/**/*.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.equal(r.stderr.split('\n')[0], 'reports/**/*.md: no files match this pattern');
    });

    it('check writes SARIF 2.1.0 that a code host can annotate a pull request with', () => {
      draft('drafts/bad one.md', 'Teks.\n\nDalam KTT ASEAN ke-99 nanti.\n');
      const r = run(['check', '--format', 'sarif', '--fail-on', 'information', path.join(work, 'drafts/bad one.md')], { cwd: work });
      assert.equal(r.code, 1);
      const sarif = JSON.parse(r.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.equal(sarif.runs.length, 1);
      const [runOut] = sarif.runs;
      assert.equal(runOut.tool.driver.name, 'asean-ref');
      assert.match(runOut.tool.driver.version, /^\d+\.\d+\.\d+$/);
      assert.deepEqual(
        runOut.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]),
        [['unknown-instance', 'note'], ['ambiguous-reference', 'note'], ['first-use-not-spelled-out', 'warning'], ['fact-contradicts-data', 'warning'], ['unknown-acronym', 'note']],
      );
      assert.equal(runOut.invocations[0].executionSuccessful, true);
      assert.equal(runOut.results.length, 1);
      const [result] = runOut.results;
      assert.equal(result.ruleId, 'unknown-instance');
      assert.equal(result.ruleIndex, 0);
      assert.equal(result.level, 'note');
      assert.equal(result.message.text, 'KTT ASEAN ke-99: data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99');
      // Given as an absolute path, reported relative to the working folder, as a URI.
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'drafts/bad%20one.md', uriBaseId: 'SRCROOT' });
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 3, startColumn: 7, endLine: 3, endColumn: 22 });
      assert.match(runOut.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
    });

    it('check in SARIF marks the run unsuccessful and names a file it could not read', () => {
      draft('ok.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', '--format', 'sarif', 'ok.md', 'missing.md'], { cwd: work });
      assert.equal(r.code, 2);
      const [runOut] = JSON.parse(r.stdout).runs;
      assert.equal(runOut.invocations[0].executionSuccessful, false);
      const [note] = runOut.invocations[0].toolExecutionNotifications;
      assert.equal(note.message.text, 'no such file');
      assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'missing.md');
    });

    it('check reports a missing file, an empty folder, a binary file and a non-UTF-8 file by name, checks the rest, and exits 2', () => {
      draft('a-first.md', 'KTT ASEAN ke-98\n');
      draft('binary.md', Buffer.from([0x41, 0x00, 0x42]));
      draft('latin1.md', Buffer.from('Pertemuan di Bogor, caf\xe9\n', 'latin1'));
      mkdirSync(path.join(work, 'folder.md'));
      draft('z-last.md', 'KTT ASEAN ke-99\n');
      const args = ['check', '--fail-on', 'information', 'a-first.md', 'missing.md', 'folder.md', 'binary.md', 'latin1.md', 'z-last.md'];
      const r = run(args, { cwd: work });
      assert.equal(r.code, 2);
      assert.deepEqual(r.stderr.trimEnd().split('\n'), [
        'folder.md: no Markdown files in this folder',
        'missing.md: no such file',
        'binary.md: is a binary file, not a Markdown draft',
        'latin1.md: is not valid UTF-8 text',
      ]);
      assert.match(r.stdout, /^a-first\.md:1:1: information: .*ke-98/m);
      assert.match(r.stdout, /^z-last\.md:1:1: information: .*ke-99/m);
    });

    it('check reports a file it has no permission to read, and goes on', () => {
      draft('secret.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      draft('open.md', 'KTT ASEAN ke-99\n');
      if (!isRoot) chmodSync(path.join(work, 'secret.md'), 0); // as root, helpers/deny-read.cjs denies it
      const r = run(['check', '--fail-on', 'information', 'secret.md', 'open.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.equal(r.stderr.split('\n')[0], 'secret.md: permission denied');
      assert.match(r.stdout, /^open\.md:1:1: information:/m);
    });

    it('check exits 2 with path:line:col when the team data folder has a malformed file', () => {
      draft('.asean-ref/x.json', '{\n  "entities": [\n    { "id": "x", }\n  ]\n}\n');
      draft('ok.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, new RegExp(`^${path.join('.asean-ref', 'x.json').replace(/\./g, '\\.')}:3:\\d+: `, 'm'));
      assert.equal(r.stdout, '');
    });

    it("check recognises the team's own entities from .asean-ref/", () => {
      teamData();
      draft('d.md', 'Laporan untuk Jakarta Coordination Desk (JKCD).\n');
      const r = run(['scan', 'd.md'], { cwd: work });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /JKCD {2}→ team-jkcd \(organization\) Jakarta Coordination Desk/);
      assert.equal(run(['check', 'd.md'], { cwd: work }).code, 0);
    });

    it('check honours failOn, cardLanguage and dataPaths in .asean-ref.json', () => {
      teamData(TEAM_ENTITIES, 'team-data');
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ failOn: 'information', cardLanguage: 'en', dataPaths: ['team-data'] }));
      draft('bad.md', 'Jakarta Coordination Desk (JKCD) menyiapkan KTT ASEAN ke-99.\n');
      const r = run(['check', 'bad.md'], { cwd: work });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, 'bad.md:1:45: information: KTT ASEAN ke-99: the record has no 99th ASEAN Summit [unknown-instance]\n1 file checked, 1 problem (0 errors, 0 warnings, 1 information)\n');
      assert.match(run(['scan', 'bad.md'], { cwd: work }).stdout, /team-jkcd/);
    });

    it('check finds .asean-ref.json above the working folder, comments and all: a subfolder gives the same result', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), '{\n  // strict about meetings\n  "failOn": "information",\n  "cardLanguage": "en",\n}\n');
      draft('sub/deeper/bad.md', 'Persiapan KTT ASEAN ke-99.\n');
      const fromRoot = run(['check', 'sub/deeper/bad.md'], { cwd: work });
      const fromSub = run(['check', 'bad.md'], { cwd: path.join(work, 'sub', 'deeper') });
      assert.equal(fromRoot.code, 1, fromRoot.stderr);
      assert.equal(fromSub.code, 1, fromSub.stderr);
      assert.equal(fromRoot.stdout, 'sub/deeper/bad.md:1:11: information: KTT ASEAN ke-99: the record has no 99th ASEAN Summit [unknown-instance]\n1 file checked, 1 problem (0 errors, 0 warnings, 1 information)\n');
      assert.equal(fromSub.stdout, fromRoot.stdout.replace('sub/deeper/', ''));
    });

    it('check applies the rule levels of .asean-ref.json: off silences a rule, a level changes its severity', () => {
      draft('bad.md', 'Persiapan KTT ASEAN ke-99.\n');
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ failOn: 'hint', rules: { 'unknown-instance': 'off' } }));
      assert.deepEqual([run(['check', 'bad.md'], { cwd: work }).code, run(['check', 'bad.md'], { cwd: work }).stdout], [0, '1 file checked, 0 problems (0 errors, 0 warnings, 0 information)\n']);
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ rules: { 'unknown-instance': 'error' } }));
      const r = run(['check', 'bad.md'], { cwd: work });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^bad\.md:1:11: error: /);
    });

    it('check reads the settings file named by --config, and --fail-on overrides it', () => {
      draft('conf/strict.json', JSON.stringify({ failOn: 'hint' }));
      draft('som.md', 'The SOM met.\n');
      assert.equal(run(['check', '--config', 'conf/strict.json', 'som.md'], { cwd: work }).code, 1);
      assert.equal(run(['check', '--config', 'conf/strict.json', '--fail-on', 'warning', 'som.md'], { cwd: work }).code, 0);
    });

    it('check reports each rule at the severity "rules" in .asean-ref.json gives it, and not at all when it says off', () => {
      draft('som.md', 'The SOM met at the 99th ASEAN Summit.\n');
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ rules: { 'ambiguous-reference': 'warning', 'unknown-instance': 'off' } }));
      const r = run(['check', 'som.md'], { cwd: work });
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, `som.md:1:5: warning: "SOM" can mean: ASEAN Senior Officials' Meeting; Senior Officials' Meeting [ambiguous-reference]\n1 file checked, 1 problem (0 errors, 1 warning, 0 information)\n`);
    });

    it('check warns about a data folder the settings name but that does not exist', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ dataPaths: ['nowhere'] }));
      draft('ok.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 0);
      assert.match(r.stderr, /nowhere: data folder not found/);
    });

    it('check exits 2 on a misspelt setting in .asean-ref.json, naming it, without the usage text', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ failon: 'error' }));
      draft('ok.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^asean-ref: \.asean-ref\.json:1:2: unknown setting "failon"/);
      assert.doesNotMatch(r.stderr, /Usage:/);
    });

    it('check exits 2 when .asean-ref.json is not JSON', () => {
      writeFileSync(path.join(work, '.asean-ref.json'), '{ failOn: ');
      draft('ok.md', "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)\n");
      const r = run(['check', 'ok.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.asean-ref\.json:1:\d+: JSON syntax error/);
    });

    it('check shows a progress line on a terminal for a long run, and none when piped', () => {
      for (let i = 0; i < 60; i++) draft(`many/d${String(i).padStart(2, '0')}.md`, 'Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM) dan ASEAN Outlook on the Indo-Pacific (AOIP).\n');
      const piped = run(['check', 'many/*.md'], { cwd: work });
      assert.equal(piped.code, 0);
      assert.equal(piped.stderr, '');
      assert.equal(piped.stdout, '60 files checked, 0 problems (0 errors, 0 warnings, 0 information)\n');
      const tty = run(['check', 'many/*.md'], { cwd: work, tty: true });
      assert.equal(tty.code, 0);
      assert.match(tty.stderr, /checking 60\/60 files \(100%\)/);
      assert.equal(tty.stdout, '60 files checked, 0 problems (0 errors, 0 warnings, 0 information)\n');
    });

    it('check exits 2 with the usage on a bad --fail-on, --format, option or no file', () => {
      for (const args of [['--fail-on', 'fatal', 'x.md'], ['--format', 'xml', 'x.md'], ['--colour', 'x.md'], []]) {
        const r = run(['check', ...args], { cwd: work });
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /Usage: asean-ref check/, args.join(' '));
        assert.equal(r.stdout, '');
      }
    });
  });

  describe('scan', () => {
    it('scan lists ARSOM in an Indonesian draft at its line and column', () => {
      draft('d.md', '# Judul\n\nHasil Pertemuan ke-16 ARSOM dibahas.\n\nARSOM bertemu lagi, tetapi `ARSOM` dalam kode tidak.\n');
      const r = run(['scan', 'd.md'], { cwd: work });
      assert.equal(r.code, 0);
      assert.deepEqual(r.stdout.trimEnd().split('\n'), [
        "3:7-3:28  Pertemuan ke-16 ARSOM  → arsom-16 (meeting) 16th ASEAN-Russia Senior Officials' Meeting",
        "5:1-5:6  ARSOM  → arsom (meeting-series) ASEAN-Russia Senior Officials' Meeting",
      ]);
    });

    it('scan says "instance unknown" for a summit the record does not hold', () => {
      draft('d.md', 'KTT ASEAN ke-99.\n');
      assert.equal(run(['scan', 'd.md'], { cwd: work }).stdout, '1:1-1:16  KTT ASEAN ke-99  → asean-summit (meeting-series) ASEAN Summit — instance unknown: the record has no 99th ASEAN Summit\n');
    });

    it('scan lists every reading of an ambiguous reference', () => {
      draft('d.md', 'The SOM met.\n');
      const lines = run(['scan', 'd.md'], { cwd: work }).stdout.trimEnd().split('\n');
      assert.equal(lines[0], "1:5-1:8  SOM  → asean-som (meeting-series) ASEAN Senior Officials' Meeting");
      assert.match(lines[1], /^ +\| som \(term\) Senior Officials' Meeting$/);
    });

    it('scan prints JSON with --json', () => {
      draft('d.md', 'Ringkasan\n\nAOIP dan KTT ASEAN ke-99.\n');
      const out = JSON.parse(run(['scan', '--json', 'd.md'], { cwd: work }).stdout);
      assert.equal(out.file, 'd.md');
      assert.equal(out.lang, 'id');
      assert.deepEqual(out.references[0], {
        range: '3:1-3:5',
        start: { line: 3, column: 1 },
        end: { line: 3, column: 5 },
        text: 'AOIP',
        candidates: [{ id: 'aoip', kind: 'document', name: 'ASEAN Outlook on the Indo-Pacific', via: 'acronym' }],
      });
      assert.equal(out.references[1].candidates[0].unknownOrdinal, 99);
    });

    it('scan exits 2 for a missing file, a directory or a binary file, naming it', () => {
      mkdirSync(path.join(work, 'dir.md'));
      draft('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
      for (const [file, message] of [['nope.md', 'no such file'], ['dir.md', 'is a directory'], ['bin.md', 'is a binary file']]) {
        const r = run(['scan', file], { cwd: work });
        assert.equal(r.code, 2, file);
        assert.ok(r.stderr.startsWith(`${file}: ${message}`), r.stderr);
      }
    });

    it('scan exits 2 when given two files', () => {
      assert.equal(run(['scan', 'a.md', 'b.md'], { cwd: work }).code, 2);
    });
  });

  describe('lookup', () => {
    it('lookup ARSOM prints the card with its Bali meeting and a source, without colour when piped', () => {
      const r = run(['lookup', 'ARSOM']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^ASEAN-Russia Senior Officials' Meeting \(ARSOM\)\n/);
      assert.match(r.stdout, /16th — Bali, 19–20 Feb 2019/);
      assert.match(r.stdout, /Sources:\n {4}\[1\] Baliekbis\.com/);
      assert.match(r.stdout, /baliekbis-2019-02-arsom\.md:\d+:\d+/);
      assert.doesNotMatch(r.stdout, ANSI);
    });

    it('lookup colours the card on a terminal, and not when NO_COLOR is set', () => {
      assert.match(run(['lookup', 'ARSOM'], { tty: true }).stdout, ANSI);
      const plain = run(['lookup', 'ARSOM'], { tty: true, env: { NO_COLOR: '1' } });
      assert.equal(plain.code, 0);
      assert.doesNotMatch(plain.stdout + plain.stderr, ANSI);
      assert.match(plain.stdout, /ARSOM/);
    });

    it('lookup finds the entity behind a typo and says "did you mean"', () => {
      const r = run(['lookup', 'Kao Kim Huorn']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^"Kao Kim Huorn" is not a known name; did you mean Kao Kim Hourn\?\n\nKao Kim Hourn\n/);
    });

    it('lookup treats an acronym as case-sensitive: "arsom" is a suggestion, not a match', () => {
      const r = run(['lookup', 'arsom']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^"arsom" is not a known name; did you mean ASEAN-Russia Senior Officials' Meeting \(ARSOM\)\?/);
    });

    it('lookup resolves a numbered meeting exactly, in Indonesian or English', () => {
      assert.match(run(['lookup', 'KTT ASEAN ke-42']).stdout, /^42nd ASEAN Summit\n/);
      assert.match(run(['lookup', '42nd ASEAN Summit']).stdout, /^42nd ASEAN Summit\n/);
    });

    it('lookup of a shared acronym prints every reading', () => {
      const r = run(['lookup', 'SOM']);
      assert.match(r.stdout, /^"SOM" can mean: ASEAN Senior Officials' Meeting; Senior Officials' Meeting\n/);
      assert.match(r.stdout, /\n---\n\nSenior Officials' Meeting/);
    });

    it('lookup --json gives the entity with its sources resolved, for scripts', () => {
      const [result] = JSON.parse(run(['lookup', '--json', 'AOIP']).stdout);
      assert.equal(result.term, 'AOIP');
      assert.equal(result.match, 'exact');
      const [entity] = result.entities;
      assert.equal(entity.id, 'aoip');
      assert.equal(entity.name.en, 'ASEAN Outlook on the Indo-Pacific');
      const [source] = entity.sources;
      assert.equal(typeof source.title, 'string');
      assert.equal(typeof source.publisher, 'string');
      assert.match(source.file, /data[\\/]sources[\\/].+\.md$/);
      assert.ok(source.line > 0 && source.column > 0);
    });

    it('lookup of a cited entity marks its facts cited and prints each page with the day it was read', () => {
      const r = run(['lookup', '--lang', 'en', 'KTT ASEAN ke-43']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Dates: 5 September 2023 \(cited\)/);
      assert.match(r.stdout, /https:\/\/worldjpn\.net\/documents\/texts\/asean\/20230905\.D1E\.html \(web page, consulted 2 December 2026\)/);
      const [result] = JSON.parse(run(['lookup', '--json', 'Myanmar']).stdout);
      const kinds = result.entities[0].sources.map((s: { kind: string; url?: string }) => [s.kind, typeof s.url]);
      assert.deepEqual(kinds, [['citation', 'string'], ['citation', 'string']]);
    });

    it('lookup exits 1 for a term that matches nothing', () => {
      const r = run(['lookup', 'qqqqzzzz']);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'qqqqzzzz: not found in the record\n');
    });

    it('lookup of several terms prints the ones it finds and exits 1 for the one it does not', () => {
      const r = run(['lookup', 'AOIP', 'qqqqzzzz', 'TPPO']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^ASEAN Outlook on the Indo-Pacific \(AOIP\)\n[\s\S]*\nTrafficking in persons/);
      assert.match(r.stderr, /qqqqzzzz: not found/);
    });

    it('lookup prints the card in Indonesian with --lang id, or with an Indonesian locale', () => {
      assert.match(run(['lookup', '--lang', 'id', 'ARSOM']).stdout, /^Pertemuan Pejabat Senior ASEAN-Rusia \(ARSOM\)/);
      assert.match(run(['lookup', 'ARSOM'], { env: { LANG: 'id_ID.UTF-8' } }).stdout, /^Pertemuan Pejabat Senior ASEAN-Rusia/);
      assert.match(run(['lookup', '--lang', 'en', 'ARSOM'], { env: { LANG: 'id_ID.UTF-8' } }).stdout, /^ASEAN-Russia/);
    });

    it('lookup exits 2 on --lang xx or no term', () => {
      assert.equal(run(['lookup', '--lang', 'xx', 'ARSOM']).code, 2);
      assert.equal(run(['lookup']).code, 2);
    });
  });

  describe('glossary', () => {
    it('glossary prints the abbreviations an Indonesian draft uses as a Markdown table', () => {
      draft('d.md', 'Menko PMK membahas TPPO dan AOIP bersama ARSOM, menjelang KTT ASEAN ke-42. ARSOM lagi.\n');
      const r = run(['glossary', 'd.md'], { cwd: work });
      assert.equal(r.code, 0);
      assert.equal(
        r.stdout,
        [
          '| Singkatan | Kepanjangan |',
          '| --- | --- |',
          '| AOIP | ASEAN Outlook on the Indo-Pacific |',
          '| ARSOM | Pertemuan Pejabat Senior ASEAN-Rusia |',
          '| ASEAN | Perhimpunan Bangsa-Bangsa Asia Tenggara |',
          '| KTT | Konferensi Tingkat Tinggi |',
          '| Menko PMK | Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan |',
          '| TPPO | Tindak Pidana Perdagangan Orang |',
          '',
        ].join('\n'),
      );
    });

    it('glossary heads the table in English for an English draft, or with --lang en', () => {
      draft('en.md', 'The AOIP guides the work.\n');
      draft('id.md', 'AOIP menjadi pedoman kerja sama kawasan.\n');
      const english = '| Abbreviation | Expansion |\n| --- | --- |\n| AOIP | ASEAN Outlook on the Indo-Pacific |\n';
      assert.equal(run(['glossary', 'en.md'], { cwd: work }).stdout, english);
      assert.equal(run(['glossary', '--lang', 'en', 'id.md'], { cwd: work }).stdout, english);
    });

    it('glossary follows the draft, not the terminal locale', () => {
      draft('en.md', 'The AOIP guides the work.\n');
      assert.match(run(['glossary', 'en.md'], { cwd: work, env: { LANG: 'id_ID.UTF-8' } }).stdout, /^\| Abbreviation \|/);
    });

    it('glossary exits 2 for a file it cannot read', () => {
      const r = run(['glossary', 'nope.md'], { cwd: work });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'nope.md: no such file\n');
    });
  });

  describe('data check', () => {
    it('data check passes on the shipped data with the summary line', () => {
      const r = run(['data', 'check']);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /^\d+ entities, 5 sources, \d+ quotes verified, \d+ citations checked$/m);
    });

    it('data check exits 1 with path:line:col for a bad team file', () => {
      draft('team/x.json', '{ "entities": [ { "id": "Bad Id" } ] }');
      const r = run(['data', 'check', 'team'], { cwd: work });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^team\/x\.json:1:\d+: /m);
    });

    it("data check with no folder checks the team's .asean-ref/ in a report workspace", () => {
      teamData();
      const r = run(['data', 'check'], { cwd: work });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^1 entities, 1 sources, 1 quotes verified, 0 citations checked$/m);
    });

    it('data check in a project with its own data/ checks the configured folders, not data/', () => {
      draft('data/entities/own.json', '{ "not": "ours" }');
      teamData();
      const r = run(['data', 'check'], { cwd: work });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^1 entities, 1 sources, 1 quotes verified, 0 citations checked$/m);
      assert.doesNotMatch(r.stdout, /own\.json/);
    });

    it('data check fails when there is no data folder to check, and on a folder with no data', () => {
      const none = run(['data', 'check'], { cwd: work });
      assert.equal(none.code, 2);
      assert.match(none.stderr, /no data folder here \(looked for \.asean-ref\)/);
      mkdirSync(path.join(work, 'empty'));
      const empty = run(['data', 'check', 'empty'], { cwd: work });
      assert.equal(empty.code, 1);
      assert.match(empty.stderr, /empty holds no entity files/);
    });

    it('data check exits 2 for a folder that does not exist', () => {
      const r = run(['data', 'check', 'nowhere'], { cwd: work });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere/);
    });

    it('data without check is a usage error', () => {
      assert.equal(run(['data']).code, 2);
      assert.equal(run(['data', 'verify']).code, 2);
    });
  });

  describe('usage', () => {
    it('--help prints help for the tool and for each command', () => {
      const main = run(['--help']);
      assert.equal(main.code, 0);
      assert.match(main.stdout, /Commands:\n {2}check FILES\/GLOBS…/);
      for (const c of ['check', 'scan', 'lookup', 'glossary', 'data']) {
        const r = run([c, '--help']);
        assert.equal(r.code, 0, c);
        assert.match(r.stdout, new RegExp(`^Usage: asean-ref ${c}`), c);
        assert.equal(run(['help', c]).stdout, r.stdout, c);
      }
      assert.match(run(['data', 'check', '--help']).stdout, /^Usage: asean-ref data check/);
    });

    it('an unknown command or option prints the usage on stderr and exits 2', () => {
      for (const args of [['frobnicate'], ['--frobnicate'], ['scan', '--colour', 'x.md'], []]) {
        const r = run(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.stdout, '', args.join(' '));
        assert.match(r.stderr, /Usage: asean-ref/, args.join(' '));
      }
      assert.match(run(['frobnicate']).stderr, /^asean-ref: unknown command "frobnicate"/);
    });

    it('--version prints the package version', () => {
      const { version } = require(path.join(root, 'package.json')) as { version: string };
      assert.equal(run(['--version']).stdout, `${version}\n`);
    });

    it('no output carries ANSI codes when piped, even from a failing command', () => {
      draft('bad.md', 'KTT ASEAN ke-99 dan SOM.\n');
      for (const args of [['check', '--fail-on', 'hint', 'bad.md', 'missing.md'], ['scan', 'bad.md'], ['glossary', 'bad.md'], ['lookup', 'SOM', 'zzzqqq'], ['--help']]) {
        const r = run(args, { cwd: work });
        assert.doesNotMatch(r.stdout + r.stderr, ANSI, args.join(' '));
      }
    });
  });
});
