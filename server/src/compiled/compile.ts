/** `npm run build`'s data step: validate data/, then write dist/data.jsonl or report why not. */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../data/dataset';
import { buildCompletionForms } from '../index/completion-forms';
import { completionColumns } from '../index/completion-store';
import { buildFormTable } from '../index/forms';
import { formTableColumns } from '../index/forms-store';
import { buildLinkTable, linkColumns, numbering } from '../index/links';
import { columnsOf } from '../data/columns';
import { compiledFiles, writeCompiled } from './compiled';
import type { Dataset } from '../data/dataset';
import { loadDataDir } from '../data/load';
import { statsLine } from '../data/assemble';
import { isError } from '../data/problem';
import type { Output } from './check';

/** Returns the exit code: 0 written, 1 the data has errors (nothing written). */
export function compileData(packageRoot: string, outFile: string, io: Output): number {
  const dir = path.join(packageRoot, 'data');
  if (!existsSync(dir)) {
    io.stderr.write(`no data directory at ${dir}\n`);
    return 1;
  }
  const { dataset, problems, stats } = loadDataDir(dir);
  for (const p of problems) io.stderr.write(formatProblem({ ...p, file: path.relative(packageRoot, p.file) }) + '\n');
  if (problems.some(isError)) {
    io.stderr.write(`data has errors: ${path.relative(packageRoot, outFile)} not written\n`);
    return 1;
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeCompiled(outFile, compiledData(dataset, packageRoot));
  io.stdout.write(`${path.relative(packageRoot, outFile)}: ${statsLine(stats)}\n`);
  return 0;
}

/** dist/data.jsonl and data.bin: the records, the index's columns, and its form table and completion index ready-made. */
export function compiledData(dataset: Dataset, packageRoot: string): { jsonl: string; binary: Buffer } {
  const columns = columnsOf(dataset.entities);
  const { forms } = columns;
  const links = buildLinkTable(columns, numbering(forms.ids));
  return compiledFiles(dataset, packageRoot, [...formTableColumns(buildFormTable(forms, columns.kinds)), ...linkColumns(links), ...completionColumns(buildCompletionForms(forms))]);
}
