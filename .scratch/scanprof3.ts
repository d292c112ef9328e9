import { generateDataset } from '../bench/generate';
import { generateDraft, mentionables } from '../bench/drafts';
import { writeCompiled } from '../bench/data-files';
import { buildIndex } from '../server/src/index/build';
import { openCompiled } from '../server/src/data/compiled';
import { maskNonProse } from '../server/src/scan/prose';
import { recognize } from '../server/src/scan/recognize';
import { scanWords } from '../server/src/scan/tokens';
const n = Number(process.argv[2] ?? 109000);
let text: string;
{
  const g = generateDataset(n, 42);
  text = generateDraft(g.dataset, { size: 1000000, seed: 4 }, mentionables(g.dataset)).text;
  writeCompiled(`/tmp/sp-${n}`, g);
}
const idx = buildIndex(openCompiled(`/tmp/sp-${n}/data.jsonl`, `/tmp/sp-${n}`));
(globalThis as any).gc?.();
const med = (f: () => void) => { const t: number[] = []; for (let i = 0; i < 41; i++) { const a = performance.now(); f(); t.push(performance.now() - a); } t.sort((a, b) => a - b); return t[20].toFixed(2); };
const prose = maskNonProse(text);
console.log(n, 'recognize', med(() => recognize(prose, idx)), 'tokens', med(() => scanWords(prose)), 'hits', recognize(prose, idx).length);
