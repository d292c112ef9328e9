/** `asean-ref lookup TERM…`: the card for each term, exact when the term is a known form, else the closest match. */
import type { Entity, Lang } from '../data/dataset';
import { isQuote } from '../data/evidence';
import { renderCardText } from '../format/text';
import { nameIn, titleIn } from '../format/names';
import { scanText } from '../scan/scan';
import { exactKey, formKey } from '../text/tokens';
import type { Engine } from './engine';
import type { Io } from './output';

export interface Found {
  term: string;
  match: 'exact' | 'fuzzy';
  entities: Entity[];
}

/**
 * 1. a surface form of some entity (formKey; acronyms only as written, so "ARSOM" but not "arsom");
 * 2. a phrase the recogniser reads as one reference ("KTT ASEAN ke-42", "42nd ASEAN Summit");
 * 3. the best fuzzy completion ("Kao Kim Huorn", "arsom"), reported as a suggestion.
 */
export function find(engine: Engine, term: string): Found | undefined {
  const { index } = engine;
  const entities = (ids: readonly string[]): Entity[] => [...new Set(ids)].map((id) => index.byId.get(id)).filter((e): e is Entity => !!e);

  const key = formKey(term);
  if (key) {
    const written = exactKey(term);
    const entries = (index.forms.get(key) ?? []).filter((e) => e.exact === undefined || e.exact === written);
    const exact = entities(entries.map((e) => e.id));
    if (exact.length) return { term, match: 'exact', entities: exact };
  }

  const trimmed = term.trim();
  const hits = scanText(trimmed, index).hits;
  if (hits.length === 1 && hits[0].start === 0 && hits[0].end === trimmed.length) {
    const exact = entities(hits[0].candidates.map((c) => c.id));
    if (exact.length) return { term, match: 'exact', entities: exact };
  }

  const best = entities(index.completion.query(trimmed, 3).map((c) => c.id)).slice(0, 1);
  return best.length ? { term, match: 'fuzzy', entities: best } : undefined;
}

export interface LookupOptions {
  json: boolean;
  lang: Lang;
  color: boolean;
}

export function lookup(engine: Engine, terms: string[], options: LookupOptions, io: Io): number {
  let missing = 0;
  const results: object[] = [];
  const cards: string[] = [];
  for (const term of terms) {
    const found = find(engine, term);
    if (!found) {
      missing++;
      io.stderr.write(options.lang === 'id' ? `${term}: tidak ditemukan dalam data\n` : `${term}: not found in the record\n`);
      continue;
    }
    if (options.json) results.push({ term, match: found.match, entities: found.entities.map((e) => withSources(e, engine)) });
    else cards.push(textFor(found, engine, options));
  }
  if (options.json) io.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else io.stdout.write(cards.join('\n'));
  return missing ? 1 : 0;
}

function textFor(found: Found, engine: Engine, options: LookupOptions): string {
  const { lang } = options;
  let note = '';
  if (found.match === 'fuzzy') {
    const name = titleIn(found.entities[0], lang);
    note = lang === 'id' ? `"${found.term}" tidak ditemukan; mungkin maksud Anda ${name}?\n\n` : `"${found.term}" is not a known name; did you mean ${name}?\n\n`;
  } else if (found.entities.length > 1) {
    const names = found.entities.map((e) => nameIn(e, lang)).join('; ');
    note = lang === 'id' ? `"${found.term}" dapat berarti: ${names}\n\n` : `"${found.term}" can mean: ${names}\n\n`;
  }
  return note + found.entities.map((e) => renderCardText(e, engine.index, { lang, color: options.color })).join('\n---\n\n');
}

/** The entity with each cited source resolved: the article's title, publisher and date, and where the quote stands. */
function withSources(entity: Entity, engine: Engine): object {
  const sources = entity.sources.map((s) => {
    // A cited page is already self-describing: publisher, title, url, dates.
    if (!isQuote(s)) return { ...s, kind: 'citation' };
    const source = engine.index.sources.get(s.source);
    const span = source && Object.hasOwn(source.quotes, s.quote) ? source.quotes[s.quote] : undefined;
    const meta = source?.meta;
    return {
      ...s,
      kind: 'quote',
      ...(meta ? { title: meta.title, publisher: meta.publisher, published: meta.published, language: meta.language } : {}),
      file: source?.file,
      line: span ? span.start.line + 1 : undefined,
      column: span ? span.start.character + 1 : undefined,
    };
  });
  return { ...entity, sources };
}
