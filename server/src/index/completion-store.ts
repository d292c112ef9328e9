/**
 * The completion index as named columns of the compiled data: built once at build time, so a
 * server's first completion reads sorted arrays instead of sorting 250,000 keys (at 100,000
 * entities, about a second and tens of megabytes of garbage).
 */
import { formsOf, type FormList, type FormOwner } from '../data/columns';
import type { NamedColumns, StoredColumns } from '../data/stored-columns';
import type { CompletionForms } from './completion-forms';
import { PackedStrings } from './packed-strings';
import { SortedKeys } from './sorted-keys';
import { WordGramIndex } from './word-grams';

const PREFIX = 'completion.';

export function completionColumns(forms: CompletionForms): NamedColumns {
  const grams = forms.grams.parts();
  const columns: [string, NamedColumns[number][1]][] = [
    ['keys', forms.keys.packed],
    ['keyStarts', forms.keys.start],
    ['entity', forms.entity],
    ['source', forms.source],
    ['via', forms.via],
    ['whole', forms.whole.offsets],
    ['words', forms.words.offsets],
    ['exact', forms.acronyms.strings.packed],
    ['exactStarts', forms.acronyms.strings.start],
    ['acronyms', forms.acronyms.offsets],
    ['acronymForm', forms.acronymForm],
    ['gramWords', [...grams.words]],
    ['grams', [...grams.grams]],
    ['gramStarts', grams.postStart],
    ['gramPostings', grams.postings],
  ];
  return columns.map(([name, value]) => [PREFIX + name, value] as const);
}

/**
 * The stored index over `list`, or undefined when the file has none (built then instead). A label
 * is read from its entity's record (`record`), so the forms' text need not be held for it.
 */
export function storedCompletionForms(list: FormList, stored: StoredColumns | undefined, record: (entity: number) => FormOwner): CompletionForms | undefined {
  if (!stored?.has(`${PREFIX}keys`)) return undefined;
  const int32 = (name: string) => stored.int32(PREFIX + name);
  const json = <T>(name: string) => stored.json<T>(PREFIX + name);
  // Kept as bytes where they can be: a query reads a few dozen of them, never all.
  const packed = (name: string, starts: string) => {
    const bytes = stored.latin1(PREFIX + name);
    return bytes ? PackedStrings.ofLatin1(bytes, int32(starts)) : PackedStrings.of(stored.text(PREFIX + name), int32(starts));
  };
  const keys = packed('keys', 'keyStarts');
  const exact = packed('exact', 'exactStarts');
  const source = int32('source');
  return {
    list,
    label: (f) => {
      const g = source[f];
      const n = list.entity[g];
      return formsOf(record(n))[g - firstFormOf(list, n)].text;
    },
    keys,
    entity: int32('entity'),
    source,
    via: stored.uint8(`${PREFIX}via`),
    whole: new SortedKeys(keys, int32('whole'), true),
    words: new SortedKeys(keys, int32('words'), true),
    acronyms: new SortedKeys(exact, int32('acronyms'), true),
    acronymForm: int32('acronymForm'),
    grams: new WordGramIndex({ words: json<string[]>('gramWords'), grams: json<string[]>('grams'), postStart: int32('gramStarts'), postings: int32('gramPostings') }),
  };
}

/** The first form of entity n: forms are in entity order. */
function firstFormOf(list: FormList, n: number): number {
  let lo = 0;
  let hi = list.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.entity[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
