import assert from 'node:assert/strict';
import type { Role } from '../../../server/src/data/model.gen';
import { roleDates, rolesAt } from '../../../server/src/format/roles';

const evidence = { source: 's', quote: 'quote' };
const role = (en: string, fields: Partial<Role> = {}): Role => ({ title: { en, id: en }, evidence, ...fields });
const titles = (roles: readonly Role[], at: { start: string; end?: string }) => rolesAt(roles, at).roles.map((r) => r.title.en);

describe('which role a person held at a meeting', () => {
  it('takes a role seen on a day of the meeting, over a range that also covers it', () => {
    const roles = [role('Director', { from: '2018', to: '2022' }), role('Acting DG', { attested: ['2019-02-20'] })];
    assert.deepEqual(rolesAt(roles, { start: '2019-02-19', end: '2019-02-20' }), { roles: [roles[1]], certain: true, seen: [] });
  });

  it('takes a role whose from–to range certainly covers the meeting', () => {
    const roles = [role('Director', { from: '2018-03', to: '2020' }), role('Ambassador', { from: '2021', to: '2024' })];
    assert.deepEqual(titles(roles, { start: '2019-02-19' }), ['Director']);
  });

  it('does not guess at a boundary year or from an open-ended range', () => {
    const roles = [role('Director', { from: '2018', to: '2020' }), role('Ambassador', { from: '2020' })];
    assert.deepEqual(titles(roles, { start: '2020-06-01' }), []);
    assert.deepEqual(titles([role('Ambassador', { from: '2020' })], { start: '2023-01-01' }), []);
  });

  it('counts a role seen in the meeting’s month as seen then, not as certain', () => {
    const roles = [role('Special Staff', { attested: ['2024-07'] })];
    assert.deepEqual(rolesAt(roles, { start: '2024-07-08', end: '2024-07-10' }), { roles, certain: false, seen: ['2024-07'] });
    assert.deepEqual(rolesAt([role('A', { attested: ['2023-05-08'] })], { start: '2023-05' }).certain, true);
  });

  it('never takes a role seen only "in 2023" for a meeting on 8 May 2023, nor one seen in another month', () => {
    assert.deepEqual(titles([role('A', { attested: ['2023'] })], { start: '2023-05-08' }), []);
    assert.deepEqual(titles([role('A', { attested: ['2023-04'] })], { start: '2023-05-08' }), []);
  });

  it('shows two roles held together', () => {
    const roles = [role('DG', { attested: ['2024-05-08'] }), role('SOM Leader', { attested: ['2024-05-08'] })];
    assert.equal(titles(roles, { start: '2024-05-08' }).length, 2);
  });

  it('writes what the data says about when, in each language', () => {
    assert.equal(roleDates(role('A', { from: '2018', attested: ['2019-02-19'] }), 'id'), 'sejak 2018; tercatat 19 Feb 2019');
    assert.equal(roleDates(role('A', { to: '2020-05' }), 'en'), 'until May 2020');
    assert.equal(roleDates(role('A'), 'en'), '');
  });
});
