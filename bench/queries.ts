/**
 * The completion query mix: what a writer has typed when they mean a given
 * entity — a prefix of a name, several words and part of the next, a prefix
 * with one typo, an alias, an acronym being typed — each with the entity meant.
 */
import type { Dataset, Entity } from '../server/src/data/dataset';
import { Rng } from './rng';

export type QueryKind = 'prefix' | 'multi-word' | 'typo' | 'alias' | 'acronym';

export interface Query {
  kind: QueryKind;
  typed: string;
  /** The entity the writer means. */
  id: string;
}

/** Cuts text inside a word at about `share` of its length, keeping at least `min` characters. */
function cut(text: string, share: number, min = 3): string {
  const n = Math.max(min, Math.round(text.length * share));
  return text.slice(0, n).trimEnd();
}

function typo(rng: Rng, text: string): string {
  // One edit (substitute, delete, insert or swap) inside a word of 5+ letters, not in its first two letters.
  const words = [...text.matchAll(/\p{L}{5,}/gu)];
  if (!words.length) return text;
  const w = rng.pick(words);
  const at = w.index! + 2 + rng.int(w[0].length - 2);
  const letter = 'aeiounrstlk'[rng.int(11)];
  switch (rng.int(4)) {
    case 0:
      return text.slice(0, at) + letter + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + letter + text.slice(at);
    default:
      return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text.slice(0, at);
  }
}

/** `count` queries, the kinds in turn, about entities a writer names (meetings are named by their series). */
export function queryMix(dataset: Dataset, count: number, seed = 11): Query[] {
  const rng = new Rng(seed);
  const named = dataset.entities.filter((e) => e.kind !== 'meeting');
  const withAlias = named.filter((e) => e.aliases?.length);
  const withAcronym = named.filter((e) => e.acronyms?.some((a) => a.length >= 4));
  const out: Query[] = [];
  const kinds: QueryKind[] = ['prefix', 'multi-word', 'typo', 'alias', 'acronym'];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const kind = kinds[i % kinds.length];
    const q = make(rng, kind, named, withAlias, withAcronym);
    if (q && q.typed.length >= 3) out.push(q);
  }
  return out;
}

function make(rng: Rng, kind: QueryKind, named: Entity[], withAlias: Entity[], withAcronym: Entity[]): Query | undefined {
  switch (kind) {
    case 'prefix': {
      const e = rng.pick(named);
      return { kind, typed: cut(rng.chance(0.5) && e.name.id ? e.name.id : e.name.en, 0.6), id: e.id };
    }
    case 'multi-word': {
      // Whole words, then part of the next one: "Pertemuan Menteri ASEAN bidang Keta".
      const e = rng.pick(named);
      const name = rng.chance(0.5) && e.name.id ? e.name.id : e.name.en;
      const words = name.split(' ');
      if (words.length < 3) return { kind, typed: cut(name, 0.8), id: e.id };
      const k = Math.max(2, words.length - 1 - rng.int(2));
      const next = words[k] ?? '';
      return { kind, typed: [...words.slice(0, k), next.slice(0, Math.max(2, Math.ceil(next.length / 2)))].join(' ').trim(), id: e.id };
    }
    case 'typo': {
      const e = rng.pick(named);
      return { kind, typed: typo(rng, cut(rng.chance(0.5) && e.name.id ? e.name.id : e.name.en, 0.75, 6)), id: e.id };
    }
    case 'alias': {
      if (!withAlias.length) return undefined;
      const e = rng.pick(withAlias);
      return { kind, typed: cut(rng.pick(e.aliases!), 0.7), id: e.id };
    }
    case 'acronym': {
      if (!withAcronym.length) return undefined;
      const e = rng.pick(withAcronym);
      const a = e.acronyms!.find((x) => x.length >= 4)!;
      return { kind, typed: rng.chance(0.5) ? a : a.slice(0, -1), id: e.id };
    }
  }
}
