import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rescan, scanState } from '../../../server/src/scan/incremental';
import { maskNonProse } from '../../../server/src/scan/prose';
import { defaultSettings } from '../../../server/src/settings';
import { serviceOver } from '../helpers/service';
import { scanText } from '../../../server/src/scan/scan';
import { miniIndex } from '../helpers/mini-data';

const index = miniIndex();

const draft = [
  '---',
  'title: ARSOM',
  '---',
  '',
  'KTT ASEAN ke-42 membahas AOIP dan ARSOM.',
  '',
  'Pertemuan ke-16 ARSOM di Bali, lihat [ARSOM](https://x.org/ARSOM) dan `AOIP`.',
  '',
  '```',
  'ARSOM',
  '```',
  '',
  'The 42nd ASEAN Summit and the ASCC Council.',
  '',
  'Akhir: Chandra W.Yudha <!-- AOIP --> ASEAN SOM.',
  '',
].join('\n');

const view = (hits: { start: number; end: number; ordinal?: number; candidates: { id: string }[] }[]) =>
  hits.map((h) => `${h.start}-${h.end}${h.ordinal ? `#${h.ordinal}` : ''}:${h.candidates.map((c) => c.id).join('|')}`);

describe('re-scanning a draft after an edit', () => {
  it('typing a letter re-reads only the paragraph and moves the references after it', () => {
    const before = scanState(draft, index, 1);
    const at = draft.indexOf('membahas');
    const text = draft.slice(0, at) + 'x' + draft.slice(at);
    const after = rescan(before, text, index, 2);
    assert.equal(after.how, 'incremental');
    assert.deepEqual(view(after.scan.hits), view(scanText(text, index).hits));
    assert.equal(after.scan.version, 2);
  });

  it('completing an acronym in a paragraph makes it a reference', () => {
    const text = draft.replace('The 42nd', 'The AOI 42nd');
    const before = scanState(text, index);
    const done = text.replace('AOI 42nd', 'AOIP 42nd');
    const after = rescan(before, done, index);
    assert.deepEqual(view(after.scan.hits), view(scanText(done, index).hits));
    assert.ok(after.scan.hits.some((h) => done.slice(h.start, h.end) === 'AOIP' && h.start > text.indexOf('The')));
  });

  it('opening a fence re-reads the whole draft', () => {
    const before = scanState(draft, index);
    const at = draft.indexOf('The 42nd');
    const text = draft.slice(0, at) + '```\n' + draft.slice(at);
    const after = rescan(before, text, index);
    assert.equal(after.how, 'full');
    assert.deepEqual(view(after.scan.hits), view(scanText(text, index).hits));
  });

  it('always equals a scan of the whole new text, whatever the edits', () => {
    // Mostly prose, now and then something the mask cares about.
    const prose = fc.constantFrom('ARSOM', 'KTT', 'ASEAN', 'ke-42', 'ke', '42', ' ', ' ', ' ', '\n', '\n\n', 'AOIP', 'Summit', '42nd', 'a', 'é', 'Russia', '-', "Officials'", 'Meeting', 'SOM', '\r\n', '.');
    const markup = fc.constantFrom('`', '```\n', '<!--', '-->', '<span>', '<b', '>', '](x', ')', '"', '[', '---\n', '~~~\n', '<https://x>', 'https://x.org/ARSOM');
    const piece = fc.oneof({ arbitrary: prose, weight: 30 }, { arbitrary: markup, weight: 1 });
    const text = fc.array(piece, { minLength: 20, maxLength: 80 }).map((p) => p.join(''));
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.array(piece, { maxLength: 2 }).map((p) => p.join('')) });
    let local = 0;
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        let state = scanState(start, index);
        let current = start;
        for (const e of edits) {
          const at = e.at % (current.length + 1);
          current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
          state = rescan(state, current, index);
          if (state.how === 'incremental') local++;
          const full = scanText(current, index);
          assert.deepEqual(view(state.scan.hits), view(full.hits), JSON.stringify(current));
          assert.equal(state.scan.lang, full.lang);
        }
      }),
      { numRuns: 3000 },
    );
    // The property must exercise the local path, not only the fall-back to a full scan.
    assert.ok(local > 500, `only ${local} edits were re-scanned locally`);
  });
});

describe('incremental scans for the server', () => {
  it('keeps one state per document and answers each version like a fresh scan, with its masked prose', () => {
    const service = serviceOver(index);
    let text = draft;
    for (let version = 1; version <= 5; version++) {
      const at = text.indexOf('membahas') + version;
      text = text.slice(0, at) + 'k' + text.slice(at);
      const doc = TextDocument.create('file:///d.md', 'markdown', version, text);
      const { scan, masked } = service.contextWith(doc, defaultSettings);
      assert.equal(scan.version, version);
      assert.deepEqual(view(scan.hits), view(scanText(text, index).hits));
      for (const [a, b] of [[0, text.length], [3, 40], [text.indexOf('membahas'), text.length]]) assert.equal(masked!(a, b), maskNonProse(text).slice(a, b));
    }
  });
});
