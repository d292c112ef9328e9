/** The in-memory index every feature reads. Built once per dataset by buildIndex (index/build.ts). */
import type { CompiledSource, Dataset, Entity } from '../data/dataset';
import type { FormKind } from '../scan/hits';

export interface FormEntry {
  /** Entity id. */
  id: string;
  via: FormKind;
  /** Acronyms match case-sensitively: the words as written, apostrophes removed, space-joined. */
  exact?: string;
  /** The form is listed in the entity's sharedForms. */
  shared: boolean;
}

/** Surface forms -> entities, keyed by formKey() of the form (see scan/tokens.ts). */
export interface FormIndex {
  get(key: string): readonly FormEntry[] | undefined;
  /**
   * Does some form start with (or equal) the words whose key hashes to this (see index/hash.ts)?
   * False means stop extending; true may rarely be a hash collision, which only costs a lookup.
   */
  hasPrefix(prefixHash: number): boolean;
  readonly size: number;
}

export interface Referrer {
  entity: Entity;
  /** How it points here: "series", "chair", "participant", "host", "role", or a relation type. */
  how: string;
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
  /** Best candidates for what the writer has typed (one or more words), best first. */
  query(typed: string, limit: number): CompletionCandidate[];
}

export interface EntityIndex {
  readonly dataset: Dataset;
  readonly byId: ReadonlyMap<string, Entity>;
  readonly sources: ReadonlyMap<string, CompiledSource>;
  readonly forms: FormIndex;
  readonly completion: CompletionIndex;
  /** Meetings of a series, by ordinal then start date. */
  instancesOf(seriesId: string): readonly Entity[];
  instance(seriesId: string, ordinal: number): Entity | undefined;
  /** Entities that point at this one. */
  referrers(id: string): readonly Referrer[];
}
