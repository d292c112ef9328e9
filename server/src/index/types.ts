/** The in-memory index every feature reads. Built once per catalog by buildIndex (index/build.ts). */
import type { Catalog } from '../data/catalog';
import type { LinkKind } from '../data/columns';
import type { CompiledSource, Entity, EntityKind, Lang } from '../data/dataset';
import type { FormKind } from '../text/forms';

export interface FormEntry {
  /** Entity id. */
  id: string;
  via: FormKind;
  /** Acronyms and cased aliases match case-sensitively: the words as written, apostrophes removed, space-joined. */
  exact?: string;
  /** The form is listed in the entity's sharedForms. */
  shared: boolean;
}

/** Surface forms -> entities, keyed by formKey() of the form (see text/tokens.ts). */
export interface FormIndex {
  get(key: string): readonly FormEntry[] | undefined;
  /**
   * Does some form start with (or equal) the words whose key hashes to this (see text/hash.ts)?
   * False means stop extending; true may rarely be a hash collision, which only costs a lookup.
   */
  hasPrefix(prefixHash: number): boolean;
  readonly size: number;
}

/** Entities that point at one entity in the same way. */
export interface ReferrerGroup {
  /** How they point here: "series", "chair", "participant", "host", "role", or a relation type. */
  readonly how: LinkKind;
  readonly size: number;
  /**
   * The first `limit` of them (all by default), each once: the dated newest first, then the undated
   * in data order. A card asks for the few it shows: a country hosts thousands of meetings.
   */
  ids(limit?: number): string[];
}

export type EntitySummary = Pick<Entity, 'id' | 'kind' | 'name' | 'acronyms' | 'dates'>;

/** Whole records by id; a record may be read from disk, so ask for the few you show. */
export interface EntityLookup {
  get(id: string): Entity | undefined;
  /** The same, read without being kept among the records read last: for a pass over many (a series' meetings). */
  getOnce(id: string): Entity | undefined;
  has(id: string): boolean;
  readonly size: number;
}

export interface CompletionCandidate {
  id: string;
  /** The text to insert and show. */
  label: string;
  via: FormKind;
  /** 0 exact-case acronym prefix, 1 name/alias prefix, 2 fuzzy; lower is better. */
  tier: number;
  score: number;
}

export interface CompletionIndex {
  /**
   * Best candidates for what the writer has typed (one or more words), best first. With `startsOnly`,
   * only forms that begin with it (tiers 0 and 1 without later-word matches): what an as-you-type
   * offer can continue, at the cost of two binary searches.
   */
  query(typed: string, limit: number, options?: { startsOnly?: boolean }): CompletionCandidate[];
}

export interface EntityIndex {
  readonly catalog: Catalog;
  readonly byId: EntityLookup;
  /** Held in memory: what the recogniser and the rules ask of every hit. */
  kindOf(id: string): EntityKind | undefined;
  /**
   * What a mention of the entity shows (its name, acronyms and dates), kept once read: diagnostics
   * name the readings of hundreds of hits on every pass over a draft, and cards list related entities.
   */
  summaryOf(id: string): EntitySummary | undefined;
  /** summaryOf's name in the language (English where it has no Indonesian one). */
  nameOf(id: string, lang: Lang): string | undefined;
  readonly sources: ReadonlyMap<string, CompiledSource>;
  readonly forms: FormIndex;
  readonly completion: CompletionIndex;
  /** The series a meeting belongs to, held in memory: the rules ask it of every hit. */
  seriesOf(id: string): string | undefined;
  /** Ids of the meetings of a series, by ordinal then start date. */
  instancesOf(seriesId: string): readonly string[];
  /** Id of the meeting of a series with this ordinal. */
  instance(seriesId: string, ordinal: number): string | undefined;
  /** Entities that point at this one, grouped by how. */
  referrers(id: string): readonly ReferrerGroup[];
}
