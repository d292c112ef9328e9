import assert from 'node:assert/strict';
import { relatedList } from '../../../server/src/format/related';
import { entity, miniIndex } from '../helpers/mini-data';

describe('the related section of a card', () => {
  it('a country that hosted many meetings lists the newest few and counts the rest', () => {
    const meetings = Array.from({ length: 30 }, (_, i) =>
      entity({ id: `m-${i}`, kind: 'meeting', name: { en: `Meeting ${i}` }, dates: { start: `20${String(i).padStart(2, '0')}-01-01` }, host: 'land' }),
    );
    const index = miniIndex([entity({ id: 'land', kind: 'country', name: { en: 'Land' } }), ...meetings]);
    const [line] = relatedList(index.byId.get('land')!, index, 'en')!.items;
    assert.match(line, /^[^:]+: Meeting 29 \(1 Jan 2029\), Meeting 28 /);
    assert.equal(line.split('Meeting ').length - 1, 8);
    assert.match(line, /22 more/);
  });
});
