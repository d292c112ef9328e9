/**
 * `check --fix` writing a draft back. The writer's file changes only by the fixes: its byte-order mark,
 * permissions and links stay, a crash never leaves half a draft, and a draft edited since it was read is
 * left alone rather than overwritten with fixes of the old text.
 */
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const BOM = '\uFEFF';

/** Writes `after` over the draft that read as `before`; returns why it did not, or undefined when written. */
export async function writeBack(file: string, cwd: string, before: string, after: string): Promise<string | undefined> {
  try {
    return await replace(path.resolve(cwd, file), before, after);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `cannot be written back (${code ?? String(e)}); not fixed`;
  }
}

async function replace(file: string, before: string, after: string): Promise<string | undefined> {
  // The link's target, so that a linked draft stays a link and its target gets the fixes.
  const target = await realpath(file);
  const info = await stat(target);
  if (!info.isFile()) return 'is no longer a regular file; not fixed';
  const current = (await readFile(target)).toString('utf8');
  const bom = current.startsWith(BOM);
  if ((bom ? current.slice(1) : current) !== before) return 'changed on disk while it was checked; not fixed';
  const text = (bom ? BOM : '') + after;
  // A file with other hard links is written in place: a rename would part it from them.
  if (info.nlink > 1) return void (await writeFile(target, text, 'utf8'));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.asean-ref.tmp`);
  await writeFile(temp, text, { encoding: 'utf8', mode: info.mode, flag: 'wx' });
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return undefined;
}
