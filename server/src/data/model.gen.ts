/* Generated from data/schema/*.schema.json by `npm run gen:types`. Do not edit. */
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "entity".
 */
export type Entity = {
  id: Id;
  kind:
    | 'meeting-series'
    | 'meeting'
    | 'person'
    | 'organization'
    | 'country'
    | 'partnership'
    | 'document'
    | 'initiative'
    | 'term';
  name: Name;
  /**
   * Abbreviations, matched case-sensitively ("SOM", not "som").
   */
  acronyms?: Text[];
  /**
   * Other spellings writers use, matched case-insensitively and across hyphen, dash, space and apostrophe variants.
   */
  aliases?: Text[];
  /**
   * Other spellings matched only with the letter case written here, for a name that is also an everyday phrase: "ASEAN Matters" is the 2023 theme, "ASEAN matters" is English prose. Hyphen, dash, space and apostrophe variants still match.
   */
  casedAliases?: Text[];
  /**
   * Surface forms this entity intentionally shares with another entity (both must list it); readers are shown every candidate.
   */
  sharedForms?: Text[];
  description: Localized;
  series?: Id;
  /**
   * The meeting's number in its series (the 42nd ASEAN Summit is 42).
   */
  ordinal?: number;
  dates?: Dates;
  place?: Place;
  chairs?: Id[];
  host?: Id;
  participants?: Participant[];
  /**
   * @minItems 1
   */
  roles?: [Role, ...Role[]];
  related?: Relation[];
  /**
   * @minItems 1
   */
  sources: [Evidence, ...Evidence[]];
  notes?: Note[];
};
/**
 * Stable identifier: lowercase words joined by hyphens. Never change it once published; other entities refer to it.
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "id".
 */
export type Id = string;
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * ISO 8601 calendar date at the precision the evidence gives: YYYY, YYYY-MM or YYYY-MM-DD.
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string;
/**
 * A place name: one text when it is written alike in English and Indonesian ("Jakarta"), else both ("Singapore" / "Singapura").
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "placeText".
 */
export type PlaceText = Text | Localized;
/**
 * An entity id, or a description of participants that are not entities.
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "participant".
 */
export type Participant = Id | Localized;

/**
 * A file of curated ASEAN entities (meetings, people, organisations, documents, initiatives, terms). Every entity cites at least one piece of evidence: a verbatim quote from a shipped source article, or a public web page.
 */
export interface EntityFile {
  $schema?: string;
  entities: Entity[];
}
/**
 * Official name in English (en) and, where one is used, Indonesian (id).
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "name".
 */
export interface Name {
  en: Text;
  id?: Text;
}
/**
 * Text in English (en) and Indonesian (id).
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "localized".
 */
export interface Localized {
  en: Text;
  id: Text;
}
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "dates".
 */
export interface Dates {
  start: IsoDate;
  end?: IsoDate;
}
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "place".
 */
export interface Place {
  venue?: PlaceText;
  city?: PlaceText;
  province?: PlaceText;
  country?: PlaceText;
  virtual?: boolean;
}
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  title: Localized;
  organization?: Id;
  from?: IsoDate;
  to?: IsoDate;
  /**
   * Dates on which a source shows the person in this role.
   *
   * @minItems 1
   */
  attested?: [IsoDate, ...IsoDate[]];
  evidence: Evidence;
}
/**
 * What supports the entity or a fact of it: a verbatim passage of a shipped source article (source + quote), or a citation of a public web page (url + title + publisher + consulted).
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  source?: Id;
  quote?: string;
  /**
   * The cited page: an https address.
   */
  url?: string;
  title?: Text;
  publisher?: Text;
  /**
   * ISO 8601 calendar date at the precision the evidence gives: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  published?: string;
  /**
   * ISO 8601 calendar date at the precision the evidence gives: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  consulted?: string;
  /**
   * The facts this evidence backs; without it, the evidence backs the entity as a whole. A card marks each fact verified (a quote of a shipped article) or cited (a web page).
   *
   * @minItems 1
   */
  facts?: [
    'dates' | 'place' | 'chairs' | 'host' | 'participants' | 'series' | 'ordinal' | 'related',
    ...('dates' | 'place' | 'chairs' | 'host' | 'participants' | 'series' | 'ordinal' | 'related')[]
  ];
}
/**
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "relation".
 */
export interface Relation {
  type:
    | 'part-of'
    | 'member-of'
    | 'observer-of'
    | 'dialogue-partner-of'
    | 'organized-by'
    | 'adopted-at'
    | 'implements'
    | 'related-to';
  target: Id;
}
/**
 * A curator's note: where a source is wrong or unclear, say what is right and quote the source's own wording.
 *
 * This interface was referenced by `EntityFile`'s JSON-Schema
 * via the `definition` "note".
 */
export interface Note {
  en: Text;
  id?: Text;
  evidence?: Evidence;
}

/**
 * Front matter of a source article (data/sources/*.md). The body below the front matter is the article text, verbatim.
 */
export interface SourceMeta {
  id: string;
  title: string;
  publisher: string;
  published: {
    date: string;
    time?: string;
    /**
     * Why the date is inferred, when the article does not give it: one text, or English (en) and Indonesian (id) so each card reads in its own language.
     */
    inferred?:
      | string
      | {
          en: string;
          id: string;
        };
  };
  language: 'id' | 'en';
  byline?: {
    reporter?: string;
    editor?: string;
    photographer?: string;
  };
  /**
   * The file this article was taken from.
   */
  seed: string;
  notes?: string[];
}
