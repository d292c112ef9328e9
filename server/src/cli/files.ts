/** Files named on the command line: globs expanded, each read safely so one bad file never stops the run. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';

export type Read = { file: string; text: string } | { file: string; error: string };

/** Plain paths are kept as given (a missing one is reported); patterns expand to the Markdown files they match. */
export async function expand(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (!isDynamicPattern(arg)) out.push(arg);
    else out.push(...(await glob(arg, { cwd, ignore: ['**/node_modules/**'], dot: false })).sort());
  }
  return [...new Set(out)];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function readDraft(file: string, cwd: string): Read {
  const full = path.resolve(cwd, file);
  try {
    if (statSync(full).isDirectory()) return { file, error: 'is a directory (name files or a glob such as "docs/**/*.md")' };
    const bytes = readFileSync(full);
    if (bytes.includes(0)) return { file, error: 'is a binary file, not a Markdown draft' };
    return { file, text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch (e) {
    return { file, error: describe(e as NodeJS.ErrnoException) };
  }
}

function describe(e: NodeJS.ErrnoException): string {
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e instanceof TypeError) return 'is not valid UTF-8 text';
  return e.message;
}

/** A draft as a document, or undefined after saying on stderr why it could not be read. */
export function openDraft(file: string, cwd: string, stderr: { write(text: string): unknown }): TextDocument | undefined {
  const read = readDraft(file, cwd);
  if ('text' in read) return TextDocument.create(file, 'markdown', 1, read.text);
  stderr.write(`${file}: ${read.error}\n`);
  return undefined;
}
