/**
 * Workspace data files as the server sees them while a team edits them.
 *
 * Each file has its latest version and its last good version. A new version
 * goes into service only when it has no errors of its own and introduces
 * none across files (a duplicate id, a clashing form, a quote its source
 * lacks); otherwise the last good version keeps serving and the problems
 * are reported. Files that were waiting are retried whenever anything
 * changes, so fixing a source can bring in the entity file that quoted it.
 */
import type { Catalog } from './catalog';
import { emptyDataset, type Dataset, type Problem } from './dataset';
import { assemble, type DataStats } from './assemble';
import { addBaseKnown, prepareBase, registerBase, type BaseData } from './base';
import { addKnown, emptyKnown, registerUnit, type Known } from './claims';
import { checkUnit, quotesLost } from './cross-checks';
import { byPosition, isError, problemAt } from './problem';
import { Registry } from './registry';
import { createValidators, type Validators } from './schema';
import { hasErrors, parseUnit, type EntityUnit, type Unit } from './units';

export interface DataStoreOptions {
  /** Data the files may refer to and must not contradict (the shipped data); served along with them. */
  base?: Catalog;
}

interface Snapshot {
  problems: Problem[];
  dataset: Dataset;
  stats: DataStats;
}

export class DataStore {
  private readonly validators: Validators;
  private readonly base?: BaseData;
  /** The base's claims, registered once; every check forks it. */
  private readonly baseRegistry: Registry;
  private readonly latest = new Map<string, Unit>();
  private readonly good = new Map<string, Unit>();
  /** Failures of the store itself (a bug), reported instead of thrown. */
  private readonly internal = new Map<string, Problem>();
  private snapshot?: Snapshot;

  constructor(options: DataStoreOptions = {}) {
    this.validators = createValidators();
    this.base = options.base ? prepareBase(options.base) : undefined;
    this.baseRegistry = new Registry();
    if (this.base) registerBase(this.baseRegistry, this.base);
  }

  /** A data file's new text: `*.md` is a source, anything else an entity file (filter with dataFileKind first). */
  update(file: string, text: string): void {
    this.updateMany([{ file, text }]);
  }

  /** Several files at once, e.g. a whole data dir: parsed first, then settled together. */
  updateMany(files: readonly { file: string; text: string }[]): void {
    for (const { file, text } of files) {
      if (this.latest.get(file)?.text === text) continue; // an editor re-sending the same text changes nothing
      this.guard(file, () => this.latest.set(file, parseUnit(file, text, this.validators)));
    }
    this.guard('', () => this.settle());
  }

  remove(file: string): void {
    this.latest.delete(file);
    this.good.delete(file);
    this.internal.delete(file);
    this.guard('', () => this.settle());
  }

  /** Problems of every file's latest version, in file and position order. */
  problems(): Problem[] {
    return this.current().problems;
  }

  /** The good version of every file (not the base: stack it on with extendCatalog). */
  dataset(): Dataset {
    return this.current().dataset;
  }

  /** Counts of what the files (not the base) contribute to the dataset. */
  stats(): DataStats {
    return this.current().stats;
  }

  /** Is this file's latest version the one in service? */
  isServed(file: string): boolean {
    return this.latest.has(file) && this.latest.get(file) === this.good.get(file);
  }

  private guard(file: string, run: () => unknown): void {
    this.snapshot = undefined;
    try {
      this.internal.delete(file);
      run();
    } catch (e) {
      const zero = { line: 0, character: 0 };
      this.internal.set(file, problemAt(file, { start: zero, end: zero }, 'internal', `internal error while loading this file: ${(e as Error).message}`));
    }
  }

  private sortedFiles(map: Map<string, Unit>): string[] {
    return [...map.keys()].sort();
  }

  private pending(): string[] {
    return this.sortedFiles(this.latest).filter((f) => this.latest.get(f) !== this.good.get(f));
  }

  /** Accepts every waiting version that has become acceptable, until none does. */
  private settle(): void {
    const known = this.known();
    for (let progressed = true; progressed; ) {
      progressed = false;
      const pending = this.pending();
      const withOldVersion = pending.filter((f) => this.good.has(f));
      // One registry for the pass; a file is checked in a fork of it, so a rejected file leaves no claims.
      const settled = this.registryOf((f) => !pending.includes(f));
      for (const file of pending) {
        const candidate = this.latest.get(file)!;
        if (hasErrors(candidate) || this.dropsQuotes(file, candidate).length > 0) continue;
        // Other waiting files' old versions still serve and count; this file's own old version must not.
        const registry = withOldVersion.some((f) => f !== file) ? this.registryOf((f) => f !== file) : settled.fork();
        if (checkUnit(candidate, { registry, known }).some(isError)) continue;
        this.good.set(file, candidate);
        registerUnit(settled, candidate);
        progressed = true;
      }
    }
  }

  /** A new version of a source in service that drops a passage the entities in service quote. */
  private dropsQuotes(file: string, unit: Unit): Problem[] {
    if (unit.kind !== 'source' || !this.good.has(file)) return [];
    return quotesLost(unit, [...this.good.values()].filter((u): u is EntityUnit => u.kind === 'entities'));
  }

  /** Claims of the base and of the files in service that pass the filter. */
  private registryOf(include: (file: string) => boolean): Registry {
    const registry = this.baseRegistry.fork();
    for (const file of this.sortedFiles(this.good)) if (include(file)) registerUnit(registry, this.good.get(file)!);
    return registry;
  }

  private known(): Known {
    const known = emptyKnown();
    for (const unit of [...this.good.values(), ...this.latest.values()]) addKnown(known, unit);
    if (this.base) addBaseKnown(known, this.base);
    return known;
  }

  private current(): Snapshot {
    if (!this.snapshot) {
      try {
        this.snapshot = this.compute();
      } catch (e) {
        const zero = { line: 0, character: 0 };
        const problem = problemAt('', { start: zero, end: zero }, 'internal', `internal error while checking data: ${(e as Error).message}`);
        this.snapshot = { problems: [problem], dataset: emptyDataset(), stats: { entities: 0, sources: 0, quotes: 0, citations: 0 } };
      }
    }
    return this.snapshot;
  }

  private compute(): Snapshot {
    const known = this.known();
    const problems: Problem[] = [...this.internal.values()];
    // Files in service are checked in order against each other: warnings, and errors that other files' changes caused.
    const served = this.baseRegistry.fork();
    for (const file of this.sortedFiles(this.good)) {
      const unit = this.good.get(file)!;
      const found = [...unit.problems, ...checkUnit(unit, { registry: served, known })];
      if (this.latest.get(file) === unit) problems.push(...found);
    }
    for (const file of this.pending()) {
      const unit = this.latest.get(file)!;
      problems.push(...unit.problems, ...checkUnit(unit, { registry: this.registryOf((f) => f !== file), known }), ...this.dropsQuotes(file, unit));
    }
    const { dataset, stats } = assemble(this.sortedFiles(this.good).map((f) => this.good.get(f)!), this.base);
    return { problems: problems.sort(byPosition), dataset, stats };
  }
}
