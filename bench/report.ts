/** bench/results.json and the Markdown tables of bench/results.md. */
import os from 'node:os';
import type { CliResult } from './cli-bench';
import type { InProcessResult } from './inproc';
import { offerTargets, renderOffers, type OfferResults } from './offers';
import type { Summary } from './stats';
import type { StdioResult } from './stdio';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
  loadAverageAtStart: number[];
  /** Absent in results from before it was recorded. */
  loadAverageAtEnd?: number[];
}

export interface ScaleResult {
  multiplier: number;
  entities: number;
  inproc?: InProcessResult;
  stdio?: StdioResult;
  error?: string;
}

export interface Target {
  what: string;
  target: string;
  measured: string;
  pass: boolean | null;
  note?: string;
}

export interface BenchResults {
  machine: Machine;
  shippedEntities: number;
  /** How the stdio runs were pointed at generated data. */
  serverForGeneratedData: string;
  scales: ScaleResult[];
  shipped?: { stdio?: StdioResult; error?: string };
  cli?: CliResult;
  /** How often as-you-type offers appear, on the shipped data. */
  offers?: OfferResults;
  targets: Target[];
  durationMs: number;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

const ms = (x: number | undefined, digits = 2): string => (x === undefined || !Number.isFinite(x) ? '–' : x < 0.01 ? `${(x * 1000).toFixed(1)} µs` : `${x.toFixed(x >= 100 ? 0 : digits)} ms`);
const med = (s: Summary | undefined): string => (s && s.n ? `${ms(s.median)} (${ms(s.p99)})` : '–');
const pct = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const mb = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(1)} MB`);
const ratio = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : x >= 0.1 ? `${x.toFixed(2)}×` : `1/${(1 / x).toFixed(0)}`);

export function evaluateTargets(r: Omit<BenchResults, 'targets'>): Target[] {
  const top = [...r.scales].reverse().find((s) => s.inproc);
  const t: Target[] = [];
  const add = (what: string, target: string, value: number | undefined, limit: number, measured: string, note?: string) =>
    t.push({ what, target, measured, pass: value === undefined || !Number.isFinite(value) ? null : value <= limit, note });
  if (top?.inproc) {
    const p = top.inproc;
    const n = `${top.entities.toLocaleString('en')} entities`;
    add(`hover, in-process, median (${n})`, '≤ 0.1 ms', p.hover.median, 0.1, ms(p.hover.median));
    add(`hover, in-process, p99 (${n})`, '≤ 1 ms', p.hover.p99, 1, ms(p.hover.p99));
    add(`hover on a person, in-process, median (${n})`, '≤ 0.1 ms', p.hoverPerson.median, 0.1, ms(p.hoverPerson.median), 'finds the meeting the text is about: scans the paragraph and all hits');
    add(`completion (index, query mix), median (${n})`, '≤ 2 ms', p.completionIndex.median, 2, ms(p.completionIndex.median));
    add(`completion (index, query mix), p99 (${n})`, '≤ 5 ms', p.completionIndex.p99, 5, ms(p.completionIndex.p99));
    add(`completion feature in a 1 MB draft, median (${n})`, '≤ 2 ms', p.completionFeatureLarge.median, 2, ms(p.completionFeatureLarge.median));
    if (p.inlineFeatureLarge) add(`as-you-type (inline) offer in a 1 MB draft, median (${n})`, '≤ 2 ms', p.inlineFeatureLarge.median, 2, ms(p.inlineFeatureLarge.median), 'asked on every keystroke');
    t.push({ what: `completion recall@10 vs fuse.js over all (${n}, same ${p.recall.fuseQueries} queries)`, target: '≥ fuse.js', measured: `${pct(p.recall.oursOnFuseSample)} vs ${pct(p.recall.fuse)}`, pass: Number.isFinite(p.recall.fuse) ? p.recall.oursOnFuseSample >= p.recall.fuse : null });
    const big = p.scans[p.scans.length - 1];
    add(`full scan of a ${(big.chars / 1e6).toFixed(1)} MB draft, median (${n})`, '≤ 20 ms', big.full.median, 20, ms(big.full.median));
    add(`one-character edit + re-scan + re-diagnose, 1 MB, median (${n})`, '≤ 20 ms', p.edit.incremental.median, 20, ms(p.edit.incremental.median), `through the language service: the edited paragraph re-scanned and re-read by the rules (service/scans.ts, features/rules/read-draft.ts); a full re-scan instead: ${ms(p.edit.full.median)}`);
    add(`start to first answer, in-process (${n})`, '≤ 2 s', p.startToFirstAnswerMs, 2000, ms(p.startToFirstAnswerMs));
  }
  const topStdio = [...r.scales].reverse().find((s) => s.stdio);
  if (topStdio?.stdio) {
    const s = topStdio.stdio;
    const n = `${topStdio.entities.toLocaleString('en')} entities`;
    add(`start to first answer, stdio (${n})`, '≤ 2 s', s.startToFirstAnswerMs, 2000, ms(s.startToFirstAnswerMs));
    add(`server peak RSS, stdio (${n})`, '≤ 200 MB', s.peakRssMb, 200, mb(s.peakRssMb));
    add(`hover through stdio, median (${n})`, '≤ 2 ms', s.hover.median, 2, ms(s.hover.median));
    add(`edit + hover through stdio, 1 MB, median (${n})`, '≤ 20 ms', s.editThenHover.median, 20, ms(s.editThenHover.median), 'the server re-scans only the edited paragraph (service/scans.ts uses scan/incremental.ts)');
  }
  if (r.shipped?.stdio) add(`start to first answer, shipped data (${r.shippedEntities} entities), stdio`, '≤ 300 ms', r.shipped.stdio.startToFirstAnswerMs, 300, ms(r.shipped.stdio.startToFirstAnswerMs));
  if (r.cli) {
    const ok = r.cli.exitCode === 0 || r.cli.exitCode === 1;
    add(`asean-ref check, ${r.cli.files} files of ${r.cli.bytesPerFile / 1000} KB`, '< 5 s', ok ? r.cli.ms : NaN, 5000, ms(r.cli.ms), r.cli.note ?? `${r.cli.filesChecked ?? '?'} files checked, ${r.cli.findings ?? '?'} findings (exit ${r.cli.exitCode})`);
  }
  if (r.offers) t.push(...offerTargets(r.offers));
  return t;
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(`Generated by \`npm run bench\` (bench/main.ts) on ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. Load average at start: ${m.loadAverageAtStart.join(', ')}${m.loadAverageAtEnd ? `, at the end: ${m.loadAverageAtEnd.join(', ')}` : ''} (a shared machine: medians are robust, p99s are not).`, '');
  out.push(`Synthetic data at 1× and 100× the shipped entity count (${r.shippedEntities}) and at 109,000 entities (1000× the data the targets were set for, the top scale whatever the curated data grows to), drafts of 10 KB, 100 KB and 1 MB that mention it densely; deterministic from a seed. Times are median (p99). The raw numbers are in [results.json](results.json).`, '');
  out.push('## Targets', '', '| what | target | measured | |', '|---|---|---|---|');
  for (const t of r.targets) out.push(`| ${t.what} | ${t.target} | ${t.measured} | ${t.pass === null ? 'n/a' : t.pass ? 'pass' : '**miss**'}${t.note ? ` — ${t.note}` : ''} |`);
  const notes = explain(r);
  if (notes.length) out.push('', '## Why, where a target is missed', '', ...notes.map((n) => `- ${n}`));
  const scales = r.scales.filter((s) => s.inproc);
  const head = (title: string) => [`| ${title} | ${scales.map((s) => `${s.entities.toLocaleString('en')} entities`).join(' | ')} |`, `|---|${scales.map(() => '---').join('|')}|`];
  const row = (name: string, f: (p: InProcessResult) => string) => `| ${name} | ${scales.map((s) => f(s.inproc!)).join(' | ')} |`;
  out.push('', '## In-process', '', ...head('measure'));
  out.push(row('forms in the recogniser index', (p) => p.forms.toLocaleString('en')));
  out.push(row('open the compiled data (find each record)', (p) => ms(p.openDataMs)));
  out.push(row('index (tables read ready-made from the compiled data)', (p) => ms(p.indexBuildMs)));
  out.push(row('— the form table / completion index built instead (as with a team\'s files on top)', (p) => `${ms(p.formIndexMs)} / ${ms(p.completionIndexMs)}`));
  out.push(row('start to first answer (open + index + scan + hover)', (p) => ms(p.startToFirstAnswerMs)));
  out.push(row('first completion (reads the completion index)', (p) => ms(p.firstCompletionMs)));
  out.push(row('heap: opened data / index / completion index', (p) => `${mb(p.dataHeapMb)} / ${mb(p.indexHeapMb)} / ${mb(p.completionHeapMb)}`));
  out.push(row('a DataStore over the shipped data, made on a workspace\'s first data file (time / heap)', (p) => `${ms(p.dataStoreMs)} / ${mb(p.dataStoreHeapMb)}`));
  out.push(row('peak RSS at first answer (bench process)', (p) => mb(p.startRssMb)));
  out.push(row('peak RSS of the whole in-process run (holds all drafts)', (p) => mb(p.peakRssMb)));
  for (let k = 0; k < (scales[0]?.inproc!.scans.length ?? 0); k++) {
    out.push(row(`full scan, ${kb(scales[0].inproc!.scans[k].chars)} draft`, (p) => med(p.scans[k].full)));
  }
  out.push(row('— 1 MB: prose mask / recognise', (p) => `${med(p.scans[p.scans.length - 1].mask)} / ${med(p.scans[p.scans.length - 1].recognize)}`));
  out.push(row('— 1 MB: references found / planted ones recognised', (p) => `${p.scans[p.scans.length - 1].hits.toLocaleString('en')} / ${pct(p.scans[p.scans.length - 1].recognitionRecall)}`));
  out.push(row('full scan, 1 MB draft where nearly every word is a reference', (p) => (p.denseScan ? `${med(p.denseScan.full)}, ${p.denseScan.hits.toLocaleString('en')} refs` : '–')));
  out.push(row('hover', (p) => med(p.hover)));
  out.push(row('hover on a person (finds the meeting talked about)', (p) => med(p.hoverPerson)));
  for (const kind of ['meeting', 'meeting-series', 'person', 'organization', 'country', 'document', 'initiative', 'term']) out.push(row(`— hover, best candidate a ${kind}`, (p) => med(p.hoverByKind?.[kind])));
  out.push(row('go to definition', (p) => med(p.definition)));
  out.push(row('completion, index, whole query mix', (p) => med(p.completionIndex)));
  for (const kind of ['prefix', 'multi-word', 'typo', 'alias', 'acronym']) out.push(row(`— ${kind}`, (p) => `${med(p.completionByKind[kind])}, recall@10 ${pct(p.recall.byKind[kind])}`));
  out.push(row('completion feature, typing in a 10 KB draft', (p) => med(p.completionFeatureSmall)));
  out.push(row('completion feature, typing in a 1 MB draft', (p) => med(p.completionFeatureLarge)));
  out.push(row('as-you-type (inline) offer, typing in a 10 KB draft', (p) => med(p.inlineFeatureSmall)));
  out.push(row('as-you-type (inline) offer, typing in a 1 MB draft', (p) => med(p.inlineFeatureLarge)));
  out.push(row('recall@10, our index, whole mix', (p) => `${pct(p.recall.ours)} (${p.recall.queries} queries)`));
  out.push(row('edit + re-scan + re-diagnose, 1 MB, incremental', (p) => med(p.edit.incremental)));
  out.push(row('— apply change / re-scan / diagnose', (p) => `${med(p.edit.applyChange)} / ${med(p.edit.rescan)} / ${med(p.edit.diagnose)}`));
  out.push(row('— edits re-scanned locally', (p) => pct(p.edit.localShare)));
  out.push(row('edit + full re-scan + re-diagnose, 1 MB', (p) => med(p.edit.full)));
  out.push('', '## Against the naive ways', '', ...head('measure'));
  out.push(row('fuse.js over all entries: build', (p) => ms(p.naive.fuseBuildMs)));
  out.push(row('fuse.js over all entries: per query', (p) => `${med(p.naive.fuseQuery)} (${p.naive.fuseQuery.n} queries)`));
  out.push(row('completion time, ours / fuse.js', (p) => ratio(p.naive.completionRatio)));
  out.push(row('recall@10 on the fuse.js sample: ours vs fuse.js', (p) => `${pct(p.recall.oursOnFuseSample)} vs ${pct(p.recall.fuse)}`));
  out.push(row('indexOf per surface form over the 1 MB draft', (p) => `${ms(p.naive.scanMsExtrapolated)}${p.naive.scanFormsTried < p.naive.scanFormsTotal ? ` (${p.naive.scanFormsTried.toLocaleString('en')} of ${p.naive.scanFormsTotal.toLocaleString('en')} forms timed, extrapolated)` : ''}`));
  out.push(row('scan time, ours / indexOf', (p) => ratio(p.naive.scanRatio)));
  const stdio = r.scales.filter((s) => s.stdio);
  const shipped = r.shipped?.stdio;
  if (stdio.length || shipped) {
    const cols: [string, StdioResult][] = [...(shipped ? [[`shipped (${r.shippedEntities})`, shipped] as [string, StdioResult]] : []), ...stdio.map((s): [string, StdioResult] => [`${s.entities.toLocaleString('en')} entities`, s.stdio!])];
    out.push('', '## Through `--stdio`', '', `Server: ${r.serverForGeneratedData}.`, '', `| measure | ${cols.map((c) => c[0]).join(' | ')} |`, `|---|${cols.map(() => '---').join('|')}|`);
    const srow = (name: string, f: (s: StdioResult) => string) => out.push(`| ${name} | ${cols.map((c) => f(c[1])).join(' | ')} |`);
    srow('initialize answered', (s) => ms(s.initializeMs));
    srow('start to first answer (spawn → first hover)', (s) => ms(s.startToFirstAnswerMs));
    srow('open 1 MB draft → first hover', (s) => ms(s.openLargeToFirstHoverMs));
    srow('first completion request (reads the completion index)', (s) => ms(s.firstCompletionMs));
    srow('hover', (s) => med(s.hover));
    srow('go to definition', (s) => med(s.definition));
    srow('completion, short draft', (s) => med(s.completionSmallDoc));
    srow('completion, 1 MB draft', (s) => med(s.completionLargeDoc));
    srow('one-character edit → hover answered, 1 MB', (s) => med(s.editThenHover));
    srow('one-character edit → diagnostics published, 1 MB (includes the 150 ms typing pause)', (s) => med(s.editToDiagnosticsMs));
    srow('server peak RSS', (s) => mb(s.peakRssMb));
    srow('— peak so far after: first answer / 1 MB draft opened and hovered / typing completions into it / one-character edits, each re-diagnosed', (s) =>
      s.peakRssAfter ? `${mb(s.peakRssAfter.firstAnswer)} / ${mb(s.peakRssAfter.largeDraft)} / ${mb(s.peakRssAfter.completion)} / ${mb(s.peakRssAfter.edits)}` : '–',
    );
  }
  if (r.offers) out.push('', ...renderOffers(r.offers));
  const errors = [...r.scales.filter((s) => s.error).map((s) => `${s.entities}: ${s.error}`), ...(r.shipped?.error ? [`shipped: ${r.shipped.error}`] : [])];
  if (errors.length) out.push('', '## Errors', '', ...errors.map((e) => `- ${e}`));
  if (r.cli) out.push('', '## CLI', '', `\`asean-ref check --format json 'DIR/*.md'\` over ${r.cli.files} generated drafts of ${r.cli.bytesPerFile / 1000} KB (shipped data), as a subprocess: ${ms(r.cli.ms)}, ${r.cli.filesChecked ?? '?'} files reported, ${r.cli.findings ?? '?'} findings, exit code ${r.cli.exitCode}${r.cli.note ? `; ${r.cli.note}` : ''}.`);
  out.push('', `Whole bench: ${(r.durationMs / 1000).toFixed(0)} s.`, '');
  return out.join('\n');
}

/** Causes of the misses, with this run's numbers: what the profile showed and what would fix it. */
function explain(r: BenchResults): string[] {
  const top = [...r.scales].reverse().find((s) => s.inproc);
  if (!top?.inproc) return [];
  const p = top.inproc;
  const n = top.entities.toLocaleString('en');
  const out: string[] = [];
  const miss = (prefix: string) => r.targets.some((t) => t.what.startsWith(prefix) && t.pass === false);
  const slowKinds = Object.entries(p.hoverByKind ?? {}).filter(([, s]) => s.median > 1);
  if (miss('hover, in-process, p99') || slowKinds.length) {
    out.push(
      `Hover p99 at ${n} entities is ${ms(p.hover.p99)}, from ${slowKinds.map(([k, s]) => `${k} cards (${ms(s.median)} median)`).join(', ') || 'a few slow cards'}: ` +
        'a card reads the whole records it shows from disk (a cache keeps the last few hundred), and a card that names many entities (a country\'s newest meetings, ' +
        'a meeting\'s participants) reads a dozen or more, each first read a system call and a parse. Referrers come grouped and newest first from the index, so ' +
        'a card reads no further than the eight it shows; on this shared machine p99 also carries GC pauses and other processes.',
    );
  }
  if (miss('hover on a person')) {
    out.push(
      `A person's card costs ${ms(p.hoverPerson.median)}: it finds the meeting the paragraph is about (features/context.ts), reading the records of the meetings named nearby.`,
    );
  }
  if (miss('completion (index, query mix), p99')) {
    out.push(
      `Completion p99 ${ms(p.completionIndex.p99)} (median ${ms(p.completionIndex.median)}) at ${n}: the slow queries are long prefixes with no whole-key match (e.g. "ASEAN-India Sustainable Urba") and typos, which fall through to the fuzzy tier ` +
        '(fuzzy-candidates + fuse.js over up to 100 candidates). On a shared 2-core machine p99 also carries other processes\' noise; medians are ' +
        Object.entries(p.completionByKind).map(([k, s]) => `${k} ${ms(s.median)}`).join(', ') + '.',
    );
  }
  if (miss('completion feature in a 1 MB draft')) {
    out.push(
      `Completion in a 1 MB draft takes ${ms(p.completionFeatureLarge.median)} against ${ms(p.completionIndex.median)} for the index query, with the scan's masked prose passed in as the server does: ` +
        'the rest is finding the typed phrase and querying several phrase lengths, and building the items.',
    );
  }
  const big = p.scans[p.scans.length - 1];
  if (miss('full scan')) {
    const small = r.scales.find((x) => x.inproc)?.inproc;
    out.push(
      `The full scan of ${kb(big.chars)} takes ${ms(big.full.median)} at ${n} entities: prose masking ${ms(big.mask?.median)} + recognition ${ms(big.recognize?.median)} (+ language detection), ${(big.full.median - 20).toFixed(1)} ms over ` +
        `(at ${small?.entities} entities: ${ms(small?.scans[small.scans.length - 1].full.median)}). Tokenizing (hashing every word of a million characters) costs the same at every size, about 5–7 ms; ` +
        'what grows is matching: at this size the form tables are megabytes, so the words that do start a form (most words are turned away by a bit filter that stays in cache) ' +
        'miss the cache on each step of the walk, and the draft names thousands of distinct forms where a small one names a hundred. ' +
        'A full scan happens only when a draft is opened (or the data changes): an edit re-scans its paragraph (below). Next step: the tokenizer over bytes, and form tables sorted for locality.',
    );
  }
  if (miss('one-character edit')) {
    out.push(`An edit costs ${ms(p.edit.incremental.median)}: applying the change ${ms(p.edit.applyChange.median)}, re-scan ${ms(p.edit.rescan.median)}, diagnostics ${ms(p.edit.diagnose.median)}.`);
  }
  if (miss('start to first answer') || miss('server peak RSS')) {
    const s = [...r.scales].reverse().find((x) => x.stdio)?.stdio;
    const after = s?.peakRssAfter;
    out.push(
      `Start at ${n} entities: opening dist/data.jsonl ${ms(p.openDataMs)}, then the index ${ms(p.indexBuildMs)} (its tables read ready-made from dist/data.bin). ` +
        `Memory: opened data ${mb(p.dataHeapMb)}, index ${mb(p.indexHeapMb)}, completion index ${mb(p.completionHeapMb)}; whole records are read from disk when a card shows them. ` +
        (after
          ? `The server's peak so far was ${mb(after.firstAnswer)} at its first answer, ${mb(after.largeDraft)} with the 1 MB draft open (and diagnosed), ${mb(after.completion)} after typing into it and ${mb(after.edits)} after the edits: ` +
            'the completion index (read on the first completion) is some 22 MB of typed arrays, V8 keeps a young generation of up to 32 MB, and every version of a 1 MB draft is a new string ' +
            '(2 MB when it holds any character beyond Latin-1; the editor\'s text model copies it on each change), collected in batches. '
          : '') +
        `A workspace with data files of its own also gets a DataStore over the shipped data (${ms(p.dataStoreMs)}, ${mb(p.dataStoreHeapMb)} of heap), made on its first data file.`,
    );
  }
  return out;
}

const kb = (chars: number): string => (chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} MB` : `${Math.round(chars / 1000)} KB`);
