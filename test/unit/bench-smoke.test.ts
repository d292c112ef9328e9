/**
 * The bench at toy sizes, so `npm run bench` cannot rot between runs: the same
 * functions, no thresholds. The real numbers are in bench/results.md.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDraft } from '../../bench/drafts';
import { generateDataset } from '../../bench/generate';
import { fullOptions, runBench } from '../../bench/main';
import { queryMix } from '../../bench/queries';
import { createValidators } from '../../server/src/data/schema';

describe('the benchmark, at toy sizes', () => {
  it('generates valid, deterministic entities with series, numbered meetings, acronyms and aliases', () => {
    const { dataset } = generateDataset(400, 5);
    assert.equal(dataset.entities.length, 400);
    assert.deepEqual(createValidators().entityFile({ entities: dataset.entities }), []);
    for (const s of dataset.sources) assert.deepEqual(createValidators().sourceMeta(s.meta), []);
    assert.equal(new Set(dataset.entities.map((e) => e.id)).size, 400);
    const kinds = new Set(dataset.entities.map((e) => e.kind));
    for (const k of ['meeting-series', 'meeting', 'person', 'organization', 'document']) assert.ok(kinds.has(k as never), k);
    assert.ok(dataset.entities.some((e) => e.kind === 'meeting' && e.ordinal && e.series));
    assert.ok(dataset.entities.some((e) => e.acronyms?.length) && dataset.entities.some((e) => e.aliases?.length));
    assert.deepEqual(generateDataset(400, 5).dataset.entities.map((e) => e.id), dataset.entities.map((e) => e.id));
  });

  it('writes drafts that mention the entities, ordinal phrases included, and a query mix about them', () => {
    const { dataset } = generateDataset(300, 5);
    const draft = generateDraft(dataset, { size: 20_000 });
    assert.ok(draft.text.length >= 20_000);
    assert.ok(draft.planted.length > 100);
    assert.ok(draft.planted.some((p) => / ke-\d+/.test(draft.text.slice(p.start, p.end))));
    const queries = queryMix(dataset, 50);
    assert.equal(queries.length, 50);
    assert.deepEqual(new Set(queries.map((q) => q.kind)), new Set(['prefix', 'multi-word', 'typo', 'alias', 'acronym']));
  });

  it('measures everything in-process and writes its tables', async function () {
    this.timeout(60_000);
    const out = mkdtempSync(path.join(os.tmpdir(), 'asean-ref-bench-'));
    try {
      const options = fullOptions(path.resolve(__dirname, '../..'));
      Object.assign(options, {
        outDir: out,
        scratch: out,
        multipliers: [1],
        draftSizes: [3_000, 20_000],
        inproc: () => ({ reps: { scan: 3, hover: 50, definition: 20, completion: 20, edit: 4 }, queries: 20, fuseQueries: 5, naiveScanForms: 50, denseDraft: true }),
        stdio: false,
        cliFiles: 0,
        children: false,
        log: () => undefined,
      });
      const results = await runBench(options);
      const p = results.scales[0].inproc!;
      assert.ok(p, results.scales[0].error);
      assert.ok(p.scans.every((s) => s.full.n > 0 && Number.isFinite(s.full.median) && s.hits > 0));
      assert.ok(p.scans[1].recognitionRecall > 0.8, `recognised ${p.scans[1].recognitionRecall}`);
      assert.ok(Number.isFinite(p.hover.median) && Number.isFinite(p.completionIndex.median) && Number.isFinite(p.edit.incremental.median));
      assert.ok(p.recall.ours >= 0 && p.recall.ours <= 1 && p.recall.fuse >= 0 && p.recall.fuse <= 1);
      assert.ok(p.edit.localShare > 0, 'some edits were re-scanned locally');
      assert.ok(results.targets.length > 5);
      assert.match(readFileSync(path.join(out, 'results.md'), 'utf8'), /\| hover \|/);
      assert.equal(JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')).scales.length, 1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
