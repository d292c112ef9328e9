/** Drafts read safely, so one bad file never stops the run (which files: select.ts). */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { printable } from '../data/printable';

export type Read = { file: string; text: string } | { file: string; error: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A draft larger than this is reported, not read (the largest real reports are a few MB). */
export const MAX_DRAFT_BYTES = 64 * 1024 * 1024;

/**
 * A draft as text, or why it cannot be one: missing, a directory, not a regular file (a named
 * pipe would block forever, /dev/zero never ends), too large, binary (NUL bytes), not UTF-8, unreadable.
 */
export async function readDraft(file: string, cwd: string): Promise<Read> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path.resolve(cwd, file));
  } catch (e) {
    return { file, error: e instanceof NotReadable ? e.message : describe(e as NodeJS.ErrnoException) };
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
  stderr.write(`${printable(file)}: ${read.error}\n`);
  return undefined;
}

class NotReadable extends Error {}

/** Opened without blocking (a pipe with no writer opens at once), then read only if it is a regular file of a sane size. */
async function readRegularFile(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new NotReadable('is not a regular file (a pipe, socket or device); not read');
    if (stat.size > MAX_DRAFT_BYTES) throw new NotReadable(`is too large to check (${Math.round(stat.size / 1048576)} MB; the limit is ${MAX_DRAFT_BYTES / 1048576} MB)`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
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
