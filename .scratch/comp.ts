import { TextDocument } from 'vscode-languageserver-textdocument';
import { openCompiled } from '/work/main/server/src/data/compiled';
import { buildIndex } from '/work/main/server/src/index/build';
import { ScanCache } from '/work/main/server/src/session/scans';
import { completion } from '/work/main/server/src/features/completion';
import { defaultServerSettings } from '/work/main/server/src/session/settings';
import { generateDataset } from '/work/main/bench/generate';
import { generateDraft, mentionables } from '/work/main/bench/drafts';
const g = generateDataset(109000, 42);
const large = generateDraft(g.dataset, { size: 1000000, seed: 4 }, mentionables(g.dataset));
const idx = buildIndex(openCompiled('/tmp/bench-data-109000/data.jsonl', '/tmp/bench-data-109000'));
const scans = new ScanCache();
let text = large.text;
const cut = text.lastIndexOf('\n\n', text.length >> 1) + 2;
let doc = TextDocument.create('file:///l.md', 'markdown', 1, text);
scans.get(doc, idx);
for (const typed of ['ARS', 'KTT ASEAN ke-4', 'Kao Kim', 'Outlok']) {
  const t2 = text.slice(0, cut) + typed + text.slice(cut);
  TextDocument.update(doc, [{ range: { start: doc.positionAt(cut), end: doc.positionAt(cut) }, text: typed }], doc.version + 1);
  let t0 = performance.now();
  scans.get(doc, idx);
  const t1 = performance.now();
  const m = scans.masker(doc, idx);
  const r = completion(doc, doc.positionAt(cut + typed.length), idx, defaultServerSettings, 'id', undefined, m);
  const t3 = performance.now();
  console.log(typed, 'rescan', (t1 - t0).toFixed(2), 'completion', (t3 - t1).toFixed(2), r.items.length);
  TextDocument.update(doc, [{ range: { start: doc.positionAt(cut), end: doc.positionAt(cut + typed.length) }, text: '' }], doc.version + 1);
  scans.get(doc, idx);
}
