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

export interface OfferResults {
  prose: ProseOffers;
  prefixes: PrefixOffers;
}

/** Both measures on a dataset (the shipped one), typing the prose shipped with the package. */
export function measureOffers(root: string, dataset: Dataset, index: EntityIndex): OfferResults {
  return { prose: offersInProse(shippedProse(root), index), prefixes: offersOnPrefixes(dataset, index) };
}

/** The two limits the offer decision is held to (test/unit/features/as-you-type.test.ts holds them too). */
export const OFFER_LIMITS = { unwantedRate: 0.05, top3Rate: 0.95 };

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function offerTargets(r: OfferResults): { what: string; target: string; measured: string; pass: boolean }[] {
  return [
    { what: 'as-you-type offers the writer did not go on to type, per keystroke of the shipped prose', target: `< ${pct(OFFER_LIMITS.unwantedRate)}`, measured: pct(r.prose.unwantedRate), pass: r.prose.unwantedRate < OFFER_LIMITS.unwantedRate },
    { what: 'entity meant among the first three as-you-type offers, query-mix prefixes of known forms', target: `≥ ${pct(OFFER_LIMITS.top3Rate)}`, measured: pct(r.prefixes.rate), pass: r.prefixes.rate >= OFFER_LIMITS.top3Rate },
  ];
}

export function renderOffers(r: OfferResults): string[] {
  const p = r.prose;
  const q = r.prefixes;
  return [
    '## As-you-type offers (shipped data)',
    '',
    'Offers while typing are inline ghost text: Enter, space and punctuation never accept them (Tab does), so a wrong offer costs a glance, never a word. ' +
      'They are still kept rare, since grey text that keeps appearing is noise.',
    '',
    `- **Ordinary prose**: the ${p.texts} shipped articles and example drafts typed character by character, ${p.keystrokes.toLocaleString('en')} keystrokes in prose. ` +
      `An offer shows at ${p.offers.toLocaleString('en')} of them (${pct(p.rate)}); at ${p.unwanted.toLocaleString('en')} (${pct(p.unwantedRate)}) it is one the writer did not go on to type. ` +
      'The rest are the references these texts are full of, offered while being typed. The limit for unwanted offers is 5% of keystrokes: about one word in five of ' +
      'these texts begins with a capital, and an offer there while the first letters are typed is the price of offering names at all.',
    `- **Reference prefixes**: ${q.prefixes} prefixes of known forms from the completion query mix (≥ 2 capitals of an acronym, ≥ 3 letters of a name; typos and ${q.complete} prefixes that are themselves a whole form, where offers stay silent by design, left out). ` +
      `An offer appears for ${q.offered}, and the entity meant is among the first three for ${q.top3} (${pct(q.rate)}; limit 95%).`,
    ...(p.examples.length ? ['', `Typed phrases that drew an unwanted offer (first ${p.examples.length}): ${p.examples.map((e) => `\`${e}\``).join(', ')}.`] : []),
    ...(q.missed.length ? ['', `Prefixes without their entity in the first three: ${q.missed.map((m) => `\`${m}\``).join(', ')}.`] : []),
  ];
}
