const root = process.argv[2];
const { generateDataset } = require(root + '/bench/generate');
const { generateDraft, mentionables } = require(root + '/bench/drafts');
const { buildIndex } = require(root + '/server/src/index/build');
const { scanText } = require(root + '/server/src/scan/scan');
const n = Number(process.argv[3] ?? 109);
const g = generateDataset(n, 42);
const large = generateDraft(g.dataset, { size: 1000000, seed: 4 }, mentionables(g.dataset));
const idx = buildIndex(g.dataset);
const times: number[] = [];
for (let i = 0; i < 25; i++) { const t = performance.now(); scanText(large.text, idx, 1); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log(root, n, 'median', times[12].toFixed(2), 'min', times[0].toFixed(2));
