/**
 * `npm run bench`: builds, then runs dist/bench.js (this file bundled).
 *
 *   node dist/bench.js             the whole bench; writes bench/results.json and bench/results.md
 *   node dist/bench.js --quick     small sizes, results to bench/out/ (a quick look while working)
 *
 * Every entity count is measured in a child process of its own (`--child`), started
 * with --expose-gc so index sizes are heap deltas after a full collection and peak
 * RSS belongs to that size alone. Then the real server is spawned over stdio on
 * generated data of each size, and the CLI checks 1,000 drafts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCompiled, openCompiled } from '../server/src/compiled/compiled';
import { buildIndex } from '../server/src/index/build';
import { runCliBench } from './cli-bench';
import { writeCompiled } from './data-files';
import { generateDraft, mentionables } from './drafts';
import { generateDataset } from './generate';
import { runInProcess, type InProcessOptions, type InProcessResult } from './inproc';
import { measureOffers } from './offers';
import { queryMix } from './queries';
import { evaluateTargets, machine, renderMarkdown, type BenchResults, type ScaleResult } from './report';
import { runStdio, type StdioResult } from './stdio';

export interface BenchOptions {
  /** The package root (where dist/ and data/ are). */
  root: string;
  /** Where results.json and results.md go. */
  outDir: string;
  /** Scratch (generated data, drafts). */
  scratch: string;
  multipliers: number[];
  draftSizes: number[];
  /** In-process options by entity count. */
  inproc: (entities: number) => Omit<InProcessOptions, 'entities' | 'draftSizes' | 'dataDir'>;
  stdio: boolean;
  stdioReps: { hover: number; definition: number; completion: number; edit: number };
  cliFiles: number;
  /** Run each size in a child process (true for real numbers; false keeps a test in one process). */
  children: boolean;
  log: (line: string) => void;
}

const RESULT_MARK = '@@bench-result@@';
/**
 * The largest generated data set: 1000× the 109 entities the targets were set for. The curated data
 * grows (189 entities with the cited basics); the targets speak of about 100,000 entities, so the top
 * scale stays there and its results stay comparable from run to run.
 */
const MAX_GENERATED = 109_000;

export function fullOptions(root: string): BenchOptions {
  return {
    root,
    outDir: path.join(root, 'bench'),
    scratch: path.join(root, 'bench', 'out'),
    multipliers: [1, 100, 1000],
    draftSizes: [10_000, 100_000, 1_000_000],
    inproc: (n) => ({
      reps: { scan: 30, hover: 5000, definition: 2000, completion: 1000, edit: 60 },
      queries: 500,
      // fuse.js over all entries costs ~1 s a query at 100,000: sample fewer there.
      fuseQueries: n >= 50_000 ? 30 : n >= 5_000 ? 100 : 250,
      naiveScanForms: n >= 5_000 ? 1_500 : 100_000,
      denseDraft: true,
    }),
    stdio: true,
    stdioReps: { hover: 300, definition: 200, completion: 60, edit: 12 },
    cliFiles: 1000,
    children: true,
    log: (line) => console.log(line),
  };
}

/** The shipped entity count: dist/data.jsonl as built, else the curated files, else 100. */
export function shippedEntityCount(root: string): number {
  try {
    const n = openCompiled(path.join(root, 'dist', 'data.jsonl'), root).entities.size;
    if (n > 0) return n;
  } catch {
    // not built
  }
  return 100;
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const m = machine();
  const shipped = shippedEntityCount(o.root);
  mkdirSync(o.scratch, { recursive: true });
  o.log(`bench on ${m.cpu}, ${m.cores} cores, Node ${m.node}; shipped entities: ${shipped}`);
  const scales: ScaleResult[] = [];
  for (const multiplier of o.multipliers) {
    const entities = Math.max(20, Math.min(shipped * multiplier, MAX_GENERATED));
    o.log(`in-process, ${entities} entities…`);
    const options: InProcessOptions = { entities, draftSizes: o.draftSizes, dataDir: path.join(o.scratch, `inproc-${entities}`), ...o.inproc(entities) };
    try {
      const inproc = o.children ? await inChild(options) : runInProcess(options);
      scales.push({ multiplier, entities, inproc });
      o.log(`  scan 1 MB ${inproc.scans[inproc.scans.length - 1].full.median.toFixed(1)} ms, hover ${inproc.hover.median.toFixed(3)} ms, completion ${inproc.completionIndex.median.toFixed(3)} ms, edit ${inproc.edit.incremental.median.toFixed(1)} ms`);
    } catch (e) {
      scales.push({ multiplier, entities, error: String((e as Error)?.message ?? e) });
      o.log(`  failed: ${(e as Error)?.message ?? e}`);
    }
  }

  const serverJs = path.join(o.root, 'dist', 'server.js');
  let serverForGeneratedData = 'not run';
  let shippedRun: BenchResults['shipped'];
  if (o.stdio && existsSync(serverJs)) {
    const server = serverFor(serverJs);
    serverForGeneratedData = server.how;
    for (const s of scales) {
      o.log(`stdio, ${s.entities} entities…`);
      try {
        s.stdio = await stdioRun(o, server.script, s.entities, server.env);
        o.log(`  start ${s.stdio.startToFirstAnswerMs.toFixed(0)} ms, hover ${s.stdio.hover.median.toFixed(2)} ms, RSS ${s.stdio.peakRssMb} MB`);
      } catch (e) {
        s.error = `${s.error ? `${s.error}; ` : ''}stdio: ${(e as Error)?.message ?? e}`;
      }
    }
    // The shipped data, exactly as the extension starts it.
    try {
      o.log('stdio, shipped data…');
      const dataset = shippedDataset(o.root);
      if (dataset) shippedRun = { stdio: await stdioWith(o, serverJs, process.env, dataset, 'shipped') };
      else shippedRun = { error: 'dist/data.jsonl has no entities yet' };
    } catch (e) {
      shippedRun = { error: String((e as Error)?.message ?? e) };
    }
  }

  let cli: BenchResults['cli'];
  const cliJs = path.join(o.root, 'dist', 'cli.js');
  if (o.cliFiles > 0) {
    o.log(`CLI check over ${o.cliFiles} drafts…`);
    const data = shippedDataset(o.root) ?? generateDataset(shipped).dataset;
    cli = runCliBench(cliJs, data, path.join(o.scratch, 'cli-drafts'), o.cliFiles, 10_000);
  }

  const shippedData = shippedDataset(o.root);
  const offers = shippedData ? measureOffers(o.root, shippedData, buildIndex(shippedData)) : undefined;
  const partial = { machine: m, shippedEntities: shipped, serverForGeneratedData, scales, shipped: shippedRun, cli, offers, durationMs: 0 };
  const results: BenchResults = { ...partial, targets: [], durationMs: performance.now() - started };
  results.machine.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
  results.targets = evaluateTargets(results);
  mkdirSync(o.outDir, { recursive: true });
  writeFileSync(path.join(o.outDir, 'results.json'), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(path.join(o.outDir, 'results.md'), renderMarkdown(results));
  o.log(`wrote ${path.join(o.outDir, 'results.md')} (${(results.durationMs / 1000).toFixed(0)} s)`);
  return results;
}

function shippedDataset(root: string) {
  try {
    const d = loadCompiled(path.join(root, 'dist', 'data.jsonl'), root);
    return d.entities.length ? d : undefined;
  } catch {
    return undefined;
  }
}

/** Runs runInProcess in a fresh `node --expose-gc` child and reads its JSON back. */
function inChild(options: InProcessOptions): Promise<InProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=4096', __filename, '--child', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (line) resolve(JSON.parse(line.slice(RESULT_MARK.length)));
      else reject(new Error(`child exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

/** The server to point at generated data: dist/server.js, which serves the compiled data file ASEAN_REF_DATA names. */
function serverFor(serverJs: string): { script: string; env: (dataFile: string) => NodeJS.ProcessEnv; how: string } {
  const env = (dataFile: string) => ({ ...process.env, ASEAN_REF_DATA: dataFile });
  return { script: serverJs, env, how: '`node dist/server.js --stdio` with ASEAN_REF_DATA pointing at the generated data' };
}

async function stdioRun(o: BenchOptions, script: string, entities: number, env: (dataFile: string) => NodeJS.ProcessEnv): Promise<StdioResult> {
  const generated = generateDataset(entities, 42);
  const dir = path.join(o.scratch, `data-${entities}`);
  const dataFile = writeCompiled(dir, generated);
  return stdioWith(o, script, env(dataFile), generated.dataset, String(entities));
}

async function stdioWith(o: BenchOptions, script: string, env: NodeJS.ProcessEnv, dataset: Parameters<typeof mentionables>[0], _label: string): Promise<StdioResult> {
  const pool = mentionables(dataset);
  const small = generateDraft(dataset, { size: o.draftSizes[0], seed: 3 }, pool);
  const large = generateDraft(dataset, { size: o.draftSizes[o.draftSizes.length - 1], seed: 4 }, pool);
  return runStdio({ script, env, small, large, queries: queryMix(dataset, 200, 9), reps: o.stdioReps });
}

// ---- command line ------------------------------------------------------------------

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') {
    const result = runInProcess(JSON.parse(argv[1]) as InProcessOptions);
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
    return;
  }
  const root = path.resolve(__dirname, '..');
  const options = fullOptions(root);
  if (argv.includes('--quick')) {
    Object.assign(options, {
      outDir: path.join(root, 'bench', 'out'),
      multipliers: [1, 10],
      draftSizes: [10_000, 50_000, 200_000],
      inproc: () => ({ reps: { scan: 5, hover: 300, definition: 100, completion: 100, edit: 6 }, queries: 60, fuseQueries: 15, naiveScanForms: 500 }),
      stdioReps: { hover: 30, definition: 20, completion: 10, edit: 2 },
      cliFiles: 50,
    });
  }
  await runBench(options);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
