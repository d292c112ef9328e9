/**
 * Model-based: random sequences of editor changes (CRLF, lone CR, surrogate pairs, zero-width and
 * combining characters, ranges past the end, inverted ranges) applied through the server's
 * document model must give the text a plain reference model gives, with line offsets a fresh
 * document agrees with; the incremental scan must equal a fresh scan; and every feature, asked
 * anywhere, must not throw and must return ranges inside the document that never split a
 * surrogate pair.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { scanText } from '../../server/src/scan/scan';
import { GUARDED_DOCUMENTS } from '../../server/src/session/documents';
import { miniIndex } from '../unit/helpers/mini-data';
import { defaultSettings } from '../../server/src/settings';
import { serviceOver } from '../unit/helpers/service';
import { count } from './counts';

const index = miniIndex();

/** The reference: line starts after \r\n, \r or \n; a position past a line's end is its end; past the last line, the text's end. */
function offsetOf(text: string, p: { line: number; character: number }): number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') starts.push(++i + 1);
    else if (c === '\r' || c === '\n') starts.push(i + 1);
  }
  if (p.line < 0) return 0;
  if (p.line >= starts.length) return text.length;
  const next = starts[p.line + 1];
  const end = next === undefined ? text.length : next - (text[next - 2] === '\r' && text[next - 1] === '\n' ? 2 : 1);
  return Math.min(starts[p.line] + Math.max(0, p.character), end);
}

function applyModel(text: string, change: Change): string {
  if (!change.range) return change.text;
  const [a, b] = [offsetOf(text, change.range.start), offsetOf(text, change.range.end)].sort((x, y) => x - y);
  return text.slice(0, a) + change.text + text.slice(b);
}

interface Change {
  range?: Range;
  text: string;
}

const PIECES = ['a', 'ARSOM', 'AOIP', 'KTT ASEAN ke-42', ' ', '\n', '\r', '\r\n', '\ud83d\ude00', '\u200b', 'e\u0301', '`', '<!--', '-->', '](', ' ke-', '\u202f', '\u2009', 'SOM'];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 24 }) });
const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: pieceText }) },
  { weight: 1, arbitrary: fc.record({ text: pieceText }) },
);

function assertRangeInside(doc: TextDocument, range: Range, what: string): void {
  const text = doc.getText();
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: ${JSON.stringify(range)}`);
    const offset = doc.offsetAt(p);
    const back = doc.positionAt(offset);
    assert.ok(back.line === p.line && back.character === p.character, `${what}: ${JSON.stringify(p)} is not a position of the document`);
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    assert.ok(!(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff), `${what} splits a surrogate pair at ${offset}`);
  }
}

const view = (hits: { start: number; end: number; candidates: { id: string }[] }[]) => hits.map((h) => `${h.start}-${h.end}:${h.candidates.map((c) => c.id).join('|')}`);

describe('random edit sequences against a reference model', function () {
  this.timeout(600000);
  const runs = count(1000, 10000);

  it(`${runs} sequences: the text, the line offsets, the scan and every answer stay right`, () => {
    fc.assert(
      fc.property(pieceText, fc.array(change, { minLength: 1, maxLength: 8 }), fc.array(position, { minLength: 1, maxLength: 4 }), (start, changes, asks) => {
        const doc = GUARDED_DOCUMENTS.create('file:///model.md', 'markdown', 1, start);
        const service = serviceOver(index);
        let model = start;
        let version = 1;
        for (const c of changes) {
          doc.lineCount; // line offsets computed before the change, as after any hover
          GUARDED_DOCUMENTS.update(doc, [c], ++version);
          model = applyModel(model, c);
          assert.equal(doc.getText(), model);
          service.scan(doc);
        }
        const fresh = TextDocument.create('file:///fresh.md', 'markdown', 1, model);
        assert.equal(doc.lineCount, fresh.lineCount);
        for (let o = 0; o <= model.length; o += Math.max(1, Math.floor(model.length / 16))) assert.deepEqual(doc.positionAt(o), fresh.positionAt(o));
        const ctx = service.contextWith(doc, defaultSettings);
        assert.deepEqual(view(ctx.scan.hits), view(scanText(model, index).hits));
        for (const d of service.diagnostics(ctx)) assertRangeInside(doc, d.range, 'diagnostic');
        for (const p of asks) {
          const h = service.hover(ctx, p);
          if (h?.range) assertRangeInside(doc, h.range, 'hover');
          for (const l of service.definition(ctx, p)) assert.ok(l.uri.startsWith('file:'), l.uri);
          for (const item of service.completion(ctx, p).items) {
            const edit = item.textEdit;
            if (edit && 'range' in edit) assertRangeInside(doc, edit.range, 'completion edit');
          }
        }
      }),
      { numRuns: runs },
    );
  });
});
