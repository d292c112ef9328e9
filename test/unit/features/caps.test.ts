/** Bounds on answers: 2,000 team entities sharing "SOM" must not make a 700 KB hover or a 4 MB diagnostic. */
import assert from 'node:assert/strict';
import { capDiagnostics } from '../../../server/src/features/diagnostics';
import { MAX_CARDS, MAX_HOVER_CHARS } from '../../../server/src/format/markdown';
import { defaultSettings } from '../../../server/src/settings';
import { entity, miniIndex } from '../helpers/mini-data';
import { openDraft } from '../helpers/service';

const many = Array.from({ length: 2000 }, (_, i) =>
  entity({ id: `team-som-${i}`, kind: 'organization', name: { en: `Team SOM desk ${i}` }, acronyms: ['SOM'], sharedForms: ['SOM'], description: { en: 'd'.repeat(300), id: 'd'.repeat(300) } }),
);
const index = miniIndex(many);
const { service, ctx } = openDraft(index, 'The SOM met.\n', { ...defaultSettings, cardLanguage: 'en' });

describe('answers stay bounded however many entities share a form', () => {
  it(`the hover shows ${MAX_CARDS} readings, then how many more, within ${MAX_HOVER_CHARS / 1024} KB`, () => {
    const value = (service.hover(ctx, { line: 0, character: 5 })!.contents as { value: string }).value;
    assert.ok(value.length <= MAX_HOVER_CHARS + 100, `${value.length} characters`);
    assert.match(value, /… and 1994 more readings/);
  });

  it('the ambiguity hint names 10 readings, then how many more', () => {
    const hint = service.diagnostics(ctx).find((d) => d.code === 'ambiguous-reference')!;
    assert.ok(String(hint.message).length < 1000, String(hint.message).slice(0, 200));
    assert.match(String(hint.message), /; … and 1992 more$/);
  });

  it('a draft gets at most 1,000 diagnostics, the last saying how many were left out', () => {
    const found = Array.from({ length: 1500 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, message: `finding ${i}` }));
    const capped = capDiagnostics(found, 'id');
    assert.equal(capped.length, 1001);
    assert.equal(capped[1000].message, '… dan 500 temuan lain tidak ditampilkan');
    assert.equal(capDiagnostics(found.slice(0, 10), 'en').length, 10);
  });
});
