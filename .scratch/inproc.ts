import path from 'node:path';
import { runInProcess } from '../bench/inproc';
import { fullOptions } from '../bench/main';
const n = Number(process.argv[2] ?? 109000);
const o = fullOptions(path.resolve(__dirname, '..'));
const r = runInProcess({ entities: n, draftSizes: o.draftSizes, dataDir: `/tmp/inproc-${n}`, ...o.inproc(n) });
const s = r.scans[r.scans.length - 1];
console.log(JSON.stringify({ scan1MB: s.full, mask: s.mask?.median, rec: s.recognize?.median, hover: r.hover, completion: r.completionIndex, compLarge: r.completionFeatureLarge.median, edit: r.edit.incremental.median, start: r.startToFirstAnswerMs, peak: r.peakRssMb }, null, 0));
