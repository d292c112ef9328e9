/**
 * What indexing needs of the entities, column by column: ids, kinds, dates, every surface form,
 * series membership and the links between entities, in one text and typed arrays. The index is
 * built from these alone. The compiled file stores them ready-made (compiled/compiled.ts), so a server
 * indexes 100,000 entities without parsing a single record; in-memory data (a team's files, tests)
 * computes them from the records.
 */
import entitiesSchema from '../../../data/schema/entities.schema.json';
import type { Entity, EntityKind } from './dataset';
import type { Relation } from './model.gen';
import type { FormKind } from '../text/forms';

export const KINDS = entitiesSchema.definitions.entity.properties.kind.enum as EntityKind[];
export const VIAS: readonly FormKind[] = ['acronym', 'name', 'alias'];

/** What the form index reads of an entity. */
export type FormOwner = Pick<Entity, 'id' | 'name' | 'acronyms' | 'aliases' | 'casedAliases' | 'sharedForms'>;

/** One surface form; `cased` when it matches only in its own letter case (acronyms and cased aliases). */
export interface SurfaceForm {
  text: string;
  via: FormKind;
  cased: boolean;
}

/** Every surface form of an entity, with how it matches. */
export function formsOf(entity: FormOwner): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const a of entity.acronyms ?? []) out.push({ text: a, via: 'acronym', cased: true });
  out.push({ text: entity.name.en, via: 'name', cased: false });
  if (entity.name.id) out.push({ text: entity.name.id, via: 'name', cased: false });
  for (const a of entity.aliases ?? []) out.push({ text: a, via: 'alias', cased: false });
  for (const a of entity.casedAliases ?? []) out.push({ text: a, via: 'alias', cased: true });
  return out;
}

/** Forms are separated by a blank line, which no word or ordinal of the tokenizer crosses. */
export const FORM_SEPARATOR = '\n\n';

/**
 * Every form of every entity. At 100,000 entities that is some 250,000 forms; as one string
 * they cost a byte or two a character instead of an object each.
 */
export interface FormList {
  readonly count: number;
  /** Form f is text.slice(starts[f], starts[f + 1] - 2). */
  readonly text: string;
  readonly starts: Int32Array;
  /** Form f belongs to entity number entity[f]; an entity's forms are adjacent. */
  readonly entity: Int32Array;
  /** Index into VIAS. */
  readonly via: Uint8Array;
  /** 1 when form f matches only in its own letter case (acronyms, cased aliases). */
  readonly cased: Uint8Array;
  /** Entity number -> id. */
  readonly ids: readonly string[];
  /** The forms an entity declares shared with others (its sharedForms), for the few that have some. */
  readonly shared: ReadonlyMap<number, readonly string[]>;
}

export const formText = (list: FormList, f: number): string => list.text.slice(list.starts[f], list.starts[f + 1] - FORM_SEPARATOR.length);

export interface Columns {
  readonly forms: FormList;
  /** Entity number -> index into KINDS. */
  readonly kinds: Uint8Array;
  /** Entity number -> dateKey(dates.start), or -1 when undated. */
  readonly starts: Int32Array;
  /** Ids that meetings and links point at; a target may be in another catalog stacked below. */
  readonly targets: readonly string[];
  /** Meetings that belong to a series: entity number, series (into targets), ordinal (or -1). */
  readonly meetings: { readonly entity: Int32Array; readonly series: Int32Array; readonly ordinal: Int32Array };
  /** Entity from[k] points at targets[target[k]], the way hows[how[k]] says. */
  readonly links: { readonly from: Int32Array; readonly target: Int32Array; readonly how: Uint8Array };
  readonly hows: readonly LinkKind[];
}

/** How one entity points at another: a meeting's series, host, chairs and participants, a role's organisation, or a relation. */
export type LinkKind = 'series' | 'host' | 'chair' | 'participant' | 'role' | Relation['type'];

/** "2019", "2019-02", "2019-02-19" -> 20190000, 20190200, 20190219: sorts as the dates do. */
export function dateKey(date: string | undefined): number {
  if (!date) return -1;
  const [y, m = '0', d = '0'] = date.split('-');
  const key = Number(y) * 10000 + Number(m) * 100 + Number(d);
  return Number.isFinite(key) ? key : -1;
}

/** The forms of in-memory entities. */
export function formListOf(entities: readonly FormOwner[]): FormList {
  const b = new FormsBuilder();
  for (const e of entities) b.add(e);
  return b.build();
}

class FormsBuilder {
  private readonly parts: string[] = [];
  private readonly entity: number[] = [];
  private readonly via: number[] = [];
  private readonly cased: number[] = [];
  private readonly ids: string[] = [];
  private readonly shared = new Map<number, readonly string[]>();

  /** Adds the entity's forms; returns its number. */
  add(e: FormOwner): number {
    const n = this.ids.push(e.id) - 1;
    for (const form of formsOf(e)) {
      this.parts.push(form.text);
      this.entity.push(n);
      this.via.push(VIAS.indexOf(form.via));
      this.cased.push(form.cased ? 1 : 0);
    }
    if (e.sharedForms?.length) this.shared.set(n, e.sharedForms);
    return n;
  }

  build(): FormList {
    const { parts } = this;
    const starts = new Int32Array(parts.length + 1);
    for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i] + parts[i].length + FORM_SEPARATOR.length;
    return {
      count: parts.length,
      text: parts.join(FORM_SEPARATOR) + FORM_SEPARATOR,
      starts,
      entity: Int32Array.from(this.entity),
      via: Uint8Array.from(this.via),
      cased: Uint8Array.from(this.cased),
      ids: this.ids,
      shared: this.shared,
    };
  }
}

/** The columns of in-memory entities. */
export function columnsOf(entities: readonly Entity[]): Columns {
  const b = new ColumnsBuilder();
  for (const e of entities) b.add(e);
  return b.build();
}

class ColumnsBuilder {
  private readonly forms = new FormsBuilder();
  private readonly kinds: number[] = [];
  private readonly starts: number[] = [];
  private readonly targets = new Interner();
  private readonly hows = new Interner<LinkKind>();
  private readonly meetings = { entity: [] as number[], series: [] as number[], ordinal: [] as number[] };
  private readonly links = { from: [] as number[], target: [] as number[], how: [] as number[] };

  add(e: Entity): void {
    const n = this.forms.add(e);
    this.kinds.push(KINDS.indexOf(e.kind));
    this.starts.push(dateKey(e.dates?.start));
    if (e.kind === 'meeting' && e.series) {
      this.meetings.entity.push(n);
      this.meetings.series.push(this.targets.of(e.series));
      this.meetings.ordinal.push(e.ordinal ?? -1);
    }
    const link = (target: string | undefined, how: LinkKind) => {
      if (!target || target === e.id) return;
      this.links.from.push(n);
      this.links.target.push(this.targets.of(target));
      this.links.how.push(this.hows.of(how));
    };
    link(e.series, 'series');
    link(e.host, 'host');
    for (const c of e.chairs ?? []) link(c, 'chair');
    for (const p of e.participants ?? []) if (typeof p === 'string') link(p, 'participant');
    for (const r of e.roles ?? []) link(r.organization, 'role');
    for (const r of e.related ?? []) link(r.target, r.type);
  }

  build(): Columns {
    return {
      forms: this.forms.build(),
      kinds: Uint8Array.from(this.kinds),
      starts: Int32Array.from(this.starts),
      targets: this.targets.values,
      meetings: { entity: Int32Array.from(this.meetings.entity), series: Int32Array.from(this.meetings.series), ordinal: Int32Array.from(this.meetings.ordinal) },
      links: { from: Int32Array.from(this.links.from), target: Int32Array.from(this.links.target), how: Uint8Array.from(this.links.how) },
      hows: this.hows.values,
    };
  }
}

class Interner<T extends string = string> {
  readonly values: T[] = [];
  private readonly numbers = new Map<T, number>();

  of(value: T): number {
    let n = this.numbers.get(value);
    if (n === undefined) this.numbers.set(value, (n = this.values.push(value) - 1));
    return n;
  }
}

/** a's entities, then b's, numbered after a's. */
export function concatColumns(a: Columns, b: Columns): Columns {
  const size = a.forms.ids.length;
  const targets = new Interner();
  const hows = new Interner<LinkKind>();
  const aTargets = a.targets.map((t) => targets.of(t));
  const bTargets = b.targets.map((t) => targets.of(t));
  const aHows = a.hows.map((h) => hows.of(h));
  const bHows = b.hows.map((h) => hows.of(h));
  const shift = (x: Int32Array, by: number) => x.map((v) => v + by);
  const remap = <T extends Int32Array | Uint8Array>(x: T, to: number[]) => x.map((v) => to[v]) as T;
  const textLength = a.forms.text.length;
  const forms: FormList = {
    count: a.forms.count + b.forms.count,
    text: a.forms.text + b.forms.text,
    starts: join(a.forms.starts.subarray(0, a.forms.count), shift(b.forms.starts, textLength)),
    entity: join(a.forms.entity, shift(b.forms.entity, size)),
    via: join8(a.forms.via, b.forms.via),
    cased: join8(a.forms.cased, b.forms.cased),
    ids: [...a.forms.ids, ...b.forms.ids],
    shared: new Map([...a.forms.shared, ...[...b.forms.shared].map(([n, s]): [number, readonly string[]] => [n + size, s])]),
  };
  return {
    forms,
    kinds: join8(a.kinds, b.kinds),
    starts: join(a.starts, b.starts),
    targets: targets.values,
    meetings: {
      entity: join(a.meetings.entity, shift(b.meetings.entity, size)),
      series: join(remap(a.meetings.series, aTargets), remap(b.meetings.series, bTargets)),
      ordinal: join(a.meetings.ordinal, b.meetings.ordinal),
    },
    links: {
      from: join(a.links.from, shift(b.links.from, size)),
      target: join(remap(a.links.target, aTargets), remap(b.links.target, bTargets)),
      how: join8(remap(a.links.how, aHows), remap(b.links.how, bHows)),
    },
    hows: hows.values,
  };
}

function join(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function join8(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
