/**
 * `asean-ref check` and `data check` run by CI on a hostile pull request: drafts that are pipes or
 * links to devices, file names that would forge output lines, data folders with link loops. Every
 * run ends (a hang is killed after 20 s and fails the test) and prints one honest line per finding.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 20000, env: { ...process.env, LANG: 'en_US.UTF-8' } });
  assert.equal(r.signal, null, `asean-ref ${args.join(' ')} did not finish: ${r.stderr}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the command line on a hostile repository', function () {
  this.timeout(30000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-cli-hostile-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('a draft that is a named pipe, or a link to /dev/zero, is reported, not read', () => {
    execFileSync('mkfifo', [path.join(work, 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(work, 'z.md'));
    writeFileSync(path.join(work, 'ok.md'), 'KTT ASEAN ke-99\n');
    const r = run(['check', '--fail-on', 'information', 'pipe.md', 'z.md', 'ok.md'], work);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trimEnd().split('\n'), ['pipe.md: is not a regular file (a pipe, socket or device); not read', 'z.md: is not a regular file (a pipe, socket or device); not read']);
    assert.match(r.stdout, /^ok\.md:1:1: information:/m);
  });

  it('a file name with a newline or an ANSI escape cannot forge a line or reach the terminal', () => {
    const name = 'x.md\nforged.md:1:1: error: all good\x1b[2J.md';
    writeFileSync(path.join(work, name), 'KTT ASEAN ke-99\n');
    const r = run(['check', '--fail-on', 'information', name], work);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    // The finding, then the summary line.
    assert.equal(lines.length, 2, r.stdout);
    assert.equal(lines[1], '1 file checked, 1 problem (0 errors, 0 warnings, 1 information)');
    assert.ok(lines[0].startsWith('x.md\\x0aforged.md:1:1: error: all good\\x1b[2J.md:1:1: information:'), lines[0]);
    assert.ok(!r.stdout.includes('\x1b'));
  });

  it('check and data check finish on a data folder with link loops and a pipe, and say what they skipped', () => {
    const data = path.join(work, '.asean-ref');
    mkdirSync(data);
    symlinkSync('.', path.join(data, 'a'));
    symlinkSync('.', path.join(data, 'b'));
    execFileSync('mkfifo', [path.join(data, 'pipe.json')]);
    writeFileSync(path.join(work, 'ok.md'), 'ARSOM\n');
    const checked = run(['data', 'check', '.asean-ref'], work);
    assert.match(checked.stdout, /^\.asean-ref\/pipe\.json:1:1: is not a regular file/m);
    const r = run(['check', 'ok.md'], work);
    assert.match(r.stderr, /pipe\.json:1:1: is not a regular file/);
  });

  it('a data file larger than the limit gets a file-level message and is not read', () => {
    const data = path.join(work, '.asean-ref');
    mkdirSync(data);
    writeFileSync(path.join(data, 'huge.json'), Buffer.alloc(21 * 1024 * 1024, 0x20));
    const r = run(['data', 'check', '.asean-ref'], work);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^\.asean-ref\/huge\.json:1:1: is too large to read \(21\.0 MB; the limit is 20\.0 MB\)$/m);
  });
});

describe('a hostile .asean-ref.json', function () {
  this.timeout(30000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-cli-config-'));
    writeFileSync(path.join(work, 'ok.md'), 'ARSOM\n');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));
  const withConfig = (text: string) => {
    writeFileSync(path.join(work, '.asean-ref.json'), text);
    return run(['check', 'ok.md'], work);
  };

  it('dataPaths [""] or ["."] (the project itself) is refused, not read as a data folder', () => {
    for (const p of ['', '.', './']) {
      const r = withConfig(JSON.stringify({ dataPaths: [p] }));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /invalid value for "dataPaths" \("" or "\." would make the whole project a data folder\)/);
    }
  });

  it('a duplicate key is reported at its place; a byte-order mark is accepted', () => {
    const dup = withConfig('{\n  "failOn": "error",\n  "failOn": "hint"\n}\n');
    assert.equal(dup.code, 2);
    assert.equal(dup.stderr, 'asean-ref: .asean-ref.json:3:3: duplicate key "failOn"\n');
    assert.equal(withConfig('\ufeff{ "failOn": "error" }').code, 0);
  });

  it('a 100,000-deep value gives a one-line message, not a stack trace', () => {
    const r = withConfig(`{"dataPaths": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr.slice(0, 500));
    assert.match(r.stderr, /nested more than 64 levels deep/);
  });
});
