/**
 * `asean-ref export --format cspell|vale|text`: the terms the data knows (shipped and the team's), for the
 * other tools in a writer's chain: a cSpell dictionary or a Vale vocabulary, so spell checkers stop flagging
 * ARSOM, Morgulov or Suryodipuro; or every form, one per line.
 */
import type { EntityIndex } from '../index/types';
import { escapeRegExp } from '../text/regex';

export const EXPORT_FORMATS = ['cspell', 'vale', 'text'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every acronym, name and alias, and the places meetings were held (Labuan Bajo), once each, sorted. */
export function termForms(index: EntityIndex): string[] {
  const forms = new Set<string>();
  index.catalog.entities.scan((e) => {
    // A place may be named in each language ({ en: 'Singapore', id: 'Singapura' }): both are words of the data.
    const place = [e.place?.venue, e.place?.city, e.place?.province].flatMap((p) => (typeof p === 'object' ? [p.en, p.id] : [p]));
    for (const f of [e.name.en, e.name.id, ...(e.acronyms ?? []), ...(e.aliases ?? []), ...(e.casedAliases ?? []), ...(e.sharedForms ?? []), ...place]) {
      const form = f?.replace(/\s+/g, ' ').trim();
      if (form) forms.add(form);
    }
  });
  return [...forms].sort(byText);
}

/**
 * The words a spell checker would not know: every word of the forms that has a capital or a digit (an
 * acronym, a name), not the ordinary words around them ("of", "the", "dan").
 */
export function termWords(forms: readonly string[]): string[] {
  const words = new Set<string>();
  for (const form of forms) {
    for (const word of form.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (word.length > 1 && /^\p{L}/u.test(word) && /[\p{Lu}\p{N}]/u.test(word)) words.add(word);
    }
  }
  return [...words].sort(byText);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


export function exportTerms(index: EntityIndex, format: ExportFormat): string {
  const forms = termForms(index);
  if (format === 'text') return forms.map((f) => `${f}\n`).join('');
  const words = termWords(forms);
  // Vale reads each vocabulary line as a regular expression.
  if (format === 'vale') return words.map((w) => `${escapeRegExp(w)}\n`).join('');
  return ['# ASEAN Reference Lookup terms: asean-ref export --format cspell', ...words].map((l) => `${l}\n`).join('');
}
