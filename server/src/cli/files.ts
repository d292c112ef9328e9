/** Files named on the command line: globs expanded, each read safely so one bad file never stops the run. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';

export type Read = { file: string; text: string } | { file: string; error: string };

export interface Expanded {
  /** In the order given; a glob's matches sorted; each file once. */
  files: string[];
  /** Globs that matched no file. */
  unmatched: string[];
}

/**
 * Plain paths are kept as given (a missing one is reported when read); globs expand to the files
 * they match, relative to cwd, or absolute when the glob is. node_modules is never searched.
 */
export async function expand(args: readonly string[], cwd: string): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (!isDynamicPattern(arg)) {
      files.push(arg);
      continue;
    }
    const found = await glob(arg, { cwd, absolute: path.isAbsolute(arg), ignore: ['**/node_modules/**'], dot: false, onlyFiles: true });
    if (found.length === 0) unmatched.push(arg);
    files.push(...found.sort());
  }
  return { files: [...new Set(files)], unmatched };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A draft as text, or why it cannot be one: missing, a directory, binary (NUL bytes), not UTF-8, unreadable. */
export async function readDraft(file: string, cwd: string): Promise<Read> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (e) {
    return { file, error: describe(e as NodeJS.ErrnoException) };
  }
  if (bytes.includes(0)) return { file, error: 'is a binary file, not a Markdown draft' };
  try {
    return { file, text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { file, error: 'is not valid UTF-8 text' };
  }
}

/** A draft as a document, or undefined after saying on stderr why it could not be read (`path: message`). */
export async function openDraft(file: string, cwd: string, stderr: { write(text: string): unknown }): Promise<TextDocument | undefined> {
  const read = await readDraft(file, cwd);
  if ('text' in read) return TextDocument.create(file, 'markdown', 1, read.text);
  stderr.write(`${file}: ${read.error}\n`);
  return undefined;
}

function describe(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory (name files, or a glob such as "docs/**/*.md")';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e.code ? `cannot read (${e.code})` : String(e.message ?? e);
  }
}

/**
 * Runs `work` over the items with at most `limit` in flight, keeping results in input order:
 * reads overlap with the (synchronous) scanning of files already read.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
