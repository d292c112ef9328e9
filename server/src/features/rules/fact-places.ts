/**
 * The place half of fact-contradicts-data: "di Jakarta", "in Singapore", "held at Bali" after a
 * numbered meeting. A paragraph notes the capitalised words after the preposition, each run of them
 * judged against the record; which run is the place is decided over the whole draft, from the places
 * its series have met in (read once per draft: they are the records of every meeting of each series).
 */
import type { Place } from '../../data/model.gen';
import type { EntityIndex } from '../../index/types';
import { firstFrom, type Hit } from '../../scan/hits';
import { formKey } from '../../text/tokens';
import type { Placed } from './rule';

/** "di Labuan Bajo": the capitalised words after the preposition, longest run first; the first that is a known place is the place. */
export interface PlaceNote<F> {
  runs: PlaceRun<F>[];
}

export interface PlaceRun<F> {
  start: number;
  end: number;
  /** formKey of the run, looked up among the known places. */
  key: string;
  /** The run is a recognised reference to a country: a place whatever the draft names. */
  country: boolean;
  /** What is reported when this run is the place; none when the record agrees or it is too far from the meeting. */
  found?: F;
}

/** Between passes over one draft: each series' places, and the last pass's set of them with the paragraphs' series it came from. */
export interface KeptPlaces {
  placesOf: Map<string, readonly string[]>;
  last?: { lists: readonly (readonly string[])[]; series: Set<string>; known: Set<string> };
}

export const keptPlaces = (): KeptPlaces => ({ placesOf: new Map() });

/**
 * The capitalised words right after "di", "in" or "at" in prose[from, to), as runs of one to three words,
 * longest first, each with `judge`'s verdict as if it were the place. Anything but a country the data
 * knows or a city where a series of the draft has met (a hotel, a street) is not judged: see placeOf.
 */
export function placeRuns<F>(prose: string, from: number, to: number, hits: readonly Hit[], index: EntityIndex, judge: (start: number, end: number, key: string, countries: readonly string[]) => F | undefined): PlaceNote<F> | undefined {
  const m = /(?:^|[^\p{L}])(?:di|in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})/u.exec(prose.slice(from, to));
  if (!m) return undefined;
  const start = from + m.index + m[0].length - m[1].length;
  const words = m[1].split(/\s/);
  const runs: PlaceRun<F>[] = [];
  for (let n = words.length; n >= 1; n--) {
    const written = words.slice(0, n).join(' ');
    const end = start + written.length;
    const at = hits[firstFrom(hits, start, (h) => h.start)];
    const countries = at?.start === start && at.end === end ? at.candidates.filter((c) => index.kindOf(c.id) === 'country').map((c) => c.id) : [];
    const key = formKey(written);
    const found = judge(start, end, key, countries);
    runs.push({ start, end, key, country: countries.length > 0, ...(found === undefined ? {} : { found }) });
  }
  return { runs };
}

/** The place a note names: its longest run that is a country or a known place ("Phnom Penh", "Labuan Bajo"). */
export const placeOf = <F>(note: PlaceNote<F>, known: () => Set<string>): PlaceRun<F> | undefined => note.runs.find((r) => r.country || known().has(r.key));

/** Every way the record's place may be written: venue, city, province, country, in both languages and each spelling in use. */
export function placeKeys(place: Place): Set<string> {
  const keys = new Set<string>();
  for (const t of [place.venue, place.city, place.province, place.country]) {
    for (const s of typeof t === 'object' ? [t.en, t.id] : t ? [t] : []) {
      // "Hotel Padma, Legian": each part is the place too.
      for (const key of [s, ...s.split(/,\s*/)].map(formKey)) for (const same of SPELLINGS.get(key) ?? [key]) keys.add(same);
    }
  }
  return keys;
}

/**
 * "di Brunei" for a meeting held in Brunei Darussalam, "di Kamboja" in Cambodia: a recognised country is
 * the record's place when any of its names or aliases is one of the record's ways of writing it.
 */
export function countryIsPlace(countries: readonly string[], keys: ReadonlySet<string>, index: EntityIndex): boolean {
  return countries.some((id) => {
    const e = index.byId.get(id);
    return !!e && [e.name.en, e.name.id, ...(e.aliases ?? [])].some((n) => !!n && keys.has(formKey(n)));
  });
}

/** The series the references name: each candidate's own series, or the candidate when it is one. */
export function seriesNamed(hits: readonly Hit[], index: EntityIndex): string[] {
  const out = new Set<string>();
  for (const h of hits) {
    for (const c of h.candidates) {
      const id = index.seriesOf(c.id) ?? (index.kindOf(c.id) === 'meeting-series' ? c.id : '');
      if (id) out.add(id);
    }
  }
  return [...out];
}

/**
 * ASEAN's capitals and the partners' cities where summits meet, each with the spellings reports use
 * (English, Indonesian, the official romanisation): places a writer names for any meeting, and one
 * place however it is spelled ("Naypyidaw" is where the record's "Nay Pyi Taw" summit met).
 */
const CAPITALS: readonly (readonly string[])[] = [
  ['Jakarta'], ['Singapore', 'Singapura'], ['Kuala Lumpur'], ['Bangkok'], ['Manila'], ['Hanoi', 'Ha Noi'], ['Phnom Penh'],
  ['Vientiane'], ['Nay Pyi Taw', 'Naypyidaw', 'Naypyitaw'], ['Bandar Seri Begawan'], ['Dili'], ['Bali'], ['Beijing'], ['Tokyo'],
  ['Seoul'], ['Moscow', 'Moskow'], ['New Delhi'], ['Canberra'], ['Washington'], ['Sochi'],
];

/** Each capital's form key to the keys of all its spellings. */
const SPELLINGS = new Map(CAPITALS.flatMap((names) => names.map((n) => [formKey(n), names.map(formKey)] as const)));

/**
 * The places a writer may name for a meeting: where the series the draft names have met, and the
 * capitals. Each series' places are read once per draft, and the set is the last pass's while the
 * draft names the same series (typing rarely changes them).
 */
export function placesOfDraft(paragraphs: readonly Placed<{ series: readonly string[] }>[], index: EntityIndex, kept: KeptPlaces): Set<string> {
  const lists = paragraphs.map((p) => p.notes.series);
  const last = kept.last;
  // An edit re-reads a paragraph or two: the same lists, or lists with the same series, name the same set.
  if (last && last.lists.length === lists.length && lists.every((l, i) => l === last.lists[i] || sameList(l, last.lists[i]))) return last.known;
  const series = new Set(lists.flat());
  if (last && last.series.size === series.size && [...series].every((id) => last.series.has(id))) {
    kept.last = { ...last, lists };
    return last.known;
  }
  const known = new Set(SPELLINGS.keys());
  // Thousands of meetings are held in a few hundred places: each name's key worked out once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => keys.get(name) ?? keys.set(name, formKey(name)).get(name)!;
  for (const id of series) {
    let places = kept.placesOf.get(id);
    if (!places) kept.placesOf.set(id, (places = placesOf(id, index, keyOf)));
    for (const key of places) known.add(key);
  }
  kept.last = { lists, series, known };
  return known;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** The cities, provinces and countries a series' meetings were held in, as form keys. */
function placesOf(seriesId: string, index: EntityIndex, keyOf: (name: string) => string): string[] {
  const keys = new Set<string>();
  for (const id of index.instancesOf(seriesId)) {
    const p = index.byId.getOnce(id)?.place;
    if (!p) continue;
    for (const t of [p.city, p.province, p.country]) for (const s of typeof t === 'object' ? [t.en, t.id] : t ? [t] : []) keys.add(keyOf(s));
  }
  return [...keys];
}
