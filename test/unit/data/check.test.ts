import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runDataCheck } from '../../../server/src/compiled/check';
import { capture, fixtures, repoRoot, shippedRoot } from './helpers';

/** Runs the checker from `cwd`, as `npm run data:check -- DIR` would; the "shipped" data lives in `packageRoot`. */
function check(dir: string | undefined, cwd: string, packageRoot = fixtures) {
  const c = capture();
  const code = runDataCheck(dir, c.io, { cwd, packageRoot });
  return { code, out: c.out(), err: c.err() };
}

describe('npm run data:check', () => {
  it('passes good data with exactly one summary line', () => {
    assert.deepEqual(check(undefined, shippedRoot, shippedRoot), { code: 0, out: '3 entities, 1 sources, 4 quotes verified, 0 citations checked\n', err: '' });
  });

  it('prints each problem as path:line:col: message relative to where it runs, and exits 1', () => {
    assert.deepEqual(check('duplicate-id', fixtures), { code: 1, out: 'duplicate-id/entities/b.json:11:13: duplicate id "a" (first defined in a.json:4)\n', err: '' });
  });

  it('says clearly when the directory does not exist, and exits 2', () => {
    assert.deepEqual(check('no-such-dir', fixtures), { code: 2, out: '', err: 'data check: no such directory: no-such-dir\n' });
  });

  it("checks a team's folder against the shipped data it refers to and quotes", () => {
    assert.deepEqual(check('team', fixtures, shippedRoot), { code: 0, out: '1 entities, 1 sources, 2 quotes verified, 0 citations checked\n', err: '' });
  });

  it("refuses a team's entity that redefines a shipped id, acronym or ordinal", () => {
    const { code, out } = check('team-redefines', fixtures, shippedRoot);
    assert.equal(code, 1);
    assert.deepEqual(out.trim().split('\n'), [
      'team-redefines/entities/mine.json:4:13: duplicate id "arsom" (first defined in the shipped data, meetings.json:5)',
      'team-redefines/entities/mine.json:14:20: "ARSOM" is also a form of "arsom" (in the shipped data, meetings.json:5); if both entities are meant, list "ARSOM" in "sharedForms" of both',
      'team-redefines/entities/mine.json:24:18: ordinal 16 of series "arsom" is already taken by "arsom-16" (in the shipped data, meetings.json:13)',
    ]);
  });
});

describe('the shipped data', () => {
  it('passes data:check', function () {
    const entities = path.join(repoRoot, 'data', 'entities');
    assert.ok(existsSync(entities) && readdirSync(entities).some((f) => f.endsWith('.json')), `no entity files in ${entities}`);
    const result = check('data', repoRoot, repoRoot);
    assert.equal(result.code, 0, result.out + result.err);
    assert.match(result.out, /^\d+ entities, \d+ sources, \d+ quotes verified, \d+ citations checked\n$/);
  });
});
