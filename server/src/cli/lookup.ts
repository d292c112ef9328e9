/** `asean-ref lookup TERM…`: the card for each term, exact when the term is a known form, else the closest. */
import type { Entity, Lang } from '../data/dataset';
import { renderCardText } from '../format/text';
import { nameIn } from '../format/names';
import { scanText } from '../scan/scan';
import type { Engine } from './engine';
import type { Io } from './output';

interface Found {
  term: string;
  match: 'exact' | 'fuzzy';
  entities: Entity[];
}

/** The recogniser decides what counts as exact, so "KTT ASEAN ke-42" and "arsom" behave as in a draft. */
export function find(engine: Engine, term: string): Found | undefined {
  const hits = scanText(term, engine.index).hits;
  if (hits.length === 1 && hits[0].start === 0 && hits[0].end === term.trimEnd().length) {
    return { term, match: 'exact', entities: hits[0].candidates.map((c) => engine.index.byId.get(c.id)).filter((e): e is Entity => !!e) };
  }
  const best = engine.index.completion.query(term, 3);
  const ids = [...new Set(best.map((c) => c.id))].slice(0, 1);
  const entities = ids.map((id) => engine.index.byId.get(id)).filter((e): e is Entity => !!e);
  return entities.length ? { term, match: 'fuzzy', entities } : undefined;
}

export function lookup(engine: Engine, terms: string[], options: { json: boolean; lang: Lang; color: boolean }, io: Io): number {
  let missing = 0;
  const results: object[] = [];
  for (const term of terms) {
    const found = find(engine, term);
    if (!found) {
      missing++;
      io.stderr.write(`${term}: not found in the record\n`);
      continue;
    }
    if (options.json) results.push({ term, match: found.match, entities: found.entities.map((e) => withSources(e, engine)) });
    else io.stdout.write(textFor(found, engine, options) + '\n');
  }
  if (options.json) io.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return missing ? 1 : 0;
}

function textFor(found: Found, engine: Engine, options: { lang: Lang; color: boolean }): string {
  const note = found.match === 'fuzzy' ? (options.lang === 'id' ? `"${found.term}" tidak ditemukan; mungkin maksud Anda ${nameIn(found.entities[0], options.lang)}:\n\n` : `"${found.term}" is not a known name; did you mean ${nameIn(found.entities[0], options.lang)}?\n\n`) : '';
  return note + found.entities.map((e) => renderCardText(e, engine.index, { lang: options.lang, color: options.color })).join('\n---\n');
}

/** The entity with each quote's place in its source article, for scripts. */
function withSources(entity: Entity, engine: Engine): object {
  const sources = entity.sources.map((s) => {
    const source = engine.index.sources.get(s.source);
    const span = source?.quotes[s.quote];
    return { ...s, file: source?.file, line: span ? span.start.line + 1 : undefined, column: span ? span.start.character + 1 : undefined };
  });
  return { ...entity, sources };
}
