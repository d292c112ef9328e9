import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toLspSeverity } from '../../../server/src/data/severity';
import { rules } from '../../../server/src/service/service';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { miniIndex } from '../helpers/mini-data';
import { openDraft } from '../helpers/service';

const index = miniIndex();

/** These drafts test the reference rules; the house-style rule on acronyms has its own tests (house-style.test.ts). */
const referenceRules: Settings = { ...defaultSettings, rules: { 'first-use-not-spelled-out': 'off' } };

/** Opens a draft and asks for its diagnostics, as the server does after typing stops. */
function check(text: string, settings: Settings = referenceRules) {
  const { service, ctx } = openDraft(index, text, settings);
  return service.diagnostics(ctx);
}

describe('diagnostics on a draft', () => {
  it('a draft that names the 99th ASEAN Summit gets an information note that the record has no such summit', () => {
    const [d, ...rest] = check('The leaders met at the 99th ASEAN Summit last year.');
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'unknown-instance');
    assert.equal(d.source, 'asean-ref');
    assert.equal(d.severity, DiagnosticSeverity.Information);
    assert.equal(d.message, '99th ASEAN Summit: the record has no 99th ASEAN Summit');
    assert.deepEqual(d.range, { start: { line: 0, character: 23 }, end: { line: 0, character: 40 } });
  });

  it('an Indonesian draft that writes "KTT ASEAN ke-99" gets the note in Indonesian, at the phrase', () => {
    const [d] = check('Judul\n\nPara pemimpin bertemu di KTT ASEAN ke-99 tahun lalu.');
    assert.equal(d.code, 'unknown-instance');
    assert.equal(d.message, 'KTT ASEAN ke-99: data tidak memuat Konferensi Tingkat Tinggi ASEAN ke-99');
    assert.deepEqual(d.range, { start: { line: 2, character: 25 }, end: { line: 2, character: 40 } });
  });

  it('setting the card language to English writes the note in English even in an Indonesian draft', () => {
    const [d] = check('Para pemimpin bertemu di KTT ASEAN ke-99 tahun lalu.', { ...defaultSettings, cardLanguage: 'en' });
    assert.equal(d.message, 'KTT ASEAN ke-99: the record has no 99th ASEAN Summit');
  });

  it('naming a summit the record holds, or an unnumbered series, gives no finding', () => {
    assert.deepEqual(check('Menjelang KTT ASEAN ke-42 di Labuan Bajo, ARSOM dan AOIP dibahas.'), []);
    assert.deepEqual(check('The ASEAN Summit and the 16th ARSOM were discussed.'), []);
  });

  it('writing a shared acronym such as SOM gets a hint that lists each reading', () => {
    const [d, ...rest] = check('The SOM met in March.');
    assert.equal(rest.length, 0);
    assert.equal(d.code, 'ambiguous-reference');
    assert.equal(d.severity, DiagnosticSeverity.Hint);
    assert.equal(d.message, `"SOM" can mean: ASEAN Senior Officials' Meeting; Senior Officials' Meeting`);
    assert.deepEqual(d.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } });
  });

  it('a shared acronym with an ordinal ("ASCC ke-29") names one meeting and gets no ambiguity hint', () => {
    assert.deepEqual(check('Sidang ASCC ke-29 dipimpin Indonesia.').filter((d) => d.code === 'ambiguous-reference'), []);
  });

  it('findings come in document order, whichever rule found them', () => {
    const found = check('The SOM met.\nThen the 99th ASEAN Summit.\nAnd the SOM again.');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.code]), [[0, 'ambiguous-reference'], [1, 'unknown-instance'], [2, 'ambiguous-reference']]);
  });

  it('references inside code or link destinations are not checked', () => {
    assert.deepEqual(check('Run `grep "KTT ASEAN ke-99"` or see [notes](https://example.org/SOM).'), []);
  });

  it('an empty draft has no findings', () => {
    assert.deepEqual(check(''), []);
  });

  it('each rule has a stable id, a description and a severity, and every finding carries one of those ids', () => {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids, ['unknown-instance', 'ambiguous-reference', 'first-use-not-spelled-out', 'fact-contradicts-data', 'unknown-acronym']);
    for (const r of rules) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.en.length > 10 && r.description.id.length > 10);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultSeverity));
    }
    for (const d of check('The SOM met at the 99th ASEAN Summit.')) {
      assert.ok(ids.includes(String(d.code)));
      assert.equal(d.severity, toLspSeverity(rules.find((r) => r.id === d.code)!.defaultSeverity));
    }
  });

  it('the rules setting raises a rule to a warning, or turns it off', () => {
    const draft = 'The SOM met at the 99th ASEAN Summit.';
    const raised = check(draft, { ...referenceRules, rules: { ...referenceRules.rules, 'unknown-instance': 'warning' } });
    assert.deepEqual(raised.map((d) => [d.code, d.severity]), [['ambiguous-reference', DiagnosticSeverity.Hint], ['unknown-instance', DiagnosticSeverity.Warning]]);
    assert.deepEqual(check(draft, { ...referenceRules, rules: { ...referenceRules.rules, 'ambiguous-reference': 'off' } }).map((d) => d.code), ['unknown-instance']);
  });
});

describe('quick fixes for findings', () => {
  /** The quick fixes offered on the first finding of the draft, as the editor asks with the diagnostic it shows. */
  function fixes(text: string) {
    const { service, doc, ctx } = openDraft(index, text, referenceRules);
    const [d] = service.diagnostics(ctx);
    return { doc, d, actions: service.codeActions(ctx, [d]) };
  }

  it('a shared acronym such as SOM offers to write out each reading, and choosing one replaces only the acronym', () => {
    const { doc, d, actions } = fixes('The SOM met in March.');
    assert.deepEqual(actions.map((a) => a.title), ["Write out: ASEAN Senior Officials' Meeting", "Write out: Senior Officials' Meeting"]);
    assert.equal(actions[0].kind, 'quickfix');
    assert.deepEqual(actions[0].diagnostics, [d]);
    const edits = actions[0].edit!.changes![doc.uri];
    assert.equal(TextDocument.applyEdits(doc, edits), "The ASEAN Senior Officials' Meeting met in March.");
  });

  it('a finding the draft no longer has (moved, or sent back with other readings) gets no fix', () => {
    const { service, ctx } = openDraft(index, 'The SOM met in March.');
    const [d] = service.diagnostics(ctx);
    const moved = { ...d, range: { start: { line: 0, character: 5 }, end: d.range.end } };
    assert.deepEqual(service.codeActions(ctx, [moved]), []);
    assert.deepEqual(service.codeActions(ctx, [{ ...d, data: { ids: ['aoip'] } }]), []);
    assert.deepEqual(service.codeActions(ctx, [{ ...d, data: 'forged' }]), []);
  });

  it('a finding of a rule without fixes, or of another tool, gets none', () => {
    assert.deepEqual(fixes('The leaders met at the 99th ASEAN Summit.').actions, []);
    const { service, ctx } = openDraft(index, 'The SOM met in March.');
    const [d] = service.diagnostics(ctx);
    assert.deepEqual(service.codeActions(ctx, [{ ...d, source: 'markdownlint' }]), []);
  });
});
