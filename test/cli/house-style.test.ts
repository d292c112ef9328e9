/** `asean-ref check` on drafts that break house style: the exit code with the defaults, the summary line, and --fix. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBack } from '../../server/src/cli/write-back';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const run = (args: string[], cwd: string, input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('asean-ref check and house style', function () {
  this.timeout(30000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-style-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('with the defaults, a draft with an acronym not spelled out and a wrong date exits 1 and ends with the summary line', () => {
    writeFileSync(path.join(work, 'laporan.md'), 'Pertemuan ke-16 ARSOM dibuka di Bali.\n\nKTT ke-3 ASEAN-Rusia di Singapura pada 14 November 2019 dibahas. JKCD hadir.\n');
    const r = run(['check', 'laporan.md'], work);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(
      r.stdout,
      'laporan.md:1:17: warning: Penggunaan pertama ARSOM belum ditulis kepanjangannya: tulis "Pertemuan Pejabat Senior ASEAN-Rusia (ARSOM)" [first-use-not-spelled-out]\n' +
        'laporan.md:3:40: warning: Menurut data, KTT ke-3 ASEAN-Rusia diselenggarakan pada 14 November 2018, bukan "14 November 2019" (sumber: Baliekbis.com, Februari 2019, "Dihadiri 10 Negara, Pertemuan ke-16 ARSOM Bahas Kejahatan Lintas Batas Negara") [fact-contradicts-data]\n' +
        'laporan.md:3:66: information: JKCD: akronim yang tidak dikenal data [unknown-acronym]\n' +
        '1 file checked, 3 problems (0 errors, 2 warnings, 1 information)\n',
    );
  });

  it('--fix spells acronyms out at first use, says what it changed, and a second run finds nothing left to fix', () => {
    const file = path.join(work, 'report.md');
    writeFileSync(file, 'ARSOM met in Bali.\r\nThe AOIP guided ARSOM.\r\n');
    const r = run(['check', '--fix', 'report.md'], work);
    assert.equal(readFileSync(file, 'utf8'), "ASEAN-Russia Senior Officials' Meeting (ARSOM) met in Bali.\r\nThe ASEAN Outlook on the Indo-Pacific (AOIP) guided ARSOM.\r\n");
    assert.equal(
      r.stdout,
      "report.md:1:1: fixed: Spell out: ASEAN-Russia Senior Officials' Meeting (ARSOM)\nreport.md:2:5: fixed: Spell out: ASEAN Outlook on the Indo-Pacific (AOIP)\n1 file checked, 0 problems (0 errors, 0 warnings, 0 information)\n",
    );
    assert.equal(r.code, 0);
    // Nothing left to fix: a second run changes nothing.
    assert.equal(run(['check', '--fix', 'report.md'], work).stdout, '1 file checked, 0 problems (0 errors, 0 warnings, 0 information)\n');
  });

  it('--fix on a linked draft fixes the file it links to and leaves the link, the byte-order mark and the permissions as they were', () => {
    mkdirSync(path.join(work, 'real'));
    const real = path.join(work, 'real', 'draft.md');
    writeFileSync(real, '\uFEFFARSOM met in Bali.\n');
    chmodSync(real, 0o640);
    symlinkSync(real, path.join(work, 'link.md'));
    const r = run(['check', '--fix', 'link.md'], work);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(path.join(work, 'link.md')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(real, 'utf8'), "\uFEFFASEAN-Russia Senior Officials' Meeting (ARSOM) met in Bali.\n");
    assert.equal(statSync(real).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(path.join(work, 'real')), ['draft.md'], 'no temporary file is left');
  });

  it('--fix on standard input checks it, says it is not fixed, and writes no file', () => {
    const r = run(['check', '--fix', '-'], work, 'ARSOM met in Bali.\n');
    assert.match(r.stdout, /<stdin>:1:1: warning: First use of ARSOM/);
    assert.match(r.stderr, /<stdin>: checked, not fixed/);
    assert.deepEqual(readdirSync(work), []);
  });

  it('a draft the writer edited after it was read is not overwritten with fixes of the old text', async () => {
    const file = path.join(work, 'draft.md');
    writeFileSync(file, 'ARSOM met in Bali. A new sentence the writer just typed.\n');
    const why = await writeBack('draft.md', work, 'ARSOM met in Bali.\n', "ASEAN-Russia Senior Officials' Meeting (ARSOM) met in Bali.\n");
    assert.equal(why, 'changed on disk while it was checked; not fixed');
    assert.equal(readFileSync(file, 'utf8'), 'ARSOM met in Bali. A new sentence the writer just typed.\n');
  });

  it('a rule switched off in .asean-ref.json is off in check too, and exemptAcronyms is read there', () => {
    writeFileSync(path.join(work, 'a.md'), 'The AOIP and ARSOM were read.\n');
    writeFileSync(path.join(work, '.asean-ref.json'), JSON.stringify({ exemptAcronyms: ['ASEAN', 'AOIP'], rules: { 'unknown-acronym': 'off' } }));
    const r = run(['check', 'a.md'], work);
    assert.match(r.stdout, /a\.md:1:14: warning: First use of ARSOM/);
    assert.doesNotMatch(r.stdout, /AOIP/);
  });
});
