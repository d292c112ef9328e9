/** How an entity is named on a card, in the card's language, falling back to English where no Indonesian name is used. */
import { nameIn, type Entity, type Lang } from '../data/dataset';
import type { EntityIndex } from '../index/types';

export { nameIn };

/**
 * The name with the acronyms a reader will meet: "ASEAN-Russia Senior Officials' Meeting (ARSOM)".
 * An acronym the name already contains as a word ("ARSOM ke-16") is not repeated.
 */
export function titleIn(entity: Pick<Entity, 'name' | 'acronyms'>, lang: Lang): string {
  const name = nameIn(entity, lang);
  const words = new Set(name.split(/[^\p{L}\p{N}]+/u));
  const extra = (entity.acronyms ?? []).filter((a) => !words.has(a) && a !== name);
  return extra.length ? `${name} (${extra.join(', ')})` : name;
}

/** The other language's name, when there is one and it differs. */
export function otherName(entity: Entity, lang: Lang): { lang: Lang; text: string } | undefined {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const text = entity.name[other];
  return text && text !== nameIn(entity, lang) ? { lang: other, text } : undefined;
}

/** A text the data gives once ("Jakarta") or in both languages ("Singapore" / "Singapura"), in the card's language. */
export function textIn(text: string | { en: string; id: string } | undefined, lang: Lang): string | undefined {
  return typeof text === 'object' ? text[lang] : text;
}

/** A referenced entity by id; a dangling id (the checker reports those) is shown as written rather than dropped. */
export function refTitle(id: string, index: EntityIndex, lang: Lang): string {
  const e = index.summaryOf(id);
  return e ? titleIn(e, lang) : id;
}
