/**
 * The recogniser's form table as named columns of the compiled data: built once at build time,
 * so a server starts by copying typed arrays instead of tokenizing and hashing every form.
 */
import type { NamedColumns, StoredColumns } from '../data/stored-columns';
import type { FormTable } from './forms';
import { HashMap32 } from '../text/hash';
import { PackedStrings } from './packed-strings';

const PREFIX = 'forms.';

export function formTableColumns(table: FormTable): NamedColumns {
  const first = table.first.parts();
  const deep = table.deep.parts();
  const columns: NamedColumns = [
    ['firstKeys', first.keys],
    ['firstValues', first.vals],
    ['deepKeys', deep.keys],
    ['deepValues', deep.vals],
    ['keys', table.keys.packed],
    ['keyStarts', table.keys.start],
    ['entryStart', table.entryStart],
    ['entryEntity', table.entryEntity],
    ['entryVia', table.entryVia],
    ['entryShared', table.entryShared],
    ['entryExact', table.entryExact.packed],
    ['entryExactStarts', table.entryExact.start],
    ['nextSame', table.nextSame],
    ['exact', table.exact],
  ];
  return columns.map(([name, value]) => [PREFIX + name, value] as const);
}

/** The stored table over entities numbered as `ids`, or undefined when the file has none (built then instead). */
export function storedFormTable(ids: readonly string[], stored: StoredColumns | undefined): FormTable | undefined {
  if (!stored?.has(`${PREFIX}keys`)) return undefined;
  const int32 = (name: string) => stored.int32(PREFIX + name);
  const uint8 = (name: string) => stored.uint8(PREFIX + name);
  const text = (name: string) => stored.text(PREFIX + name);
  // The recogniser compares words against the keys at every match.
  const keys = PackedStrings.of(stored.text(`${PREFIX}keys`, true), int32('keyStarts'));
  return {
    first: HashMap32.of({ keys: int32('firstKeys'), vals: int32('firstValues') }).seal(),
    deep: HashMap32.of({ keys: int32('deepKeys'), vals: int32('deepValues') }).seal(),
    keys,
    entryStart: int32('entryStart'),
    entryEntity: int32('entryEntity'),
    entryVia: uint8('entryVia'),
    entryShared: uint8('entryShared'),
    entryExact: PackedStrings.of(text('entryExact'), int32('entryExactStarts')),
    ids,
    nextSame: int32('nextSame'),
    exact: uint8('exact'),
    made: new Array(keys.count),
    written: new Map(),
  };
}
