/**
 * dist/data.jsonl: the shipped data, validated at build time, so the server starts by reading
 * one file (no YAML, no schema, no quote search). JSON Lines: a header line with the sources,
 * then one entity per line with where it is defined, then the columns the index is built from
 * (data/columns.ts), one per line. The server reads the columns, and a record only when a card
 * shows it, so 100,000 entities are never all in memory at once. File paths inside are relative to the package root,
 * so the package can be installed anywhere.
 */
import path from 'node:path';
import type { Catalog } from './catalog';
import type { CompiledSource, Dataset, Entity, Origin } from './dataset';
import { LinesFile } from './lines-file';
import { columnsOf, type Columns } from './columns';
import type { EntityTable } from './table';

export const COMPILED_FORMAT = 'asean-ref-data/2';

interface Header {
  format: string;
  entities: number;
  /** The names of the columns, one a line after the records, in order. */
  columns: string[];
  sources: CompiledSource[];
}

interface Record {
  entity: Entity;
  origin?: Origin;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * The file's text, paths relative to the package root ("data/sources/x.md"). `extra`: more named
 * columns, such as a ready-made completion index (data/compile.ts), read back with table.stored().
 */
export function compiledText(dataset: Dataset, packageRoot: string, extra: NamedColumns = []): string {
  const rel = (file: string) => toPosix(path.relative(packageRoot, file));
  const named = [...indexColumns(columnsOf(dataset.entities)), ...extra];
  const columns = columnLines(named);
  const header: Header = { format: COMPILED_FORMAT, entities: dataset.entities.length, columns: named.map(([name]) => name), sources: dataset.sources.map((s) => ({ ...s, file: rel(s.file) })) };
  const lines = [JSON.stringify(header)];
  for (const entity of dataset.entities) {
    const o = dataset.origins[entity.id];
    const record: Record = o ? { entity, origin: { ...o, file: rel(o.file) } } : { entity };
    lines.push(JSON.stringify(record));
  }
  lines.push(...columns);
  return lines.join('\n') + '\n';
}

/** Opens the file as a catalog whose entities are read on demand. No validation: the build did it. */
export function openCompiled(file: string, packageRoot: string): Catalog {
  const lines = new LinesFile(file);
  try {
    const header = parseLine<Header>(lines, 0);
    if (header.format !== COMPILED_FORMAT) throw new Error(`${file}:1:1: expected format "${COMPILED_FORMAT}", found ${JSON.stringify(header.format)} (rebuild with npm run build)`);
    const expected = header.entities + (header.columns?.length ?? 0);
    if (expected !== lines.count - 1) throw new Error(`${file}:1:1: the header promises ${header.entities} entities and ${header.columns?.length ?? 0} columns, the file has ${lines.count - 1} lines after it (a truncated file?)`);
    const abs = (f: string) => path.resolve(packageRoot, f);
    return { entities: fileTable(lines, header, abs), sources: header.sources.map((s) => ({ ...s, file: abs(s.file) })) };
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

function fileTable(lines: LinesFile, header: Header, abs: (file: string) => string): EntityTable {
  const size = header.entities;
  const recent = new Map<number, Entity>();
  let columns: Columns | undefined;
  const stored = () => storedColumns(lines, header.columns, size + 1);
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
    columns: () => (columns ??= readColumns(stored())),
    stored: () => stored(),
  };
}

// ---- columns ------------------------------------------------------------------------------
// A typed array is written as base64 of its bytes (little-endian, as on every platform Node runs
// on), so reading it back is a copy, not a parse.

export type ColumnValue = unknown[] | string | Int32Array | Uint8Array;
export type NamedColumns = readonly (readonly [string, ColumnValue])[];

/** Named columns of a compiled file. */
export interface StoredColumns {
  has(name: string): boolean;
  int32(name: string): Int32Array;
  uint8(name: string): Uint8Array;
  json<T>(name: string): T;
}

function indexColumns(c: Columns): NamedColumns {
  return [
    ['ids', [...c.forms.ids]],
    ['kinds', c.kinds],
    ['starts', c.starts],
    ['formText', c.forms.text],
    ['formStarts', c.forms.starts],
    ['formEntity', c.forms.entity],
    ['formVia', c.forms.via],
    ['formShared', [...c.forms.shared]],
    ['targets', [...c.targets]],
    ['meetingEntity', c.meetings.entity],
    ['meetingSeries', c.meetings.series],
    ['meetingOrdinal', c.meetings.ordinal],
    ['linkFrom', c.links.from],
    ['linkTarget', c.links.target],
    ['linkHow', c.links.how],
    ['hows', [...c.hows]],
  ];
}

function columnLines(named: NamedColumns): string[] {
  return named.map(([name, value]) =>
    JSON.stringify(ArrayBuffer.isView(value) ? { name, base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : { name, json: value }),
  );
}

interface ColumnLine {
  name: string;
  base64?: string;
  json?: unknown;
}

/** Columns read from their lines when asked for, and not kept: the caller keeps what it builds. */
function storedColumns(lines: LinesFile, names: readonly string[], first: number): StoredColumns {
  const need = (name: string): ColumnLine => {
    const k = names.indexOf(name);
    if (k < 0) throw new Error(`${lines.file}:1:1: no column "${name}" (rebuild with npm run build)`);
    const column = parseLine<ColumnLine>(lines, first + k);
    if (column.name !== name) throw new Error(`${lines.file}:${first + k + 1}:1: expected column "${name}", found "${column.name}" (rebuild with npm run build)`);
    return column;
  };
  return {
    has: (name) => names.includes(name),
    int32: (name) => new Int32Array(bytes(need(name))),
    uint8: (name) => new Uint8Array(bytes(need(name))),
    json: <T>(name: string) => need(name).json as T,
  };
}

function readColumns({ int32, uint8, json }: StoredColumns): Columns {
  const entity = int32('formEntity');
  return {
    forms: {
      count: entity.length,
      text: json<string>('formText'),
      starts: int32('formStarts'),
      entity,
      via: uint8('formVia'),
      ids: json<string[]>('ids'),
      shared: new Map(json<[number, string[]][]>('formShared')),
    },
    kinds: uint8('kinds'),
    starts: int32('starts'),
    targets: json<string[]>('targets'),
    meetings: { entity: int32('meetingEntity'), series: int32('meetingSeries'), ordinal: int32('meetingOrdinal') },
    links: { from: int32('linkFrom'), target: int32('linkTarget'), how: uint8('linkHow') },
    hows: json<string[]>('hows'),
  };
}

/** The column's bytes in a buffer of their own: a typed array needs its alignment. */
function bytes(column: ColumnLine): ArrayBuffer {
  const b = Buffer.from(column.base64 ?? '', 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
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
