import assert from 'node:assert/strict';
import { dayBounds, formatDate, formatDateRange } from '../../../server/src/format/dates';

describe('writing dates on cards', () => {
  it('writes a two-day meeting the way each language does', () => {
    assert.equal(formatDateRange('2019-02-19', '2019-02-20', { lang: 'id' }), '19–20 Februari 2019');
    assert.equal(formatDateRange('2019-02-19', '2019-02-20', { lang: 'en' }), '19–20 February 2019');
    assert.equal(formatDateRange('2019-02-19', '2019-02-20', { lang: 'en', short: true }), '19–20 Feb 2019');
  });

  it('writes a month-precision date with the month only, never a made-up day', () => {
    assert.equal(formatDate('2023-05', { lang: 'id' }), 'Mei 2023');
    assert.equal(formatDate('2023-05', { lang: 'en' }), 'May 2023');
    assert.equal(formatDate('2023', { lang: 'id' }), '2023');
    assert.equal(formatDateRange('2023-05', undefined, { lang: 'id' }), 'Mei 2023');
  });

  it('spells out both ends when a meeting crosses a month or a year', () => {
    assert.equal(formatDateRange('2019-01-30', '2019-02-02', { lang: 'id' }), '30 Januari – 2 Februari 2019');
    assert.equal(formatDateRange('2019-12-30', '2020-01-02', { lang: 'en' }), '30 December 2019 – 2 January 2020');
    assert.equal(formatDateRange('2023-05', '2023-06', { lang: 'id', short: true }), 'Mei – Jun 2023');
    assert.equal(formatDateRange('2023-05', '2023-06-02', { lang: 'en' }), 'May 2023 – 2 June 2023');
    assert.equal(formatDateRange('2018', '2020', { lang: 'en' }), '2018 – 2020');
  });

  it('shows a malformed date as written rather than guessing', () => {
    assert.equal(formatDate('2019-13', { lang: 'en' }), '2019-13');
    assert.equal(formatDate('soon', { lang: 'id' }), 'soon');
  });

  it('knows which days a date of any precision may mean', () => {
    assert.deepEqual(dayBounds('2024'), { first: '2024-01-01', last: '2024-12-31' });
    assert.deepEqual(dayBounds('2024-02'), { first: '2024-02-01', last: '2024-02-29' });
    assert.deepEqual(dayBounds('2024-02-10'), { first: '2024-02-10', last: '2024-02-10' });
  });
});
