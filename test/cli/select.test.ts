/**
 * Naming drafts on the `check` command line as with markdownlint-cli2 and cspell: folders, globs, `!`
 * negation, --exclude, .gitignore, standard input, and the summary line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cli = path.resolve(__dirname, '../../dist/cli.js');
/** A draft with one information finding (a summit the record does not hold). */
const FINDING = 'Persiapan KTT ASEAN ke-99.\n';

describe('choosing the drafts `asean-ref check` reads', function () {
  this.timeout(30_000);
  let work: string;
  const draft = (name: string, text = FINDING): void => {
    mkdirSync(path.dirname(path.join(work, name)), { recursive: true });
    writeFileSync(path.join(work, name), text);
  };
  const check = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [cli, 'check', '--fail-on', 'information', ...args], { cwd: work, encoding: 'utf8', input, env: { ...process.env, LANG: 'en_US.UTF-8' } });
    const lines = r.stdout.split('\n').filter(Boolean);
    // The last line of the text output is the summary ("N files checked, …"), not a finding.
    const findings = lines.filter((l) => !/^\d+ files? checked, /.test(l));
    return { code: r.status, stderr: r.stderr, summary: lines.at(-1), files: [...new Set(findings.map((l) => l.split(':')[0]))] };
  };

  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-select-'));
    draft('docs/a.md');
    draft('docs/sub/b.markdown');
    draft('docs/draft/c.md');
    draft('docs/notes.txt');
    draft('build/out.md');
    draft('node_modules/pkg/readme.md');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('a folder means its Markdown files at any depth, never node_modules', () => {
    assert.deepEqual(check(['docs']).files, ['docs/a.md', 'docs/draft/c.md', 'docs/sub/b.markdown']);
    assert.deepEqual(check(['.']).files, ['build/out.md', 'docs/a.md', 'docs/draft/c.md', 'docs/sub/b.markdown']);
  });

  it('"!pattern" and --exclude leave files out, of folders, globs and named files alike', () => {
    assert.deepEqual(check(['docs', '!docs/draft']).files, ['docs/a.md', 'docs/sub/b.markdown']);
    assert.deepEqual(check(['docs/**/*.md', '--exclude', '**/draft/**']).files, ['docs/a.md']);
    assert.deepEqual(check(['docs/a.md', 'build/out.md', '--exclude', 'build']).files, ['docs/a.md']);
  });

  it('what .gitignore ignores is skipped when a folder or glob is expanded, a nested .gitignore in its own folder', () => {
    writeFileSync(path.join(work, '.gitignore'), 'build/\n');
    writeFileSync(path.join(work, 'docs', '.gitignore'), 'draft/\n');
    assert.deepEqual(check(['.']).files, ['docs/a.md', 'docs/sub/b.markdown']);
    assert.deepEqual(check(['**/*.md']).files, ['docs/a.md']);
    assert.deepEqual(check(['build/out.md']).files, ['build/out.md'], 'a file named outright is checked');
  });

  it('- reads the draft from standard input, shown as <stdin>', () => {
    const r = check(['-'], FINDING);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.files, ['<stdin>']);
    assert.deepEqual(check(['-'], 'Tidak ada apa-apa.\n').files, []);
  });

  it('ends with a summary line', () => {
    draft('clean.md', 'ARSOM (Pertemuan Pejabat Senior ASEAN-Rusia) bertemu.\n');
    assert.equal(check(['docs', 'clean.md']).summary, '4 files checked, 3 problems (0 errors, 0 warnings, 3 information)');
    assert.equal(check(['clean.md']).summary, '1 file checked, 0 problems (0 errors, 0 warnings, 0 information)');
  });
});
