/**
 * "KTT ke-3 ASEAN-Rusia di Singapura pada 14 November 2019": a numbered meeting with a place or a
 * date in the same sentence that the record contradicts. Only where the data can decide and the
 * sentence is plain: the place or date follows the meeting within a few words, no other meeting is
 * named between them, and the record holds that fact. The message gives the recorded fact and its
 * source; the quick fix writes the recorded value in the draft's language.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Entity, Lang } from '../../data/dataset';
import type { Place } from '../../data/model.gen';
import { evidenceFor } from '../../data/evidence';
import { dayBounds, formatDate, formatDateRange } from '../../format/dates';
import { nameIn, textIn } from '../../format/names';
import type { EntityIndex } from '../../index/types';
import type { Hit } from '../../scan/hits';
import { countryIsPlace, keptPlaces, placeKeys, placeOf, placeRuns, placesOfDraft, seriesNamed, type KeptPlaces, type PlaceNote } from './fact-places';
import { firstDate, sentenceEnd, type WrittenDate } from './prose-text';
import { defineRule, type Finding, type ReadContext } from './rule';

/** Words between the meeting and its place or date at most ("diselenggarakan di Bali, mulai"). */
const MAX_GAP_WORDS = 8;

interface Found {
  fact: 'date' | 'place';
  /** What the draft says, as written. */
  written: string;
  /** The recorded value in the draft's language: what the quick fix writes. */
  recorded: string;
}

type Shown = { meeting: string; written: string; recorded: string; source: string };
const messages = {
  date: {
    en: (p: Shown) => `The record has the ${p.meeting} on ${p.recorded}, not "${p.written}" (source: ${p.source})`,
    id: (p: Shown) => `Menurut data, ${p.meeting} diselenggarakan pada ${p.recorded}, bukan "${p.written}" (sumber: ${p.source})`,
  },
  place: {
    en: (p: Shown) => `The record has the ${p.meeting} in ${p.recorded}, not "${p.written}" (source: ${p.source})`,
    id: (p: Shown) => `Menurut data, ${p.meeting} diselenggarakan di ${p.recorded}, bukan "${p.written}" (sumber: ${p.source})`,
  },
  useRecorded: { en: (p: { value: string }) => `Use the recorded value: ${p.value}`, id: (p: { value: string }) => `Pakai nilai dalam data: ${p.value}` },
};

/** What a paragraph holds for the rule: the series it names, and each numbered meeting's contradicted date and written place. */
interface Notes {
  series: string[];
  facts: (Finding<typeof messages, Found> | PlaceNote<Reported>)[];
}

type Reported = { start: number; end: number; params: Shown; data: Found };

export const factContradictsData = defineRule<typeof messages, Found, Notes, KeptPlaces>({
  id: 'fact-contradicts-data',
  description: {
    en: 'A numbered meeting with a place or date in the same sentence that the record contradicts.',
    id: 'Pertemuan bernomor dengan tempat atau tanggal dalam kalimat yang sama yang bertentangan dengan data.',
  },
  defaultSeverity: 'warning',
  messages,
  read({ text, prose, hits }, ctx) {
    const notes: Notes = { series: seriesNamed(hits, ctx.index), facts: [] };
    hits.forEach((hit, i) => {
      const meeting = meetingOf(hit, ctx.index);
      if (!meeting) return;
      const end = sentenceEnd(prose, hit.start);
      const next = nextEvent(hits, i, ctx.index, end);
      const to = Math.min(end, next ? next.start : prose.length);
      const date = contradictedDate(text, prose, hit, to, meeting, ctx);
      if (date) notes.facts.push(date);
      const place = meeting.place && !meeting.place.virtual ? writtenPlace(text, prose, hit, to, hits, meeting, meeting.place, ctx) : undefined;
      if (place) notes.facts.push(place);
    });
    return notes;
  },
  run({ index }, paragraphs, report, kept) {
    // Built only when a sentence names a place that is not a country after a meeting: it reads the records of the series' meetings.
    let known: Set<string> | undefined;
    const knownPlaces = (): Set<string> => (known ??= placesOfDraft(paragraphs, index, kept));
    for (const { at, notes } of paragraphs) {
      for (const f of notes.facts) {
        if ('runs' in f) {
          const found = placeOf(f, knownPlaces)?.found;
          if (found) report(at + found.start, at + found.end, 'place', found.params, found.data);
        } else report(at + f.start, at + f.end, f.message, f.params as never, f.data);
      }
    }
  },
  keep: keptPlaces,
  fix({ doc, lang }, diagnostic) {
    const data = diagnostic.data;
    if (!data || typeof data.recorded !== 'string' || typeof data.written !== 'string') return [];
    // Only where the draft still says what was reported.
    if (doc.getText(diagnostic.range) !== data.written) return [];
    const action: CodeAction = {
      title: messages.useRecorded[lang]({ value: data.recorded }),
      kind: 'quickfix',
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [doc.uri]: [{ range: diagnostic.range, newText: data.recorded }] } },
    };
    return [action];
  },
});

/** The one meeting a numbered reference names, when the record has it. */
function meetingOf(hit: Hit, index: EntityIndex): Entity | undefined {
  if (hit.ordinal === undefined || hit.candidates.length !== 1) return undefined;
  const top = hit.candidates[0];
  if (top.unknownOrdinal !== undefined || index.kindOf(top.id) !== 'meeting') return undefined;
  const e = index.byId.get(top.id);
  return e?.series ? e : undefined;
}

/** A reference to a meeting or a series: a place or date after it belongs to it, not to the one before. */
const namesEvent = (hit: Hit, index: EntityIndex): boolean =>
  hit.ordinal !== undefined || hit.candidates.some((c) => ['meeting', 'meeting-series', 'document', 'initiative'].includes(index.kindOf(c.id) ?? ''));

const wordsBetween = (text: string, from: number, to: number): number => (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The written date falls outside the recorded one, compared at the precision both give. */
function contradicts(written: WrittenDate, dates: NonNullable<Entity['dates']>): boolean {
  const first = dayBounds(dates.start)?.first;
  const last = dayBounds(dates.end ?? dates.start)?.last;
  if (!first || !last) return false;
  const pad = (n: number) => String(n).padStart(2, '0');
  const recordPrecision = Math.min(precision(dates.start), precision(dates.end ?? dates.start));
  const p = Math.min(recordPrecision, written.day !== undefined ? 3 : written.month !== undefined ? 2 : 1);
  const cut = (iso: string) => iso.slice(0, p === 3 ? 10 : p === 2 ? 7 : 4);
  const w1 = [String(written.year), pad(written.month ?? 1), pad(written.day ?? 1)].join('-');
  const w2 = [String(written.year), pad(written.month ?? 12), pad(written.dayTo ?? written.day ?? 28)].join('-');
  // Overlap at that precision: any shared day (month, year) is no contradiction.
  return cut(w2) < cut(first) || cut(w1) > cut(last);
}

const precision = (iso: string): number => (iso.length >= 10 ? 3 : iso.length >= 7 ? 2 : 1);

/** The date written after the meeting, within a few words, when the record contradicts it. */
function contradictedDate(text: string, prose: string, hit: Hit, to: number, meeting: Entity, { index, lang, draftLang }: ReadContext): Finding<typeof messages, Found> | undefined {
  const date = firstDate(prose, hit.end, to);
  if (!date || !meeting.dates || wordsBetween(prose, hit.end, date.start) > MAX_GAP_WORDS || !contradicts(date, meeting.dates)) return undefined;
  const written = text.slice(date.start, date.end);
  const recorded = formatDateRange(meeting.dates.start, meeting.dates.end, { lang: draftLang });
  const params: Shown = { meeting: nameIn(meeting, lang), written, recorded: formatDateRange(meeting.dates.start, meeting.dates.end, { lang }), source: sourceLabel(meeting, index, lang) };
  return { start: date.start, end: date.end, message: 'date', params, data: { fact: 'date', written, recorded } };
}

/** The place written after the meeting, each run of its words judged against the record (fact-places.ts decides which run is the place). */
function writtenPlace(text: string, prose: string, hit: Hit, to: number, hits: readonly Hit[], meeting: Entity, place: Place, { index, lang, draftLang }: ReadContext): PlaceNote<Reported> | undefined {
  const recorded = textIn(place.city ?? place.province ?? place.country ?? place.venue, draftLang);
  const shown = textIn(place.city ?? place.province ?? place.country ?? place.venue, lang);
  // The record's ways of writing the place, worked out only when a place is written after the meeting.
  let keys: Set<string> | undefined;
  return placeRuns(prose, hit.end, to, hits, index, (start, end, key, countries) => {
    if (!recorded || !shown || wordsBetween(prose, hit.end, start) > MAX_GAP_WORDS) return undefined;
    if ((keys ??= placeKeys(place)).has(key) || countryIsPlace(countries, keys, index)) return undefined;
    const written = text.slice(start, end);
    return { start, end, params: { meeting: nameIn(meeting, lang), written, recorded: shown, source: sourceLabel(meeting, index, lang) }, data: { fact: 'place', written, recorded } };
  });
}

/** The next hit after hit i, before `limit` (its sentence's end), that names an event: the sentence's facts from there on are that event's. */
function nextEvent(hits: readonly Hit[], i: number, index: EntityIndex, limit: number): Hit | undefined {
  for (let k = i + 1; k < hits.length && hits[k].start < limit; k++) if (hits[k].start >= hits[i].end && namesEvent(hits[k], index)) return hits[k];
  return undefined;
}

/** Where the record's date and place come from: the publisher, title and date of the source article, or the cited page. */
function sourceLabel(meeting: Entity, index: EntityIndex, lang: Lang): string {
  const backing = [...evidenceFor(meeting, 'dates'), ...evidenceFor(meeting, 'place')];
  // A cited page beats a quote of an article the data itself corrects (article 001's "14 November 2019").
  const ev = backing.find((e) => e.url) ?? backing[0] ?? meeting.sources[0];
  if (ev.source) {
    const meta = index.sources.get(ev.source)?.meta;
    if (meta) return `${meta.publisher}, ${formatDate(meta.published.date, { lang })}, "${meta.title}"`;
    return ev.source;
  }
  return [textIn(ev.publisher, lang), ev.published && formatDate(ev.published, { lang }), ev.title && `"${textIn(ev.title, lang)}"`, ev.url].filter(Boolean).join(', ');
}
