/**
 * The Markdown injection grammar, made from the shipped entities: it marks known acronyms and ordinal
 * meeting phrases ("KTT ASEAN ke-42", "ARSOM ke-16", "the 42nd ASEAN Summit") in prose, headings, lists,
 * tables and block quotes, never in code spans, code blocks, links' targets, HTML or front matter.
 * What a grammar cannot hold (team data, names and their variants, spelled-out ordinals) comes from the
 * server's semantic tokens, mapped onto the same scopes (package.json `semanticTokenScopes`).
 */
import type { Entity } from '../server/src/data/model.gen';
import { escapeRegExp } from '../server/src/text/regex';

export const SCOPE_NAME = 'text.html.markdown.asean-ref';
export const ACRONYM_SCOPE = 'variable.other.constant.acronym.asean-ref';
export const MEETING_SCOPE = 'support.class.meeting.asean-ref';

/** Where the grammar applies: Markdown's prose blocks, minus every kind of code and markup that is not prose. */
const INJECTION_SELECTOR =
  'L:text.html.markdown (meta.paragraph.markdown | markup.heading.markdown | markup.table.markdown) ' +
  '- (markup.inline.raw | markup.fenced_code | markup.raw | markup.underline.link | meta.link.inline.markdown meta.link | ' +
  'meta.embedded | comment | meta.tag | string.other.link.description.title | meta.link.reference.def)';

/** A name boundary: no letter, digit or hyphen may touch the phrase ("ASEAN" in "ASEAN-Rusia" is a longer name's). */
const BEFORE = '(?<![\\p{L}\\p{N}_-])';
const AFTER = '(?![\\p{L}\\p{N}_-])';

/** One pattern for any run of spaces where the data has one; ’ and ' alike. */
const phrase = (form: string): string => escapeRegExp(form).replace(/\s+/g, '\\s+').replace(/[’']/g, "['’]");
/** Longest first, so "ASEAN SOM" wins over "ASEAN" at the same place. */
const alternation = (forms: Iterable<string>): string =>
  [...new Set([...forms].map(phrase))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');

/** Indonesian "ke-42", "ke 42", "ke42"; English "42nd", "16th". */
const ID_ORDINAL = 'ke-?\\s?\\d{1,3}';
const EN_ORDINAL = '\\d{1,3}(?:st|nd|rd|th)';

function seriesForms(series: readonly Entity[]): string[] {
  const forms: string[] = [];
  for (const s of series) forms.push(s.name.en, ...(s.name.id ? [s.name.id] : []), ...(s.acronyms ?? []), ...(s.aliases ?? []));
  return forms.filter((f) => f.trim().length > 1);
}

/** "KTT ASEAN" -> "KTT ke-42 ASEAN": the ordinal after the first word, as Indonesian writers also put it. */
function splitForms(forms: readonly string[]): string {
  const split = forms.filter((f) => /\s/.test(f.trim())).map((f) => {
    const [first, ...rest] = f.trim().split(/\s+/);
    return `${phrase(first)}\\s+${ID_ORDINAL}\\s+${phrase(rest.join(' '))}`;
  });
  return [...new Set(split)].join('|');
}

export interface InjectionGrammar {
  scopeName: string;
  injectionSelector: string;
  patterns: { include: string }[];
  repository: Record<string, { match: string; name: string }>;
}

export function injectionGrammar(entities: readonly Entity[]): InjectionGrammar {
  const acronyms = entities.flatMap((e) => e.acronyms ?? []).filter((a) => a.trim().length > 1);
  const forms = seriesForms(entities.filter((e) => e.kind === 'meeting-series'));
  const series = alternation(forms);
  const meeting = [
    // "Pertemuan ke-16 ARSOM", "KTT ke-42 ASEAN"
    `(?:Pertemuan|Sidang|Konferensi)\\s+${ID_ORDINAL}\\s+(?:${series})`,
    splitForms(forms),
    // "KTT ASEAN ke-42", "ARSOM ke-16"
    `(?:${series})\\s+${ID_ORDINAL}`,
    // "the 42nd ASEAN Summit", "16th ARSOM"
    `${EN_ORDINAL}\\s+(?:${series})`,
  ].filter(Boolean);
  return {
    scopeName: SCOPE_NAME,
    injectionSelector: INJECTION_SELECTOR,
    // Meetings first: an ordinal phrase holds an acronym ("ARSOM ke-16") and wins over it.
    patterns: [{ include: '#meeting' }, { include: '#acronym' }],
    repository: {
      meeting: { match: `${BEFORE}(?:${meeting.join('|')})${AFTER}`, name: MEETING_SCOPE },
      acronym: { match: `${BEFORE}(?:${alternation(acronyms)})${AFTER}`, name: ACRONYM_SCOPE },
    },
  };
}
