import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildIndex } from '../server/src/index/build';
import { openCompiled } from '../server/src/data/compiled';
import { maskNonProse } from '../server/src/scan/prose';
import { recognize } from '../server/src/scan/recognize';
import { scanText } from '../server/src/scan/scan';
const n = Number(process.argv[2] ?? 109000);
const draftFile = `/tmp/sp-${n}/draft.md`;
if (!existsSync(draftFile)) {
  const { generateDataset } = require('../bench/generate');
  const { generateDraft, mentionables } = require('../bench/drafts');
  const g = generateDataset(n, 42);
  writeFileSync(draftFile, generateDraft(g.dataset, { size: 1000000, seed: 4 }, mentionables(g.dataset)).text);
  process.exit(0);
}
const text = readFileSync(draftFile, 'utf8');
const idx = buildIndex(openCompiled(`/tmp/sp-${n}/data.jsonl`, `/tmp/sp-${n}`));
const med = (f: () => void) => { const t: number[] = []; for (let i = 0; i < 41; i++) { const a = performance.now(); f(); t.push(performance.now() - a); } t.sort((a, b) => a - b); return t[20].toFixed(2); };
const prose = maskNonProse(text);
console.log(n, 'recognize', med(() => recognize(prose, idx)), 'full', med(() => scanText(text, idx, 1)));
