import { generateDataset } from '../bench/generate';
import { generateDraft, mentionables } from '../bench/drafts';
import { buildIndex } from '../server/src/index/build';
import { openCompiled } from '../server/src/data/compiled';
import { maskNonProse } from '../server/src/scan/prose';
import { recognize } from '../server/src/scan/recognize';
const n = Number(process.argv[2] ?? 109000);
const which = process.argv[3];
let large: { text: string };
let idx;
{
  const g = generateDataset(n, 42);
  large = generateDraft(g.dataset, { size: 1000000, seed: 4 }, mentionables(g.dataset));
  idx = which === 'file' ? buildIndex(openCompiled(`/tmp/inproc-${n}/data.jsonl`, `/tmp/inproc-${n}`)) : buildIndex(g.dataset);
}
const med = (f: () => void) => { const t: number[] = []; for (let i = 0; i < 21; i++) { const a = performance.now(); f(); t.push(performance.now() - a); } t.sort((a, b) => a - b); return t[10].toFixed(2); };
const prose = maskNonProse(large.text);
console.log(which, 'recognize', med(() => recognize(prose, idx)), med(() => recognize(prose, idx)));
