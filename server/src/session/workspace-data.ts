/**
 * The team's own data files (each workspace folder's `.asean-ref/`, or the configured dataPaths),
 * kept in a DataStore on top of the shipped data. The store keeps each file's last good version in
 * service; this class only finds the files, reads them, and feeds changes in.
 */
import { lstatSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { extendCatalog, type Catalog } from '../data/catalog';
import type { Problem } from '../data/dataset';
import { dataFileKind, fileProblem, listDataFilesChecked, readDataFile } from '../data/files';
import { DataStore } from '../data/store';

export type FileChange = { file: string; deleted: boolean };

export class WorkspaceData {
  /** Made on the first team file: most workspaces have none, and a store over the shipped data costs time and memory. */
  private store?: DataStore;
  private roots: string[] = [];
  /** The text of every file the store has, to skip events that change nothing (the same save seen by two watchers). */
  private readonly texts = new Map<string, string>();
  /** Files that could not be read (their last good version, if any, keeps serving) and what the walks left out. */
  private unreadable = new Map<string, Problem>();
  private walkProblems: Problem[] = [];

  constructor(
    private readonly base: Catalog,
    private readonly log: (message: string) => void,
  ) {}

  /** The shipped data with the team's files in service on top. */
  catalog(): Catalog {
    return this.store ? extendCatalog(this.base, this.store.dataset()) : this.base;
  }

  problems(): Problem[] {
    return [...this.walkProblems, ...this.unreadable.values(), ...(this.store ? this.store.problems() : [])];
  }

  /** Is this file a data file of one of the data folders? */
  owns(file: string): boolean {
    return this.roots.some((root) => dataFileKind(root, file) !== undefined);
  }

  /** Is this path a data folder, inside one, or above one? */
  private touchesRoot(file: string): boolean {
    return this.roots.some((root) => isInside(root, file) || isInside(file, root));
  }

  /**
   * Uses these data folders from now on and re-reads everything in them.
   * True when what the store holds changed.
   */
  async setRoots(roots: readonly string[]): Promise<boolean> {
    this.roots = [...new Set(roots.map((r) => path.resolve(r)))];
    return this.resync();
  }

  /** Files changed on disk (workspace/didChangeWatchedFiles). True when what the store holds changed. */
  async apply(changes: readonly FileChange[]): Promise<boolean> {
    // A folder created, deleted or renamed (or a data folder itself) is simplest to handle by re-reading everything.
    if (changes.some((c) => !this.owns(c.file) && this.touchesRoot(c.file) && !looksLikeOtherFile(c.file))) return this.resync();
    const updates: { file: string; text: string }[] = [];
    const removed: string[] = [];
    for (const change of dedupe(changes)) {
      if (!this.owns(change.file)) continue;
      // What the last walk said of this file is stale now; reading it again says what holds.
      this.walkProblems = this.walkProblems.filter((p) => p.file !== change.file);
      const text = change.deleted ? undefined : this.read(change.file);
      if (text === null) continue;
      if (text === undefined) {
        this.unreadable.delete(change.file);
        if (this.texts.has(change.file)) removed.push(change.file);
      } else if (this.texts.get(change.file) !== text) {
        updates.push({ file: change.file, text });
      }
    }
    return this.commit(updates, removed);
  }

  private async resync(): Promise<boolean> {
    const found = new Map<string, string>();
    const kept = new Set<string>();
    this.unreadable = new Map();
    this.walkProblems = [];
    for (const root of this.roots) {
      if (!(await isDirectory(root))) continue;
      let files: string[];
      try {
        const listing = listDataFilesChecked(root);
        files = listing.files;
        this.walkProblems.push(...listing.problems);
      } catch (e) {
        this.log(`could not list the data folder ${root}: ${(e as Error).message}`);
        continue;
      }
      for (const file of files) {
        if (found.has(file)) continue;
        const text = this.read(file);
        if (typeof text === 'string') found.set(file, text);
        else if (text === null) kept.add(file);
      }
    }
    const updates = [...found].filter(([file, text]) => this.texts.get(file) !== text).map(([file, text]) => ({ file, text }));
    // A served file the walk now skips (replaced by a pipe or an outward link) is still there: its last good version stays.
    const removed = [...this.texts.keys()].filter((file) => !found.has(file) && !kept.has(file) && !(this.owns(file) && existsAsEntry(file)));
    return this.commit(updates, removed);
  }

  /**
   * A data file's text; undefined when it is gone; null when it is there but cannot be read
   * (too large, not UTF-8, a pipe, a link out of the folder): the problem is kept and its last
   * good version, if any, keeps serving.
   */
  private read(file: string): string | undefined | null {
    const root = this.roots.find((r) => dataFileKind(r, file) !== undefined) ?? path.dirname(file);
    const read = readDataFile(root, file);
    if ('text' in read) {
      this.unreadable.delete(file);
      return read.text;
    }
    if (read.missing) return undefined;
    this.unreadable.set(file, fileProblem(file, read.error, 'error'));
    return null;
  }

  private commit(updates: { file: string; text: string }[], removed: string[]): boolean {
    for (const file of removed) {
      this.texts.delete(file);
      this.store?.remove(file);
    }
    if (updates.length > 0) {
      for (const { file, text } of updates) this.texts.set(file, text);
      (this.store ??= new DataStore({ base: this.base })).updateMany(updates);
    }
    return updates.length > 0 || removed.length > 0;
  }
}

function dedupe(changes: readonly FileChange[]): FileChange[] {
  const last = new Map<string, FileChange>();
  for (const c of changes) last.set(c.file, c);
  return [...last.values()];
}

/** Within `dir` (or `dir` itself). */
function isInside(dir: string, file: string): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A file that is not data (a README.md at the top of a data folder, a schema): nothing to reload for it. */
function looksLikeOtherFile(file: string): boolean {
  return /\.[A-Za-z0-9]+$/.test(path.basename(file));
}


function existsAsEntry(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
