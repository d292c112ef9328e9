/**
 * dist/data.jsonl and dist/data.bin: the shipped data, validated at build time, so the server
 * starts by reading two files (no YAML, no schema, no quote search). data.jsonl is JSON Lines:
 * a header with the sources and where each column is, one entity a line with where it is
 * defined, then the smaller columns as JSON. data.bin holds the big columns as raw bytes
 * (column-file.ts). The index is built from the columns, or stored ready-made among them;
 * a record is read only when a card shows it, so 100,000 entities are never all in memory at
 * once. File paths inside are relative to the package root, so the package can be installed
 * anywhere.
 */
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../data/catalog';
import { BinaryFile, packBinary, type BinaryLayout } from './column-file';
import type { BinaryValue, ColumnValue, NamedColumns, StoredColumns } from '../data/stored-columns';
import { columnsOf, type Columns, type FormList, type LinkKind } from '../data/columns';
import type { CompiledSource, Dataset, Entity, Origin } from '../data/dataset';
import { LinesFile } from './lines-file';
import type { EntityTable } from '../data/table';

export const COMPILED_FORMAT = 'asean-ref-data/3';

interface Header {
  format: string;
  entities: number;
  sources: CompiledSource[];
  /** JSON columns, one a line after the records, in this order. */
  json: string[];
  binary: BinaryLayout;
}

/** A line of records: an entity and where it is defined. */
interface RecordLine {
  entity: Entity;
  origin?: Origin;
}

export type { ColumnValue, NamedColumns, StoredColumns } from '../data/stored-columns';

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** data.bin beside data.jsonl. */
export const binaryFileOf = (jsonl: string): string => jsonl.replace(/\.jsonl$/, '') + '.bin';

/**
 * Both files' contents, paths relative to the package root ("data/sources/x.md"). `extra`: more
 * named columns, such as a ready-made completion index (compile.ts), read back with table.stored().
 */
export function compiledFiles(dataset: Dataset, packageRoot: string, extra: NamedColumns = []): { jsonl: string; binary: Buffer } {
  const rel = (file: string) => toPosix(path.relative(packageRoot, file));
  const named = [...indexColumns(columnsOf(dataset.entities)), ...extra];
  const isJson = (v: ColumnValue): v is unknown[] => Array.isArray(v);
  const json = named.filter(([, v]) => isJson(v));
  const { layout, data } = packBinary(named.filter((c): c is readonly [string, BinaryValue] => !isJson(c[1])));
  const header: Header = { format: COMPILED_FORMAT, entities: dataset.entities.length, sources: dataset.sources.map((s) => ({ ...s, file: rel(s.file) })), json: json.map(([n]) => n), binary: layout };
  const lines = [JSON.stringify(header)];
  for (const entity of dataset.entities) {
    const o = dataset.origins[entity.id];
    const record: RecordLine = o ? { entity, origin: { ...o, file: rel(o.file) } } : { entity };
    lines.push(JSON.stringify(record));
  }
  for (const [, value] of json) lines.push(JSON.stringify(value));
  return { jsonl: lines.join('\n') + '\n', binary: data };
}

/**
 * Writes data.bin, then data.jsonl, each beside and renamed: a server reading the old pair keeps
 * reading the old pair, and a new data.jsonl never names a data.bin that is not there yet.
 */
export function writeCompiled(jsonlFile: string, files: { jsonl: string; binary: Buffer }): void {
  for (const [file, content] of [[binaryFileOf(jsonlFile), files.binary], [jsonlFile, files.jsonl]] as const) {
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, file);
  }
}

/** Opens the files as a catalog whose entities are read on demand. No validation: the build did it. */
export function openCompiled(file: string, packageRoot: string): Catalog {
  const lines = new LinesFile(file);
  try {
    const header = parseLine<Header>(lines, 0);
    if (header.format !== COMPILED_FORMAT) throw new Error(`${file}:1:1: expected format "${COMPILED_FORMAT}", found ${JSON.stringify(header.format)} (rebuild with npm run build)`);
    const expected = header.entities + header.json.length;
    if (expected !== lines.count - 1) throw new Error(`${file}:1:1: the header promises ${header.entities} entities and ${header.json.length} columns, the file has ${lines.count - 1} lines after it (a truncated file?)`);
    const binary = new BinaryFile(binaryFileOf(file), header.binary);
    const abs = (f: string) => path.resolve(packageRoot, f);
    return { entities: fileTable(lines, binary, header, abs), sources: header.sources.map((s) => ({ ...s, file: abs(s.file) })) };
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
const CACHED_RECORDS = 512;

function fileTable(lines: LinesFile, binary: BinaryFile, header: Header, abs: (file: string) => string): EntityTable {
  const size = header.entities;
  const recent = new Map<number, Entity>();
  let columns: Columns | undefined;
  const stored = () => storedColumns(lines, binary, header.json, size + 1);
  return {
    size,
    at(i, keep = true) {
      let entity = recent.get(i);
      if (entity) {
        recent.delete(i);
      } else {
        entity = parseLine<RecordLine>(lines, i + 1).entity;
        if (!keep) return entity;
        if (recent.size >= CACHED_RECORDS) recent.delete(recent.keys().next().value!);
      }
      recent.set(i, entity);
      return entity;
    },
    scan(visit) {
      lines.each(1, size + 1, (text, line) => {
        const record = parseText<RecordLine>(lines.file, text, line);
        visit(record.entity, line - 1, record.origin && { ...record.origin, file: abs(record.origin.file) });
      });
    },
    columns: () => (columns ??= readColumns(stored())),
    stored: () => stored(),
  };
}

// ---- columns ------------------------------------------------------------------------------

function indexColumns(c: Columns): NamedColumns {
  return [
    ['ids', [...c.forms.ids]],
    ['kinds', c.kinds],
    ['starts', c.starts],
    ['formText', c.forms.text],
    ['formStarts', c.forms.starts],
    ['formEntity', c.forms.entity],
    ['formVia', c.forms.via],
    ['formCased', c.forms.cased],
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

/** Columns read when asked for, and not kept: the caller keeps what it builds. */
function storedColumns(lines: LinesFile, binary: BinaryFile, json: readonly string[], first: number): StoredColumns {
  return {
    has: (name) => json.includes(name) || binary.has(name),
    int32: (name) => binary.int32(name),
    uint8: (name) => binary.uint8(name),
    text: (name, hot) => binary.text(name, hot),
    latin1: (name) => binary.latin1(name),
    json: <T>(name: string): T => {
      const k = json.indexOf(name);
      if (k < 0) throw new Error(`${lines.file}:1:1: no column "${name}" (rebuild with npm run build)`);
      return parseLine<T>(lines, first + k);
    },
  };
}

/**
 * The columns, each read on first use: with the form table, links and completion index stored
 * ready-made, a server needs little more than the ids and kinds, and never reads the rest.
 */
function readColumns({ int32, uint8, text, json }: StoredColumns): Columns {
  const forms: FormList = onFirstUse<FormList>({
    count: () => forms.entity.length,
    text: () => text('formText'),
    starts: () => int32('formStarts'),
    entity: () => int32('formEntity'),
    via: () => uint8('formVia'),
    cased: () => uint8('formCased'),
    ids: () => json<string[]>('ids'),
    shared: () => new Map(json<[number, string[]][]>('formShared')),
  });
  return onFirstUse<Columns>({
    forms: () => forms,
    kinds: () => uint8('kinds'),
    starts: () => int32('starts'),
    targets: () => json<string[]>('targets'),
    meetings: () => ({ entity: int32('meetingEntity'), series: int32('meetingSeries'), ordinal: int32('meetingOrdinal') }),
    links: () => ({ from: int32('linkFrom'), target: int32('linkTarget'), how: uint8('linkHow') }),
    hows: () => json<LinkKind[]>('hows'),
  });
}

/** An object whose every field is read by its reader on first use, then kept. */
function onFirstUse<T extends object>(readers: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(readers) as (keyof T)[]) {
    let read = false;
    let value: T[keyof T];
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => {
        if (!read) [value, read] = [readers[key](), true];
        return value;
      },
    });
  }
  return out;
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
