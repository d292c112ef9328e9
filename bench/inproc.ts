/**
 * The in-process half of the bench: one entity count, everything the server
 * does measured by calling the same functions it calls, plus the naive ways.
 * Each entity count runs in a child process of its own (see main.ts), so peak
 * RSS and heap numbers belong to that size alone.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { CompletionTriggerKind } from 'vscode-languageserver';
import path from 'node:path';
import { loadCompiled, openCompiled } from '../server/src/compiled/compiled';
import { DataStore } from '../server/src/data/store';
import { createLanguageService, requestContext, type LanguageService, type RequestContext } from '../server/src/service/service';
import { buildIndex } from '../server/src/index/build';
import { buildCompletionIndex } from '../server/src/index/completion-index';
import { buildFormIndex } from '../server/src/index/forms';
import type { EntityIndex } from '../server/src/index/types';
import type { DocumentScan } from '../server/src/scan/hits';
import { rescan, scanState, type ScanState } from '../server/src/scan/incremental';
import { maskNonProse } from '../server/src/scan/prose';
import { recognize, recognizerMemo } from '../server/src/scan/recognize';
import { scanText } from '../server/src/scan/scan';
import { defaultServerSettings } from '../server/src/session/settings';
import { generateDraft, mentionables, type Draft } from './drafts';
import { writeCompiled } from './data-files';
import { generateDataset } from './generate';
import { fuseOverAll, naiveScan, surfaceForms } from './naive';
import { queryMix, type Query } from './queries';
import { Rng } from './rng';
import { gc, peakRssMb, round, summarize, timeEach, timeOnce, type Summary } from './stats';

export interface InProcessOptions {
  entities: number;
  seed?: number;
  /** Draft sizes in characters; the largest is used for hover, definition and the edit. */
  draftSizes: number[];
  reps: { scan: number; hover: number; definition: number; completion: number; edit: number };
  /** Completion queries in the mix (timing and recall of our index). */
  queries: number;
  /** Queries given to fuse.js over all entries (about 1 s each at 100,000 entities). */
  fuseQueries: number;
  /** Surface forms the naive indexOf scan tries before its time is extrapolated to all of them. */
  naiveScanForms: number;
  /** Also a draft where nearly every word is a reference. */
  denseDraft?: boolean;
  /** Where the generated data is written, compiled as dist/data.jsonl is. */
  dataDir: string;
}

export interface ScanResult {
  chars: number;
  hits: number;
  /** Share of planted mentions found with the intended entity among the candidates. */
  recognitionRecall: number;
  full: Summary;
  mask?: Summary;
  recognize?: Summary;
}

export interface InProcessResult {
  entities: number;
  forms: number;
  /** Opening the compiled file: finding where each record starts. */
  openDataMs: number;
  indexBuildMs: number;
  formIndexMs: number;
  completionIndexMs: number;
  startToFirstAnswerMs: number;
  firstCompletionMs: number;
  /** Heap of the parsed data (entities, sources, origins). */
  dataHeapMb: number;
  /** Heap of the index without the completion index (recogniser forms, byId, series, referrers). */
  indexHeapMb: number;
  completionHeapMb: number;
  /** new DataStore({ base }) as the server's WorkspaceData makes it at start. */
  dataStoreMs: number;
  dataStoreHeapMb: number;
  /** Peak RSS when the first answer was given (data, index, one small draft). */
  startRssMb: number;
  peakRssMb: number;
  scans: ScanResult[];
  denseScan?: ScanResult;
  hover: Summary;
  hoverPerson: Summary;
  hoverByKind: Record<string, Summary>;
  definition: Summary;
  completionIndex: Summary;
  completionByKind: Record<string, Summary>;
  completionFeatureSmall: Summary;
  completionFeatureLarge: Summary;
  /** The as-you-type (inline) offer; absent in results from before it existed. */
  inlineFeatureSmall?: Summary;
  inlineFeatureLarge?: Summary;
  recall: { ours: number; oursOnFuseSample: number; fuse: number; byKind: Record<string, number>; queries: number; fuseQueries: number };
  edit: { chars: number; full: Summary; incremental: Summary; applyChange: Summary; rescan: Summary; rescanFull: Summary; diagnose: Summary; localShare: number };
  naive: {
    fuseBuildMs: number;
    fuseQuery: Summary;
    completionRatio: number;
    scanChars: number;
    scanFormsTried: number;
    scanFormsTotal: number;
    scanMsExtrapolated: number;
    oursScanMs: number;
    scanRatio: number;
  };
}

const URI = 'file:///bench/draft.md';

export function runInProcess(o: InProcessOptions): InProcessResult {
  const seed = o.seed ?? 42;
  // The server reads the compiled file and holds no entity objects; nor does this process while it
  // measures: the generated entities serve for drafts and queries, then go (the naive ways read
  // them back at the end), so the scans run with a heap like the server's.
  const { dataFile, drafts, denseDraft, queries, entityCount } = (() => {
    const generated = generateDataset(o.entities, seed);
    const dataset = generated.dataset;
    const pool = mentionables(dataset);
    return {
      dataFile: writeCompiled(o.dataDir, generated),
      drafts: o.draftSizes.map((size, k) => generateDraft(dataset, { size, seed: seed + k }, pool)),
      denseDraft: o.denseDraft ? generateDraft(dataset, { size: o.draftSizes[o.draftSizes.length - 1], seed: seed + 99, density: 1 }, pool) : undefined,
      queries: queryMix(dataset, o.queries, seed + 7),
      entityCount: dataset.entities.length,
    };
  })();
  const small = drafts[0];
  const smallDoc = TextDocument.create(URI, 'markdown', 1, small.text);

  // ---- start: read the data, build the index, answer a first hover ---------------------
  gc();
  const heapBefore = heapMb();
  const started = performance.now();
  const loaded = timeOnce(() => openCompiled(dataFile, path.dirname(dataFile)));
  const catalog = loaded.value;
  const built = timeOnce(() => buildIndex(catalog));
  const index = built.value;
  const service = serviceOver(index);
  const first = service.contextWith(smallDoc, defaultServerSettings);
  service.hover(first, smallDoc.positionAt(first.scan.hits[0]?.start ?? 0));
  const startToFirstAnswerMs = performance.now() - started;
  const startRssMb = peakRssMb();
  // Heap of the opened data alone, then of the index on top (each a second one, measured by itself).
  gc();
  const heapAll = heapMb();
  const dataHeapMb = (() => {
    gc();
    const before = heapMb();
    const again = openCompiled(dataFile, path.dirname(dataFile));
    gc();
    const mbs = heapMb() - before;
    void again.entities.size;
    return mbs;
  })();
  // Of the index alone: a second one over the same data, held while measured.
  const indexHeapMb = (() => {
    gc();
    const before = heapMb();
    const again = buildIndex(catalog);
    gc();
    const mbs = heapMb() - before;
    void again.forms.size;
    return mbs;
  })();
  void heapBefore;
  // The completion index is built on the first completion (index/build.ts): that one waits for it.
  const firstCompletionMs = timeOnce(() => index.completion.query('ASEAN', 50)).ms;
  gc();
  const completionHeapMb = heapMb() - heapAll;
  // What the server builds when a workspace has data files of its own: a store on top of the shipped data.
  const store = (() => {
    const made = timeOnce(() => new DataStore({ base: catalog }));
    gc();
    const heap = heapMb() - heapAll - completionHeapMb;
    void made.value;
    return { ms: made.ms, heapMb: heap };
  })();
  gc();
  const storeHeapMb = store.heapMb;
  // Separate timings of the two big parts (the full build above includes them).
  const formIndexMs = timeOnce(() => buildFormIndex(catalog.entities.columns().forms)).ms;
  const completionIndexMs = timeOnce(() => buildCompletionIndex(catalog.entities.columns().forms)).ms;
  gc();

  // ---- whole-document scans -----------------------------------------------------------
  const scans = drafts.map((d, k) => scanResult(d, index, Math.max(5, Math.round(o.reps.scan / (k + 1))), k === drafts.length - 1));
  const denseScan = denseDraft ? scanResult(denseDraft, index, Math.max(5, o.reps.scan >> 1), true) : undefined;

  // Each section starts with the garbage of the one before collected: it measures its own work.
  gc();
  // ---- hover and definition on the largest draft ----------------------------------------
  const large = drafts[drafts.length - 1];
  const doc = TextDocument.create(URI, 'markdown', 1, large.text);
  const ctx = service.contextWith(doc, defaultServerSettings);
  const { scan } = ctx;
  const rng = new Rng(seed + 5);
  const spots = Array.from({ length: 512 }, () => scan.hits[rng.int(scan.hits.length)]).filter(Boolean);
  const positions = spots.map((h) => doc.positionAt((h.start + h.end) >> 1));
  const personSpots = scan.hits.filter((h) => h.candidates.some((c) => index.byId.get(c.id)?.kind === 'person'));
  const personPositions = personSpots.slice(0, 256).map((h) => doc.positionAt(h.start));
  const hoverTime = timeEach(o.reps.hover, (i) => service.hover(ctx, positions[i % positions.length]));
  // By the kind of the best candidate: cards differ (a country's lists what it hosted).
  const hoverByKind: Record<string, Summary> = {};
  const kindOf = (h: (typeof spots)[0]) => index.byId.get(h.candidates[0].id)?.kind ?? 'unknown';
  for (const kind of new Set(spots.map(kindOf))) {
    const ps = spots.filter((h) => kindOf(h) === kind).map((h) => doc.positionAt((h.start + h.end) >> 1));
    hoverByKind[kind] = timeEach(Math.min(200, Math.max(ps.length * 2, 20)), (i) => service.hover(ctx, ps[i % ps.length]), 2);
  }
  const hoverPerson = personPositions.length ? timeEach(Math.max(20, o.reps.hover >> 3), (i) => service.hover(ctx, personPositions[i % personPositions.length])) : summarize([]);
  const definitionTime = timeEach(o.reps.definition, (i) => service.definition(ctx, positions[i % positions.length]));

  gc();
  // ---- completion: the index on the query mix, and the feature in a small and a large draft
  const completionIndex = timeEach(Math.max(o.reps.completion, queries.length), (i) => index.completion.query(queries[i % queries.length].typed, 50));
  const completionByKind: Record<string, Summary> = {};
  for (const kind of ['prefix', 'multi-word', 'typo', 'alias', 'acronym']) {
    const qs = queries.filter((q) => q.kind === kind);
    if (qs.length) completionByKind[kind] = timeEach(qs.length * 4, (i) => index.completion.query(qs[i % qs.length].typed, 50));
  }
  const recallOf = (qs: readonly Query[]) => share(qs, (q) => index.completion.query(q.typed, 50).slice(0, 10).some((c) => c.id === q.id));
  const byKind: Record<string, number> = {};
  for (const kind of Object.keys(completionByKind)) byKind[kind] = recallOf(queries.filter((q) => q.kind === kind));
  const completionFeatureSmall = typingFeature(small.text, queries, index, Math.min(200, o.reps.completion), completionAsked);
  const completionFeatureLarge = typingFeature(large.text, queries, index, Math.min(40, o.reps.completion), completionAsked);
  const inlineFeatureSmall = typingFeature(small.text, queries, index, Math.min(200, o.reps.completion), inlineAsked);
  const inlineFeatureLarge = typingFeature(large.text, queries, index, Math.min(40, o.reps.completion), inlineAsked);

  gc();
  // ---- one-character edits in the largest draft, re-scanned and re-diagnosed --------------
  const edit = editBench(large, index, o.reps.edit, seed);
  const ourPeak = peakRssMb();

  // ---- the naive ways ----------------------------------------------------------------------
  const dataset = loadCompiled(dataFile, path.dirname(dataFile));
  const fuse = timeOnce(() => fuseOverAll(dataset.entities));
  const fuseSample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / o.fuseQueries)) === 0).slice(0, o.fuseQueries);
  let fuseHits = 0;
  const fuseQuery = timeEach(fuseSample.length, (i) => {
    if (fuse.value.query(fuseSample[i].typed, 10).includes(fuseSample[i].id)) fuseHits++;
  }, 0);
  const forms = surfaceForms(dataset.entities);
  const naiveDraft = drafts[drafts.length - 1].text;
  const tried = forms.filter((_, i) => i % Math.max(1, Math.floor(forms.length / o.naiveScanForms)) === 0).slice(0, o.naiveScanForms);
  const naiveMs = timeOnce(() => naiveScan(naiveDraft, tried)).ms * (forms.length / Math.max(1, tried.length));
  const oursScanMs = scans[scans.length - 1].full.median;

  return {
    entities: entityCount,
    forms: index.forms.size,
    openDataMs: round(loaded.ms),
    indexBuildMs: round(built.ms),
    formIndexMs: round(formIndexMs),
    completionIndexMs: round(completionIndexMs),
    startToFirstAnswerMs: round(startToFirstAnswerMs),
    firstCompletionMs: round(firstCompletionMs),
    dataHeapMb: round(dataHeapMb, 1),
    indexHeapMb: round(indexHeapMb, 1),
    completionHeapMb: round(completionHeapMb, 1),
    dataStoreMs: round(store.ms),
    dataStoreHeapMb: round(storeHeapMb, 1),
    startRssMb: round(startRssMb, 1),
    peakRssMb: round(ourPeak, 1),
    scans,
    denseScan,
    hover: hoverTime,
    hoverPerson,
    hoverByKind,
    definition: definitionTime,
    completionIndex,
    completionByKind,
    completionFeatureSmall,
    completionFeatureLarge,
    inlineFeatureSmall,
    inlineFeatureLarge,
    recall: { ours: recallOf(queries), oursOnFuseSample: recallOf(fuseSample), fuse: fuseSample.length ? fuseHits / fuseSample.length : NaN, byKind, queries: queries.length, fuseQueries: fuseSample.length },
    edit,
    naive: {
      fuseBuildMs: round(fuse.ms),
      fuseQuery,
      completionRatio: completionIndex.median / fuseQuery.median,
      scanChars: naiveDraft.length,
      scanFormsTried: tried.length,
      scanFormsTotal: forms.length,
      scanMsExtrapolated: round(naiveMs, 1),
      oursScanMs,
      scanRatio: oursScanMs / naiveMs,
    },
  };
}

function heapMb(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
}

const share = <T>(items: readonly T[], ok: (t: T) => boolean): number => (items.length ? items.filter(ok).length / items.length : NaN);

function scanResult(d: Draft, index: EntityIndex, reps: number, breakdown: boolean): ScanResult {
  // The recogniser's memo kept across scans, as the server's scan cache keeps it.
  const memo = recognizerMemo();
  const full = timeEach(reps, () => scanText(d.text, index, 0, memo), 2);
  const scan = scanText(d.text, index, 0, memo);
  const out: ScanResult = { chars: d.text.length, hits: scan.hits.length, recognitionRecall: round(plantedRecall(d, scan)), full };
  if (breakdown) {
    const prose = maskNonProse(d.text);
    out.mask = timeEach(reps, () => maskNonProse(d.text), 2);
    out.recognize = timeEach(reps, () => recognize(prose, index, 0, prose.length, memo), 2);
  }
  return out;
}

/** Of the mentions the generator planted, how many the scan found, naming the intended entity. */
export function plantedRecall(d: Draft, scan: DocumentScan): number {
  let found = 0;
  let j = 0;
  const hits = scan.hits;
  for (const p of d.planted) {
    while (j < hits.length && hits[j].end <= p.start) j++;
    for (let k = j; k < hits.length && hits[k].start < p.end; k++) {
      if (hits[k].candidates.some((c) => c.id === p.id)) {
        found++;
        break;
      }
    }
  }
  return d.planted.length ? found / d.planted.length : NaN;
}

type TypingFeature = (service: LanguageService, ctx: RequestContext, position: Position) => unknown;

const serviceOver = (index: EntityIndex): LanguageService => createLanguageService({ index: () => index, settings: () => defaultServerSettings });

/** A feature as the server calls it while the writer types: the query has just been typed at the end of a paragraph. */
function typingFeature(base: string, queries: readonly Query[], index: EntityIndex, reps: number, ask: TypingFeature): Summary {
  const cut = base.lastIndexOf('\n\n', base.length >> 1);
  const before = base.slice(0, cut + 2) + 'Dalam ';
  const after = '\n\n' + base.slice(cut + 2);
  const docs = queries.slice(0, Math.min(queries.length, reps)).map((q, i) => {
    const doc = TextDocument.create(URI, 'markdown', i + 1, before + q.typed + after);
    // The server's context holds the scan of this version, and the masked prose with it (service/scans.ts).
    const service = serviceOver(index);
    return { service, ctx: service.contextWith(doc, defaultServerSettings), position: doc.positionAt(before.length + q.typed.length) };
  });
  return timeEach(docs.length, (i) => ask(docs[i].service, docs[i].ctx, docs[i].position), Math.min(5, docs.length));
}

const CONTINUED = { triggerKind: CompletionTriggerKind.TriggerForIncompleteCompletions };
/** The Ctrl+Space list, as typing on refines it. */
const completionAsked: TypingFeature = (service, ctx, position) => service.completion(withDraftLanguage(ctx, 'id'), position, CONTINUED);
/** The as-you-type offer VS Code asks for on every keystroke. */
const inlineAsked: TypingFeature = (service, ctx, position) => service.inlineCompletion(ctx, position);

/** The queries are Indonesian: the list is timed with Indonesian labels whatever the generated prose reads as. */
const withDraftLanguage = (ctx: RequestContext, lang: 'id' | 'en'): RequestContext => requestContext({ ...ctx, scan: { ...ctx.scan, lang } });

/**
 * One-character edits (a letter typed inside a word of a middle paragraph, then deleted
 * again), each followed by what the server does before answering: apply the change,
 * re-scan, re-diagnose. "incremental" is the server's way, through the language service: its
 * scan cache re-scans the edited paragraph and the diagnostics re-read only that paragraph
 * (each keeps what it read of the last version); "full" re-scans the whole draft instead.
 */
function editBench(d: Draft, index: EntityIndex, reps: number, seed: number): InProcessResult['edit'] {
  const rng = new Rng(seed + 13);
  const service = serviceOver(index);
  let doc = TextDocument.create(URI, 'markdown', 1, d.text);
  const memo = recognizerMemo();
  // The draft as the server has it once opened: scanned and diagnosed.
  service.diagnostics(service.contextWith(doc, defaultServerSettings));
  const apply: number[] = [];
  const rescanMs: number[] = [];
  const rescanFullMs: number[] = [];
  const diagnose: number[] = [];
  const totalFull: number[] = [];
  const totalIncremental: number[] = [];
  let local = 0;
  let previous: ScanState = scanState(d.text, index, 1, memo);
  const spots: number[] = [];
  for (let k = 0; spots.length < Math.max(1, reps); k++) {
    const at = Math.floor((0.1 + 0.8 * rng.next()) * d.text.length);
    const word = /[a-z]{4,}/.exec(d.text.slice(at, at + 40));
    if (word) spots.push(at + word.index + 2);
    if (k > reps * 50) break;
  }
  for (let i = 0; i < spots.length * 2; i++) {
    const typing = i % 2 === 0;
    const at = spots[i >> 1];
    const change = typing ? { range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'e' } : { range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '' };
    let t = performance.now();
    doc = TextDocument.update(doc, [change], doc.version + 1);
    const text = doc.getText();
    const tApply = performance.now() - t;
    t = performance.now();
    const ctx = service.contextWith(doc, defaultServerSettings);
    const tRescan = performance.now() - t;
    t = performance.now();
    service.diagnostics(ctx);
    const tDiag = performance.now() - t;
    // Whether the service's rescan stayed local, as rescan() decides it from the last version.
    previous = rescan(previous, text, index, doc.version, memo);
    if (previous.how === 'incremental') local++;
    t = performance.now();
    scanText(text, index, doc.version, memo);
    const tFull = performance.now() - t;
    apply.push(tApply);
    rescanMs.push(tRescan);
    rescanFullMs.push(tFull);
    diagnose.push(tDiag);
    totalIncremental.push(tApply + tRescan + tDiag);
    totalFull.push(tApply + tFull + tDiag);
  }
  return {
    chars: d.text.length,
    full: summarize(totalFull),
    incremental: summarize(totalIncremental),
    applyChange: summarize(apply),
    rescan: summarize(rescanMs),
    rescanFull: summarize(rescanFullMs),
    diagnose: summarize(diagnose),
    localShare: round(local / Math.max(1, spots.length * 2)),
  };
}
