/**
 * How often an as-you-type offer (ghost text) appears, measured two ways on the shipped data:
 *
 * - in ordinary prose: the five source articles and the example drafts typed character by
 *   character; at every keystroke, would an offer appear? Lower is quieter.
 * - on reference prefixes: the completion query mix's prefixes of known forms (≥ 2 letters of an
 *   acronym, ≥ 3 of a name; typos left out, they are no prefix): is the entity meant among the
 *   first three offers? Higher is more helpful.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset, Entity } from '../server/src/data/dataset';
import { asYouTypeOffers, MAX_OFFERS } from '../server/src/features/completion-offer';
import type { EntityIndex } from '../server/src/index/types';
import { maskNonProse } from '../server/src/scan/prose';
import { queryMix } from './queries';

export interface ProseOffers {
  texts: number;
  keystrokes: number;
  offers: number;
  /** offers / keystrokes */
  rate: number;
  /** Offers none of whose forms the writer went on to type: noise, however harmless as ghost text. */
  unwanted: number;
  unwantedRate: number;
  /** A few typed phrases that drew an unwanted offer, for the report. */
  examples: string[];
}

export interface PrefixOffers {
  prefixes: number;
  /** Query-mix prefixes left out because they already are a whole form of some entity ("ASEAN", "Kemlu"): offers stay silent there by design. */
  complete: number;
  offered: number;
  top3: number;
  /** top3 / prefixes */
  rate: number;
  missed: string[];
}

/** The prose a writer types: every source article and example draft shipped with the package. */
export function shippedProse(root: string): string[] {
  const dirs = [path.join(root, 'data', 'sources'), path.join(root, 'examples')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8')),
  );
}

export function offersInProse(texts: readonly string[], index: EntityIndex): ProseOffers {
  let keystrokes = 0;
  let offers = 0;
  let unwanted = 0;
  const examples = new Set<string>();
  for (const text of texts) {
    // The finished text's mask: what is prose does not change as the writer types it.
    const prose = maskNonProse(text);
    const masked = (from: number, to: number) => prose.slice(from, to);
    for (let offset = 1; offset <= text.length; offset++) {
      if (prose[offset - 1] !== text[offset - 1] || text[offset - 1] === '\n') continue;
      keystrokes++;
      const found = asYouTypeOffers(text, offset, masked, index);
      if (!found) continue;
      offers++;
      if (found.offers.some((o) => text.startsWith(o.text, found.start))) continue;
      unwanted++;
      if (examples.size < 40) examples.add(text.slice(found.start, offset));
    }
  }
  const per = (n: number) => n / Math.max(1, keystrokes);
  return { texts: texts.length, keystrokes, offers, rate: per(offers), unwanted, unwantedRate: per(unwanted), examples: [...examples] };
}

export function offersOnPrefixes(dataset: Dataset, index: EntityIndex, count = 500): PrefixOffers {
  const allForms = new Set(dataset.entities.flatMap(formsOf));
  const prefixes = queryMix(dataset, count).filter((q) => q.kind !== 'typo' && isProperPrefix(q.typed, dataset, q.id));
  const queries = prefixes.filter((q) => !allForms.has(q.typed));
  let offered = 0;
  let top3 = 0;
  const missed: string[] = [];
  for (const q of queries) {
    const found = asYouTypeOffers(q.typed, q.typed.length, (from, to) => q.typed.slice(from, to), index);
    if (found) offered++;
    if (found?.offers.slice(0, MAX_OFFERS).some((o) => o.id === q.id)) top3++;
    else if (missed.length < 30) missed.push(`${q.typed} → ${q.id}`);
  }
  return { prefixes: queries.length, complete: prefixes.length - queries.length, offered, top3, rate: top3 / Math.max(1, queries.length), missed };
}

const formsOf = (e: Entity): string[] => [e.name.en, e.name.id, ...(e.acronyms ?? []), ...(e.aliases ?? [])].filter((f): f is string => f !== undefined);

/** The typed text begins a form of the entity and is shorter than it. */
function isProperPrefix(typed: string, dataset: Dataset, id: string): boolean {
  const entity = dataset.entities.find((e) => e.id === id);
  return entity !== undefined && formsOf(entity).some((f) => f.length > typed.length && f.startsWith(typed));
}
