// What the tests expect, read from the curated data the .vsix ships (data/entities, data/sources):
// where the quotes that support an entity stand in their source articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { product } from './tools';

export interface QuotedPassage {
  sourceId: string;
  /** file name of the article, e.g. "kemlu-arsom-16.md" */
  fileName: string;
  file: string;
  quote: string;
  /** where the quote starts, 1-based as the status bar shows it */
  line: number;
  column: number;
  /** the line the quote ends on */
  endLine: number;
}

interface EntityJson {
  id: string;
  acronyms?: string[];
  sources: { source: string; quote: string }[];
}

const dataDir = product.dataDir;

function entities(): EntityJson[] {
  const dir = path.join(dataDir, 'entities');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { entities: EntityJson[] }).entities);
}

function sourceFiles(): Map<string, string> {
  const dir = path.join(dataDir, 'sources');
  const byId = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const id = /^---\r?\n[\s\S]*?^id:\s*["']?([\w-]+)/m.exec(text)?.[1];
    if (id) byId.set(id, path.join(dir, f));
  }
  return byId;
}

/** The passages an entity's sources quote, where each stands in its article (quotes are verbatim). */
export function quotedPassages(acronym: string): QuotedPassage[] {
  const entity = entities().find((e) => e.acronyms?.includes(acronym));
  if (!entity) throw new Error(`no entity with the acronym ${acronym} in data/entities`);
  return locate(entity.sources);
}

/** Every passage of an article that some entity quotes. */
export function passagesIn(fileName: string): QuotedPassage[] {
  const evidence = entities().flatMap((e) => e.sources);
  return locate(evidence).filter((p) => p.fileName === fileName);
}

function locate(evidence: { source: string; quote: string }[]): QuotedPassage[] {
  const files = sourceFiles();
  return evidence.flatMap(({ source, quote }) => {
    const file = files.get(source);
    if (!file) return [];
    const text = readFileSync(file, 'utf8');
    // the quote is looked for in the body, after the front matter
    const bodyStart = text.indexOf('\n---', 3) + 4;
    const at = text.indexOf(quote, bodyStart);
    if (at < 0) return [];
    const before = text.slice(0, at).split('\n');
    const line = before.length;
    const endLine = line + quote.split('\n').length - 1;
    return [{ sourceId: source, fileName: path.basename(file), file, quote, line, column: before[before.length - 1].length + 1, endLine }];
  });
}

/** The first few words of a quote: enough to recognise the passage on screen. */
export function quoteHead(quote: string, words = 5): string {
  return quote.replace(/\s+/g, ' ').trim().split(' ').slice(0, words).join(' ');
}
