/** How a surface form names its entity: an acronym (matched case-sensitively), the official name, or an alias. */
export type FormKind = 'acronym' | 'name' | 'alias';
