/** Go to Definition: the passages of the source articles that support the entity under the cursor. */
import type { Location, Position } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import type { Entity } from '../data/dataset';
import { isQuote } from '../data/evidence';
import type { EntityIndex } from '../index/types';
import { hitUnder } from './context';
import type { RequestContext } from './request';

export function definition({ doc, index, scan }: RequestContext, position: Position): Location[] {
  const top = hitUnder(doc, position, scan)?.candidates[0];
  const entity = top && index.byId.get(top.id);
  if (!entity) return [];
  const own = evidenceLocations(entity, index);
  // A cited-only entity has nothing local to open: its card links the pages instead.
  if (own.length || !entity.series || !entity.sources.some(isQuote)) return own;
  // A meeting whose own quotes could not be placed still has its series' evidence to show.
  const series = index.byId.get(entity.series);
  return series ? evidenceLocations(series, index) : [];
}

/** One location per quote of the entity that stands in a loaded source, each once. */
export function evidenceLocations(entity: Entity, index: EntityIndex): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const ev of entity.sources) {
    if (!isQuote(ev)) continue;
    const source = index.sources.get(ev.source);
    const span = source && Object.prototype.hasOwnProperty.call(source.quotes, ev.quote) ? source.quotes[ev.quote] : undefined;
    if (!source || !span) continue;
    const uri = URI.file(source.file).toString();
    const key = `${uri}#${span.start.line}:${span.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ uri, range: { start: span.start, end: span.end } });
  }
  return out;
}
