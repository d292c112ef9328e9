/**
 * dist/data.jsonl: the shipped data, validated at build time, so the server starts by reading
 * one file (no YAML, no schema, no quote search). JSON Lines: a header line with the sources,
 * then one entity per line with where it is defined, then each entity's head (data/table.ts)
 * in the same order. The server indexes the heads in one pass and afterwards reads a record
 * only when a card shows it, so 100,000 entities are never all in memory at once. File paths inside are relative to the package root,
 * so the package can be installed anywhere.
 */
import path from 'node:path';
import type { Catalog } from './catalog';
import type { CompiledSource, Dataset, Entity, Origin } from './dataset';
import { LinesFile } from './lines-file';
import { headOf, type EntityHead, type EntityTable } from './table';

export const COMPILED_FORMAT = 'asean-ref-data/2';

interface Header {
  format: string;
  entities: number;
  sources: CompiledSource[];
}

interface Record {
  entity: Entity;
  origin?: Origin;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** The file's text, paths relative to the package root ("data/sources/x.md"). */
export function compiledText(dataset: Dataset, packageRoot: string): string {
  const rel = (file: string) => toPosix(path.relative(packageRoot, file));
  const header: Header = { format: COMPILED_FORMAT, entities: dataset.entities.length, sources: dataset.sources.map((s) => ({ ...s, file: rel(s.file) })) };
  const lines = [JSON.stringify(header)];
  for (const entity of dataset.entities) {
    const o = dataset.origins[entity.id];
    const record: Record = o ? { entity, origin: { ...o, file: rel(o.file) } } : { entity };
    lines.push(JSON.stringify(record));
  }
  for (const entity of dataset.entities) lines.push(JSON.stringify(headOf(entity)));
  return lines.join('\n') + '\n';
}

/** Opens the file as a catalog whose entities are read on demand. No validation: the build did it. */
export function openCompiled(file: string, packageRoot: string): Catalog {
  const lines = new LinesFile(file);
  try {
    const header = parseLine<Header>(lines, 0);
    if (header.format !== COMPILED_FORMAT) throw new Error(`${file}:1:1: expected format "${COMPILED_FORMAT}", found ${JSON.stringify(header.format)} (rebuild with npm run build)`);
    if (header.entities * 2 !== lines.count - 1) throw new Error(`${file}:1:1: the header promises ${header.entities} entities, and their heads, the file has ${lines.count - 1} lines after it (a truncated file?)`);
    const abs = (f: string) => path.resolve(packageRoot, f);
    return { entities: fileTable(lines, header.entities, abs), sources: header.sources.map((s) => ({ ...s, file: abs(s.file) })) };
  } catch (e) {
    lines.close();
    throw e;
  }
}

/** Every entity in memory, as a Dataset: for checks and tests, not for the server. */
export function loadCompiled(file: string, packageRoot: string): Dataset {
  const catalog = openCompiled(file, packageRoot);
  const dataset: Dataset = { entities: [], sources: [...catalog.sources], origins: {} };
  catalog.entities.scan((e, _, origin) => {
    dataset.entities.push(e);
    if (origin) dataset.origins[e.id] = origin;
  });
  return dataset;
}

/** Records recently read, so a card and the hovers after it do not read the same lines again. */
const CACHED_RECORDS = 2048;

function fileTable(lines: LinesFile, size: number, abs: (file: string) => string): EntityTable {
  const recent = new Map<number, Entity>();
  return {
    size,
    at(i) {
      let entity = recent.get(i);
      if (entity) {
        recent.delete(i);
      } else {
        entity = parseLine<Record>(lines, i + 1).entity;
        if (recent.size >= CACHED_RECORDS) recent.delete(recent.keys().next().value!);
      }
      recent.set(i, entity);
      return entity;
    },
    scan(visit) {
      lines.each(1, size + 1, (text, line) => {
        const record = parseText<Record>(lines.file, text, line);
        visit(record.entity, line - 1, record.origin && { ...record.origin, file: abs(record.origin.file) });
      });
    },
    scanHeads(visit) {
      lines.each(size + 1, 2 * size + 1, (text, line) => visit(parseText<EntityHead>(lines.file, text, line), line - size - 1));
    },
  };
}

function parseLine<T>(lines: LinesFile, line: number): T {
  return parseText<T>(lines.file, lines.line(line), line);
}

function parseText<T>(file: string, text: string, line: number): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`${file}:${line + 1}:1: ${(e as Error).message} (rebuild with npm run build)`);
  }
}
