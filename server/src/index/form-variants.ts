/**
 * The ways writers write a form that the data spells once: rules over a form and its entity's kind, applied
 * when the recogniser's form table is built. A variant never takes a key that some entity's own form has
 * (forms.ts adds variants only to keys nothing else claims), so the data's forms always win.
 */
import type { EntityKind } from '../data/dataset';
import type { FormKind } from '../text/forms';

export interface Variant {
  text: string;
  via: FormKind;
}

/** `shared`: the form is one the entity shares with another (sharedForms), such as "SOM". */
type Rule = (text: string, via: FormKind, kind: EntityKind | undefined, shared: boolean) => string[];

const ENGLISH_WORD = /^[A-Za-z]+$/;

/** English plurals of the last word: "summits", "online scams", "flagship events"; "SOMs", "PMCs" for an acronym. */
const plural: Rule = (text, via, kind, shared) => {
  if (kind !== 'term' && kind !== 'meeting-series') return [];
  const m = /([A-Za-z]+)$/.exec(text);
  if (!m || !ENGLISH_WORD.test(m[1]) || m[1].length < 3) return [];
  const word = m[1];
  const head = text.slice(0, m.index);
  // An acronym in the plural: "SOMs", "PMCs" (the Post Ministerial Conferences are the series, as "ASEAN Summits" is).
  // A series leaves the plural of an acronym it shares with a term to the term: "SOMs" are senior officials' meetings.
  if (via === 'acronym') return /^[A-Z]+$/.test(word) && (kind === 'term' || !shared) ? [`${text}s`] : [];
  if (/[^aeiou]y$/i.test(word)) return [`${head}${word.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(word)) return [`${head}${word}es`];
  return [`${head}${word}s`];
};

/** Titles drop "the": "ASEAN Outlook on Indo-Pacific", "Coordinating Conference on ASEAN Socio-Cultural Community". */
const droppedArticle: Rule = (text, via, kind) => (via !== 'acronym' && kind !== 'person' && / the /i.test(text) ? [text.replace(/ the /gi, ' ')] : []);

/** Country adjectives: "Russian", "Indonesian", "Saudi Arabian" from names ending in -ia. */
const adjective: Rule = (text, via, kind) => (kind === 'country' && via !== 'acronym' && /[a-z]ia$/.test(text) ? [`${text}n`] : []);

/** An office's head names the office: "Direktur Jenderal Kerja Sama ASEAN", "Dirjen …", "Director General of …". */
const OFFICE_TITLES: [RegExp, string[]][] = [
  [/^Direktorat Jenderal /, ['Direktur Jenderal ', 'Dirjen ']],
  [/^Ditjen /, ['Dirjen ']],
  [/^Direktorat (?!Jenderal)/, ['Direktur ']],
  [/^Directorate General /, ['Director General ', 'Director-General ']],
  [/^Directorate of /, ['Director of ']],
];
const officeHead: Rule = (text, via, kind) => {
  if (kind !== 'organization' || via === 'acronym') return [];
  for (const [re, heads] of OFFICE_TITLES) if (re.test(text)) return heads.map((h) => text.replace(re, h));
  return [];
};

/**
 * People are written by the first two words of their name ("Kao Kim" for Kao Kim Hourn) and, where the data gives
 * a full name as an alias, with its middle name as an initial ("Sidharto R. Suryodipuro"). One variant a form keeps
 * the table small at 100,000 entities.
 */
const personName: Rule = (text, via, kind) => {
  if (kind !== 'person' || via === 'acronym') return [];
  const words = text.split(' ');
  if (words.length < 3 || words.some((w) => !/^\p{Lu}\p{Ll}+$/u.test(w))) return [];
  if (via === 'name') return [words.slice(0, 2).join(' ')];
  return [[words[0], ...words.slice(1, -1).map((w) => `${w[0]}.`), words[words.length - 1]].join(' ')];
};

/** Mixed-case acronyms in an upper-case lead or headline: "KEMENKO PMK", "KEMLU". */
const upperCase: Rule = (text, via) => (via === 'acronym' && /\p{Ll}/u.test(text) && /^\p{Lu}/u.test(text) ? [text.toUpperCase()] : []);

/** Spellings Indonesian reports commonly use for words of official names. */
const SPELLINGS: [RegExp, string][] = [
  [/\bSekretaris\b/g, 'Sekertaris'],
  [/\bKerja Sama\b/g, 'Kerjasama'],
  [/\bPelindungan\b/g, 'Perlindungan'],
  // "Menteri Koordinator Pembangunan Manusia dan Kebudayaan": reports drop the "Bidang" of a coordinating title.
  [/\bKoordinator Bidang\b/g, 'Koordinator'],
];
const spelling: Rule = (text, via) => {
  if (via === 'acronym') return [];
  const out: string[] = [];
  for (const [re, common] of SPELLINGS) if (re.test(text)) out.push(text.replace(re, common));
  return out;
};

/**
 * News agencies spell ASEAN out inside a meeting's name, its acronym in parentheses after it: "the 43rd Association of
 * Southeast Asian Nations (ASEAN) Summit", "Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia
 * Tenggara (ASEAN)". An English name starts with ASEAN, an Indonesian one ends with it: one variant each, so the
 * table grows by at most a form per series name. The names are those of the `asean` entity (data/entities).
 */
export const ASEAN_SPELLED_OUT = { en: 'Association of Southeast Asian Nations', id: 'Perhimpunan Bangsa-Bangsa Asia Tenggara' };
const spelledOutAsean: Rule = (text, via, kind) => {
  if (kind !== 'meeting-series' || via === 'acronym') return [];
  if (text.startsWith('ASEAN ')) return [`${ASEAN_SPELLED_OUT.en}${text.slice(5)}`];
  return text.endsWith(' ASEAN') ? [`${text.slice(0, -5)}${ASEAN_SPELLED_OUT.id}`] : [];
};

const RULES: Rule[] = [plural, droppedArticle, adjective, officeHead, personName, upperCase, spelling, spelledOutAsean];

/** The variants of one form (not the form itself), each once. */
export function formVariants(text: string, via: FormKind, kind: EntityKind | undefined, shared = false): Variant[] {
  const seen = new Set<string>([text]);
  const out: Variant[] = [];
  for (const rule of RULES) {
    for (const v of rule(text, via, kind, shared)) {
      if (seen.has(v)) continue;
      seen.add(v);
      // An acronym's variants ("SOMs", "KEMLU") still match only as written; the others in any case.
      out.push({ text: v, via: via === 'acronym' ? 'acronym' : 'alias' });
    }
  }
  return out;
}
