/**
 * Which files of a data dir are data (entity files: every .json not under schema/; sources: .md
 * under sources/), found by a bounded walk, and read safely. A data folder comes from whatever
 * repository the writer opened, so the walk never follows links to folders (a link loop or a link
 * to /usr would never end), stops at a file-count and size budget, reads regular files only (a
 * named pipe never delivers an end, /dev/zero never stops), and never reads a file whose real
 * path lies outside the data folder.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Problem } from './dataset';

export type DataFileKind = 'entities' | 'source';

export interface WalkLimits {
  /** Data files listed at most; the rest of the folder is left out with a message. */
  maxFiles: number;
  /** Directory entries looked at in all (data or not): a folder of a million files stops here. */
  maxEntries: number;
  /** Folder depth below the data folder. */
  maxDepth: number;
  /** One file's size; a larger one is reported, not read. */
  maxFileBytes: number;
  /** All data files' sizes together; files past it are left out with a message. */
  maxTotalBytes: number;
}

export const DATA_LIMITS: WalkLimits = { maxFiles: 5000, maxEntries: 50_000, maxDepth: 16, maxFileBytes: 20 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };

export interface Listing {
  /** Absolute paths of the data files, sorted. */
  files: string[];
  /** Why something was left out: a link out of the folder, a pipe, a budget reached. */
  problems: Problem[];
}

/** The data files of a data dir (see listDataFilesChecked); the problems are dropped. */
export function listDataFiles(dir: string, limits: WalkLimits = DATA_LIMITS): string[] {
  return listDataFilesChecked(dir, limits).files;
}

/**
 * Walks the data dir breadth-first without following links to folders. A link to a file counts
 * only when its real path is inside the data folder's real path.
 */
export function listDataFilesChecked(dir: string, limits: WalkLimits = DATA_LIMITS): Listing {
  const root = path.resolve(dir);
  const realRoot = realpathSync(root);
  const files: string[] = [];
  const problems: Problem[] = [];
  let entries = 0;
  let bytes = 0;
  const queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  for (let q = 0; q < queue.length; q++) {
    const { dir: folder, depth } = queue[q];
    let list: Dirent[];
    try {
      list = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      problems.push(fileProblem(folder, `could not list this folder: ${describeError(e)}`, 'warning'));
      continue;
    }
    for (const entry of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (++entries > limits.maxEntries) {
        problems.push(fileProblem(root, `the data folder has more than ${limits.maxEntries} entries; only the first ${limits.maxEntries} were looked at`, 'error'));
        return { files: files.sort(), problems };
      }
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (dataFolderPart(root, full) === undefined) continue;
        if (depth + 1 > limits.maxDepth) problems.push(fileProblem(full, `folders nested deeper than ${limits.maxDepth} levels are not read`, 'warning'));
        else queue.push({ dir: full, depth: depth + 1 });
        continue;
      }
      if (dataFileKind(root, full) === undefined) continue;
      const why = whyNotReadable(entry, full, realRoot);
      if (why) {
        problems.push(fileProblem(full, why, 'warning'));
        continue;
      }
      if (files.length >= limits.maxFiles) {
        problems.push(fileProblem(root, `the data folder has more than ${limits.maxFiles} data files; only the first ${limits.maxFiles} were read`, 'error'));
        return { files: files.sort(), problems };
      }
      bytes += sizeOf(full, limits.maxFileBytes);
      if (bytes > limits.maxTotalBytes) {
        problems.push(fileProblem(root, `the data files together are larger than ${megabytes(limits.maxTotalBytes)}; the rest were not read`, 'error'));
        return { files: files.sort(), problems };
      }
      files.push(full);
    }
  }
  return { files: files.sort(), problems };
}

/** Why a listed name is not read as data, or undefined when it is a regular file inside the folder. */
function whyNotReadable(entry: Dirent, full: string, realRoot: string): string | undefined {
  if (entry.isFile()) return undefined;
  if (!entry.isSymbolicLink()) return 'is not a regular file (a pipe, socket or device); not read';
  let real: string;
  try {
    real = realpathSync(full);
    if (!statSync(real).isFile()) return 'is a link to something that is not a regular file; not read';
  } catch {
    return 'is a broken link; not read';
  }
  return isInside(realRoot, real) ? undefined : 'is a link to a file outside the data folder; not read';
}

/** A file's size toward the budget: one too large to read counts nothing (it is reported when read). */
function sizeOf(file: string, maxFileBytes: number): number {
  try {
    const size = statSync(file).size;
    return size > maxFileBytes ? 0 : size;
  } catch {
    return 0;
  }
}

/** A folder's path relative to the data dir when it may hold data (not hidden, not schema/, not node_modules). */
function dataFolderPart(root: string, folder: string): string | undefined {
  const rel = path.relative(root, folder);
  const parts = rel.split(path.sep);
  if (parts[0] === 'schema' || parts.some((p) => p === 'node_modules' || p.startsWith('.'))) return undefined;
  return rel;
}

/** A data path ("", ".", "./") that names the project folder itself, whose every .json (package.json…) would be read as entities. */
export const namesProjectItself = (dataPath: string): boolean => path.relative('.', dataPath.trim() || '.') === '';

/** What a file is to the data dir `dir`, or undefined when it is not a data file of it. */
export function dataFileKind(dir: string, file: string): DataFileKind | undefined {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  // Hidden files and folders (editor backups, .git) and installed packages are never data.
  if (parts[0] === 'schema' || parts.includes('node_modules') || parts.some((p) => p.startsWith('.'))) return undefined;
  if (rel.endsWith('.json')) return 'entities';
  if (rel.endsWith('.md') && parts[0] === 'sources') return 'source';
  return undefined;
}

export type DataRead = { text: string } | { error: string; missing?: boolean };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A data file's text, or why it cannot be read. Opened without blocking (a pipe with no writer
 * opens at once), then checked to be a regular file, inside `root` (real paths), not over the size
 * limit, and valid UTF-8.
 */
export function readDataFile(root: string, file: string, limits: WalkLimits = DATA_LIMITS): DataRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read this file: ${describeError(e)}`, missing: code === 'ENOENT' || code === 'ENOTDIR' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: 'is not a regular file (a pipe, socket or device); not read' };
    if (!isInside(realpathSync(root), realpathSync(file))) return { error: 'is a link to a file outside the data folder; not read' };
    if (stat.size > limits.maxFileBytes) return { error: `is too large to read (${megabytes(stat.size)}; the limit is ${megabytes(limits.maxFileBytes)})` };
    const bytes = readAll(fd, stat.size, limits.maxFileBytes);
    if (!bytes) return { error: `is too large to read (over ${megabytes(limits.maxFileBytes)})` };
    return decodeUtf8(bytes);
  } catch (e) {
    return { error: `cannot read this file: ${describeError(e)}` };
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end (a file may grow while it is read), or undefined past `max` bytes. */
function readAll(fd: number, size: number, max: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(64 * 1024, Math.min(size - total, max + 1 - total)));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > max) return undefined;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** Strict UTF-8: a Latin-1 or UTF-16 file is reported as such, not served as replacement characters. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) return { error: 'is UTF-16 text; save it as UTF-8' };
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const lossy = Buffer.from(bytes).toString('utf8');
    const at = lossy.indexOf('\uFFFD');
    const before = lossy.slice(0, Math.max(at, 0));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { error: `is not UTF-8 text (the first invalid byte is at ${line}:${column}); save it as UTF-8` };
  }
}

/** UTF-16 without a byte-order mark: every other byte of ASCII text is NUL (a UTF-8 text file has none). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096);
  let nul = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) nul++;
  return sample >= 2 && nul * 4 >= sample;
}

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'a link loop';
  return code ?? String((e as Error)?.message ?? e);
}

/** A message about a whole file or folder, at its first line. */
export function fileProblem(file: string, message: string, severity: Problem['severity']): Problem {
  return { file, line: 0, character: 0, endLine: 0, endCharacter: 0, severity, message, rule: 'data-file' };
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
