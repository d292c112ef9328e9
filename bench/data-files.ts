/** Writes generated data where a server or the CLI can load it: a compiled data.jsonl (as dist/data.jsonl is) and the articles it cites. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compiledData } from '../server/src/compiled/compile';
import { writeCompiled as writeFiles } from '../server/src/compiled/compiled';
import type { Dataset } from '../server/src/data/dataset';
import type { GeneratedData } from './generate';

/** Writes dir/data.jsonl with paths relative to dir (as dist/data.jsonl's are to the package root) and dir/sources/*.md. */
export function writeCompiled(dir: string, data: GeneratedData): string {
  mkdirSync(path.join(dir, 'sources'), { recursive: true });
  const fileOf = (file: string) => path.join(dir, 'sources', path.basename(file));
  for (const a of data.articles) writeFileSync(fileOf(a.file), a.text);
  const origins: Dataset['origins'] = {};
  for (const [id, o] of Object.entries(data.dataset.origins)) origins[id] = { ...o, file: path.join(dir, 'data/entities/bench.json') };
  const compiled: Dataset = { entities: data.dataset.entities, sources: data.dataset.sources.map((s) => ({ ...s, file: fileOf(s.file) })), origins };
  const out = path.join(dir, 'data.jsonl');
  writeFiles(out, compiledData(compiled, dir));
  return out;
}
