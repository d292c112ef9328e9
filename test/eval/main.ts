/** `npm run eval`: recall and precision of the recogniser on the evaluation set (test/fixtures/eval). */
import path from 'node:path';
import { loadDataDir } from '../../server/src/data/load';
import { buildIndex } from '../../server/src/index/build';
import { classify, evaluate, loadEvalSet } from './evaluate';

const root = path.resolve(__dirname, '..', '..');
const { dataset } = loadDataDir(path.join(root, 'data'));
const drafts = loadEvalSet(path.join(root, 'test', 'fixtures', 'eval'));
classify(drafts, dataset);
const f = evaluate(drafts, buildIndex(dataset));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const verbose = process.argv.includes('--verbose');

console.log(`${drafts.length} drafts, ${f.expected} expected references (${f.variants} written as variants), ${f.hits} hits`);
console.log(`recall            ${pct(f.recall)}  (${f.found}/${f.expected})`);
console.log(`  as the data     ${pct(f.exactRecall)}  (${f.found - f.foundVariants}/${f.expected - f.variants})`);
console.log(`  variant forms   ${pct(f.variantRecall)}  (${f.foundVariants}/${f.variants})`);
console.log(`precision         ${pct(f.precision)}  (${f.correctHits}/${f.hits})`);
if (verbose) {
  for (const m of f.misses) console.log(`missed  ${m.file}: "${m.text}" → ${m.id}${m.variant ? ' (variant)' : ''}${m.got.length ? `; got ${m.got.join(', ')}` : ''}`);
  for (const w of f.wrong) console.log(`wrong   ${w.file}: "${w.text}" → ${w.id}`);
} else if (f.misses.length || f.wrong.length) console.log(`(npm run eval -- --verbose lists the ${f.misses.length} misses and ${f.wrong.length} wrong hits)`);
