/**
 * Every surface form of every entity (acronyms, names, aliases) in one text and a few typed
 * arrays: what both the recogniser's form table and the completion index are built from, and
 * what a completion inserts. At 100,000 entities that is some 250,000 forms; as one string they
 * cost a byte or two a character instead of an object each.
 */
import type { Entity } from '../data/dataset';
import type { FormKind } from '../scan/hits';

/** What the form index reads of an entity. */
export type FormOwner = Pick<Entity, 'id' | 'name' | 'acronyms' | 'aliases' | 'sharedForms'>;

export const VIAS: readonly FormKind[] = ['acronym', 'name', 'alias'];

/** Forms are separated by a blank line, which no word or ordinal of the tokenizer crosses. */
const SEPARATOR = '\n\n';

export interface FormList {
  readonly count: number;
  /** Form f is text.slice(starts[f], starts[f + 1] - 2). */
  readonly text: string;
  readonly starts: Int32Array;
  /** Form f belongs to entity number entity[f] (ids[entity[f]]); an entity's forms are adjacent. */
  readonly entity: Int32Array;
  /** Index into VIAS. */
  readonly via: Uint8Array;
  readonly ids: readonly string[];
  /** The forms an entity declares shared with others (its sharedForms), for the few that have some. */
  readonly shared: ReadonlyMap<number, readonly string[]>;
}

/** Every surface form of an entity, with how it matches. */
export function formsOf(entity: FormOwner): { text: string; via: FormKind }[] {
  const out: { text: string; via: FormKind }[] = [];
  for (const a of entity.acronyms ?? []) out.push({ text: a, via: 'acronym' });
  out.push({ text: entity.name.en, via: 'name' });
  if (entity.name.id) out.push({ text: entity.name.id, via: 'name' });
  for (const a of entity.aliases ?? []) out.push({ text: a, via: 'alias' });
  return out;
}

export const formText = (list: FormList, f: number): string => list.text.slice(list.starts[f], list.starts[f + 1] - SEPARATOR.length);

/** Collects a FormList one entity at a time, keeping none of the entity. */
export class FormListBuilder {
  private readonly parts: string[] = [];
  private readonly entity: number[] = [];
  private readonly via: number[] = [];
  private readonly ids: string[] = [];
  private readonly shared = new Map<number, readonly string[]>();

  add(e: FormOwner): void {
    const n = this.ids.push(e.id) - 1;
    for (const form of formsOf(e)) {
      this.parts.push(form.text);
      this.entity.push(n);
      this.via.push(VIAS.indexOf(form.via));
    }
    if (e.sharedForms?.length) this.shared.set(n, e.sharedForms);
  }

  build(): FormList {
    const { parts } = this;
    const starts = new Int32Array(parts.length + 1);
    for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length + SEPARATOR.length;
    return {
      count: parts.length,
      text: parts.join(SEPARATOR) + SEPARATOR,
      starts,
      entity: Int32Array.from(this.entity),
      via: Uint8Array.from(this.via),
      ids: this.ids,
      shared: this.shared,
    };
  }
}

export function formListOf(entities: readonly FormOwner[]): FormList {
  const builder = new FormListBuilder();
  for (const e of entities) builder.add(e);
  return builder.build();
}
